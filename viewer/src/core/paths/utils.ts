// Paths between two entities, relations taken in either direction: the shortest ones
// first, then longer ones up to a maximum length. Distances come from a breadth-first
// search from the target (graphology-traversal); the enumeration only walks towards
// nodes that can still reach the target in time, so hubs do not blow it up. Pure.
import Graph from "graphology";
import { bfsFromNode } from "graphology-traversal";

export interface FoundPath {
  nodes: string[];
  /** the relation shown for each hop: the one with the most evidence between the pair */
  edges: string[];
}

function hopsTo(graph: Graph, target: string, maxLength: number): Map<string, number> {
  const dist = new Map<string, number>();
  bfsFromNode(
    graph,
    target,
    (node, _a, depth) => {
      dist.set(node, depth);
      return depth >= maxLength; // do not look further than a path can be long
    },
    { mode: "directed" },
  );
  return dist;
}

/** The relation between two neighbours with the most evidence, either direction. */
function strongestEdge(graph: Graph, a: string, b: string): string {
  let best = "";
  let bestWeight = -1;
  const consider = (e: string, attrs: Record<string, unknown>) => {
    const w = Array.isArray(attrs.evidence) ? attrs.evidence.length : 0;
    if (w > bestWeight || (w === bestWeight && e < best)) [best, bestWeight] = [e, w];
  };
  graph.forEachOutEdge(a, (e, attrs, _s, t) => t === b && consider(e, attrs));
  graph.forEachOutEdge(b, (e, attrs, _s, t) => t === a && consider(e, attrs));
  return best;
}

/** Simple paths of exactly `length` hops, in a stable order, at most `limit` of them. */
function pathsOfLength(graph: Graph, from: string, to: string, length: number, dist: Map<string, number>, limit: number): string[][] {
  const found: string[][] = [];
  const path = [from];
  const onPath = new Set(path);
  const walk = (node: string): void => {
    if (found.length >= limit) return;
    if (path.length - 1 === length || node === to) {
      if (node === to && path.length - 1 === length) found.push([...path]);
      return;
    }
    const left = length - path.length; // hops left after the next one
    const next = new Set<string>();
    graph.forEachNeighbor(node, (n) => {
      if (!onPath.has(n) && (dist.get(n) ?? Infinity) <= left) next.add(n);
    });
    for (const n of [...next].sort()) {
      path.push(n);
      onPath.add(n);
      walk(n);
      path.pop();
      onPath.delete(n);
    }
  };
  walk(from);
  return found;
}

/** The part of `graph` made of `nodes` and `edges` (keys and evidence kept), to search paths within what is shown. */
export function subgraphOf(graph: Graph, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): Graph {
  const sub = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  for (const n of nodes) if (graph.hasNode(n)) sub.addNode(n);
  for (const e of edges) {
    if (!graph.hasEdge(e)) continue;
    const [s, t] = graph.extremities(e);
    if (sub.hasNode(s) && sub.hasNode(t)) sub.addEdgeWithKey(e, s, t, { evidence: graph.getEdgeAttribute(e, "evidence") });
  }
  return sub;
}

/** Shortest paths first, then longer ones up to maxLength hops; at most `limit` in all. */
export function findPaths(graph: Graph, from: string, to: string, maxLength: number, limit = 10): FoundPath[] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return [];
  const dist = hopsTo(graph, to, maxLength);
  const shortest = dist.get(from);
  if (shortest === undefined) return [];
  const out: FoundPath[] = [];
  for (let len = shortest; len <= maxLength && out.length < limit; len++) {
    for (const nodes of pathsOfLength(graph, from, to, len, dist, limit - out.length)) {
      out.push({ nodes, edges: nodes.slice(1).map((n, i) => strongestEdge(graph, nodes[i], n)) });
    }
  }
  return out;
}

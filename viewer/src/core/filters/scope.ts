// The scope: which part of the filtered graph is shown. Entities without a shown
// relation are hidden unless asked for, then a minimum degree, the top N by weight,
// an explored neighbourhood; a path stays shown whatever the rest says. Pure, no DOM.
import type { DegreeMeasure, GraphLike, Scope, Visibility } from "./types";

export const NO_SCOPE: Scope = { showIsolates: true, minDegree: 0, minBy: "relations", topN: 0 };

type Scoped = Pick<Visibility, "nodes" | "edges" | "outOfScope" | "hidden">;

function dropEdgesWithout(graph: GraphLike, nodes: Set<string>, edges: Set<string>): void {
  graph.forEachEdge((e, _a, s, t) => {
    if (edges.has(e) && (!nodes.has(s) || !nodes.has(t))) edges.delete(e);
  });
}

function degreesOf(graph: GraphLike, nodes: Set<string>, edges: Set<string>, by: DegreeMeasure): Map<string, number> {
  const deg = new Map<string, number>();
  for (const n of nodes) {
    const docs = by === "mentions" ? graph.getNodeAttribute(n, "docs") : undefined;
    deg.set(n, Array.isArray(docs) ? docs.length : 0);
  }
  if (by === "relations") {
    graph.forEachEdge((e, _a, s, t) => {
      if (!edges.has(e)) return;
      deg.set(s, (deg.get(s) ?? 0) + 1);
      if (t !== s) deg.set(t, (deg.get(t) ?? 0) + 1);
    });
  }
  return deg;
}

/** Remove from `nodes` those that fail `keep`; returns how many went. */
function dropNodes(nodes: Set<string>, keep: (n: string) => boolean): number {
  let dropped = 0;
  for (const n of [...nodes]) {
    if (keep(n)) continue;
    nodes.delete(n);
    dropped++;
  }
  return dropped;
}

/** Every entity of a weight table, heaviest first (cached: a table does not change once made). */
const rankings = new WeakMap<ReadonlyMap<string, number>, string[]>();

function ranking(weight: ReadonlyMap<string, number>): string[] {
  let ranked = rankings.get(weight);
  if (!ranked) {
    ranked = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
    rankings.set(weight, ranked);
  }
  return ranked;
}

function topNodes(nodes: Set<string>, n: number, weight: ReadonlyMap<string, number> | undefined): Set<string> {
  const top = new Set<string>();
  for (const key of weight ? ranking(weight) : [...nodes].sort()) {
    if (top.size >= n) break;
    if (nodes.has(key)) top.add(key);
  }
  // entities the weights do not know come last
  for (const key of nodes) if (top.size < n && !weight?.has(key)) top.add(key);
  return top;
}

/** Entities whose relations all went with the entities cut: hidden too, unless isolates are shown. */
function dropNewIsolates(graph: GraphLike, nodes: Set<string>, edges: Set<string>, scope: Scope): number {
  if (scope.showIsolates) return 0;
  const linked = degreesOf(graph, nodes, edges, "relations");
  return dropNodes(nodes, (n) => (linked.get(n) ?? 0) > 0);
}

export function applyScope(graph: GraphLike, filteredNodes: Set<string>, filteredEdges: Set<string>, scope: Scope): Scoped {
  const nodes = new Set(filteredNodes);
  const edges = new Set(filteredEdges);
  const hidden = { isolates: 0, degree: 0, top: 0, outside: 0 };
  if (scope.within) {
    hidden.outside = dropNodes(nodes, (n) => scope.within!.has(n));
    dropEdgesWithout(graph, nodes, edges);
  }
  hidden.isolates = dropNewIsolates(graph, nodes, edges, scope);
  if (scope.minDegree > 0) {
    const deg = degreesOf(graph, nodes, edges, scope.minBy);
    hidden.degree = dropNodes(nodes, (n) => (deg.get(n) ?? 0) >= scope.minDegree);
    dropEdgesWithout(graph, nodes, edges);
    hidden.degree += dropNewIsolates(graph, nodes, edges, scope);
  }
  if (scope.topN > 0 && nodes.size > scope.topN) {
    const top = topNodes(nodes, scope.topN, scope.weight);
    hidden.top = dropNodes(nodes, (n) => top.has(n));
    dropEdgesWithout(graph, nodes, edges);
    hidden.top += dropNewIsolates(graph, nodes, edges, scope);
  }
  for (const n of scope.alwaysNodes ?? []) if (graph.hasNode(n)) nodes.add(n);
  for (const e of scope.alwaysEdges ?? []) if (graph.hasEdge(e)) edges.add(e);
  const outOfScope = new Set<string>();
  for (const n of filteredNodes) if (!nodes.has(n)) outOfScope.add(n);
  return { nodes, edges, outOfScope, hidden };
}

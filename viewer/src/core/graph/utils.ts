// Parse and check a graph.json (graphology export) before drawing it. Pure: no DOM.
import Graph from "graphology";

export class GraphLoadError extends Error {}

export interface LoadedGraph {
  graph: Graph;
  /** nodes that had no stored position (placed on a circle) */
  unplaced: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Parse graph.json text into a directed multigraph; throws GraphLoadError with a readable message. */
export function parseGraphJson(text: string, source = "graph.json"): LoadedGraph {
  if (!text || !text.trim()) throw new GraphLoadError(`${source} is empty.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GraphLoadError(`${source} is not valid JSON (${(err as Error).message}).`);
  }
  return importGraphData(data, source);
}

export function importGraphData(data: unknown, source = "graph.json"): LoadedGraph {
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    throw new GraphLoadError(`${source} is not a graph export: expected an object with "nodes" and "edges" arrays.`);
  }
  const edgesIn = Array.isArray(data.edges) ? data.edges : [];
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  const attrs = isObject(data.attributes) ? data.attributes : {};
  graph.replaceAttributes({ ...attrs, articles: Array.isArray(attrs.articles) ? attrs.articles.filter(isObject) : [] });

  let unplaced = 0;
  for (const n of data.nodes) {
    if (!isObject(n) || (typeof n.key !== "string" && typeof n.key !== "number")) {
      throw new GraphLoadError(`${source}: a node has no key.`);
    }
    const key = String(n.key);
    if (graph.hasNode(key)) continue;
    const a = isObject(n.attributes) ? { ...n.attributes } : {};
    // sigma reserves `type` for the rendering program: never take it from data
    delete a.type;
    a.label = typeof a.label === "string" && a.label ? a.label : key;
    a.kind = typeof a.kind === "string" && a.kind ? a.kind : "Unknown";
    a.aliases = Array.isArray(a.aliases) ? a.aliases.filter((s) => typeof s === "string") : [];
    a.docs = Array.isArray(a.docs) ? a.docs.filter((s) => typeof s === "string") : [];
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) {
      delete a.x;
      delete a.y;
      unplaced++;
    }
    graph.addNode(key, a);
  }
  for (const e of edgesIn) {
    if (!isObject(e)) continue;
    const source_ = String(e.source ?? "");
    const target = String(e.target ?? "");
    if (!graph.hasNode(source_) || !graph.hasNode(target)) continue;
    const a = isObject(e.attributes) ? { ...e.attributes } : {};
    delete a.type;
    a.relation = typeof a.relation === "string" ? a.relation : "RELATED";
    a.label = typeof a.label === "string" ? a.label : String(a.relation).toLowerCase().replace(/_/g, " ");
    a.evidence = Array.isArray(a.evidence) ? a.evidence.filter(isObject) : [];
    const key = e.key !== undefined && e.key !== null ? String(e.key) : undefined;
    if (key !== undefined && !graph.hasEdge(key)) graph.addEdgeWithKey(key, source_, target, a);
    else graph.addEdge(source_, target, a);
  }
  if (unplaced > 0) {
    // place nodes without a position on a circle so the page is never blank
    const order = graph.order || 1;
    let i = 0;
    graph.forEachNode((key, a) => {
      if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) {
        const angle = (2 * Math.PI * i) / order;
        graph.mergeNodeAttributes(key, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
      }
      i++;
    });
  }
  return { graph, unplaced };
}

/** Weighted degree: the number of evidence sentences over all incident edges (at least 1 per edge). */
export function weightedDegrees(graph: Graph): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((n) => out.set(n, 0));
  graph.forEachEdge((_e, a, s, t) => {
    const w = Math.max(1, Array.isArray(a.evidence) ? a.evidence.length : 1);
    out.set(s, (out.get(s) ?? 0) + w);
    if (t !== s) out.set(t, (out.get(t) ?? 0) + w);
  });
  return out;
}

/** Node size from weighted degree: 3 px for an isolated node, growing with the square root. */
export function sizeForDegree(wdeg: number, maxDeg: number): number {
  const max = Math.max(1, maxDeg);
  return 3 + 15 * Math.sqrt(wdeg / max);
}

// Entity measures from the graphology standard library: PageRank, betweenness and
// Louvain communities (seeded, so colours are the same on every load). Pure: runs in
// the page for small graphs and in a web worker for big ones.
import Graph from "graphology";
import pagerank from "graphology-metrics/centrality/pagerank";
import betweenness from "graphology-metrics/centrality/betweenness";
import louvain from "graphology-communities-louvain";
import { seeded } from "../../../../src/layout";
import type { Metrics } from "../store";
import type { MetricsInput } from "./types";

/** Simple weighted projection of the multigraph: one edge per pair, weights summed. */
function project(input: MetricsInput, type: "directed" | "undirected"): Graph {
  const g = new Graph({ type, multi: false, allowSelfLoops: false });
  for (const n of input.nodes) g.addNode(n);
  for (const [s, t, w] of input.edges) {
    if (s === t || !g.hasNode(s) || !g.hasNode(t)) continue;
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, "weight", (v: number) => v + w);
    else g.addEdge(s, t, { weight: w });
  }
  return g;
}

/** Communities ranked by size, biggest first, so that id 0 gets the first colour. */
function rankCommunities(raw: Record<string, number>): { community: Record<string, number>; count: number } {
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  const community: Record<string, number> = {};
  for (const [n, c] of Object.entries(raw)) community[n] = rank.get(c)!;
  return { community, count: order.length };
}

export function computeMetrics(input: MetricsInput, progress: (text: string) => void = () => {}): Metrics {
  progress(`PageRank of ${input.nodes.length.toLocaleString("en")} entities…`);
  const directed = project(input, "directed");
  const pr = directed.size > 0 ? pagerank(directed, { getEdgeWeight: "weight" }) : {};
  const undirected = project(input, "undirected");
  let bc: Record<string, number> = {};
  if (input.nodes.length <= input.betweennessMaxNodes) {
    progress("Betweenness…");
    bc = betweenness(undirected, { normalized: true });
  }
  progress("Louvain communities…");
  const raw = undirected.size > 0 ? louvain(undirected, { getEdgeWeight: "weight", rng: seeded(input.seed) }) : {};
  const { community, count } = rankCommunities(raw);
  return { pagerank: pr, betweenness: bc, community, communityCount: count };
}

/** The graph's linked entities and relations, as the metrics need them. */
export function metricsInput(graph: Graph, betweennessMaxNodes: number, seed = 1): MetricsInput {
  const nodes = graph.filterNodes((n) => graph.degree(n) > 0);
  const edges: [string, string, number][] = graph.mapEdges((_e, a, s, t) => [s, t, Math.max(1, Array.isArray(a.evidence) ? a.evidence.length : 1)]);
  return { nodes, edges, betweennessMaxNodes, seed };
}

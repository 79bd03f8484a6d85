// The graph as flat arrays (entity and relation keys, kinds, ends as indices), built once
// per graph, so that a filter or scope change is a few passes over typed arrays instead
// of graphology callbacks and string sets over every entity and relation. Pure, no DOM.
import type { GraphLike } from "./types";
import { evidenceDate, evidenceList, highEnd, lowEnd, type EvidenceLike } from "./utils";

export interface GraphIndex {
  nodes: string[];
  position: Map<string, number>;
  kind: string[];
  docs: unknown[][];
  edges: string[];
  edgePosition: Map<string, number>;
  source: Int32Array;
  target: Int32Array;
  relation: string[];
  evidence: EvidenceLike[][];
  /** per relation, the first and last day of each dated evidence, and whether any is undated; made on first use */
  dates?: { low: string[][]; high: string[][]; undated: Uint8Array };
}

const indexes = new WeakMap<GraphLike, GraphIndex>();

function buildIndex(graph: GraphLike): GraphIndex {
  const ix: GraphIndex = { nodes: [], position: new Map(), kind: [], docs: [], edges: [], edgePosition: new Map(), source: new Int32Array(0), target: new Int32Array(0), relation: [], evidence: [] };
  graph.forEachNode((key, a) => {
    ix.position.set(key, ix.nodes.length);
    ix.nodes.push(key);
    ix.kind.push(String(a.kind ?? ""));
    ix.docs.push(Array.isArray(a.docs) ? (a.docs as unknown[]) : []);
  });
  const ends: number[] = [];
  graph.forEachEdge((key, a, s, t) => {
    ix.edgePosition.set(key, ix.edges.length);
    ix.edges.push(key);
    ends.push(ix.position.get(s)!, ix.position.get(t)!);
    ix.relation.push(String(a.relation ?? ""));
    ix.evidence.push(evidenceList(a));
  });
  ix.source = Int32Array.from({ length: ix.edges.length }, (_v, j) => ends[2 * j]);
  ix.target = Int32Array.from({ length: ix.edges.length }, (_v, j) => ends[2 * j + 1]);
  return ix;
}

/** The index of a graph, rebuilt when entities or relations were added or removed since. */
export function graphIndex(graph: GraphLike): GraphIndex {
  const known = indexes.get(graph);
  if (known && known.nodes.length === graph.order && known.edges.length === graph.size) return known;
  const ix = buildIndex(graph);
  indexes.set(graph, ix);
  return ix;
}

/** Positions of the entities heaviest first (ties by key), then those the weights do not know; cached per weight table. */
const rankings = new WeakMap<object, { ix: GraphIndex; order: Int32Array }>();

export function rankOrder(ix: GraphIndex, weight: ReadonlyMap<string, number> | undefined): Int32Array {
  const cacheKey = weight ?? ix;
  const cached = rankings.get(cacheKey);
  if (cached && cached.ix === ix) return cached.order;
  // sort positions on a flat weight array: no map lookups in the comparator (100,000 entities)
  const w = Float64Array.from(ix.nodes, (k) => weight?.get(k) ?? Number.NaN);
  const byKey = (a: number, b: number) => (ix.nodes[a] < ix.nodes[b] ? -1 : ix.nodes[a] > ix.nodes[b] ? 1 : 0);
  const known = [...ix.nodes.keys()].filter((i) => !weight || weight.has(ix.nodes[i]));
  const order = weight ? known.sort((a, b) => w[b] - w[a] || byKey(a, b)) : known.sort(byKey);
  if (weight) ix.nodes.forEach((k, i) => weight.has(k) || order.push(i));
  const result = Int32Array.from(order);
  rankings.set(cacheKey, { ix, order: result });
  return result;
}

/** The evidence dates of every relation as day bounds, parsed once (a date range then only compares strings). */
export function evidenceDates(ix: GraphIndex): NonNullable<GraphIndex["dates"]> {
  if (ix.dates) return ix.dates;
  const dates = { low: [] as string[][], high: [] as string[][], undated: new Uint8Array(ix.edges.length) };
  ix.evidence.forEach((list, j) => {
    const [low, high]: string[][] = [[], []];
    for (const ev of list) {
      const d = evidenceDate(ev);
      if (!d) dates.undated[j] = 1;
      else [low.push(lowEnd(d)), high.push(highEnd(d))];
    }
    dates.low.push(low);
    dates.high.push(high);
  });
  ix.dates = dates;
  return dates;
}

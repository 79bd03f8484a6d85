// Layout: ForceAtlas2 positions, seeded so that the same graph always gets the
// same coordinates (and so a byte-identical graph.json). Only entities with
// relations take part in the simulation; entities with none are set on a ring
// around them, which keeps large, sparse news graphs fast to lay out.
//
// A rebuild seeds the layout from the previous graph.json: an entity it placed
// among the connected ones keeps its x, y (held fixed), and only the new ones
// are simulated, for fewer iterations the fewer they are. So positions depend on
// the inputs and the previous graph; both kinds of build are deterministic.
// (The viewer bundles this module for the browser: no Node imports here;
// reading the previous graph is in layout-previous.ts.)
import forceAtlas2 from "graphology-layout-forceatlas2";
import type Graph from "graphology";
import type { NewsGraph } from "./graph";

/** A small deterministic PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LayoutOptions {
  seed?: number;
  iterations?: number;
  /** Node count above which Barnes-Hut approximation is used. */
  barnesHutAbove?: number;
  /** Positions of the previous layout's connected entities, by node key: kept, and the rest placed around them. */
  previous?: ReadonlyMap<string, Position>;
}

export interface Position {
  x: number;
  y: number;
}

export interface LayoutReport {
  iterations: number;
  barnesHut: boolean;
  /** Entities placed by ForceAtlas2 (the rest have no relation). */
  simulated: number;
  /** Of those, entities that kept their position from the previous layout. */
  kept: number;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * Barnes-Hut's approximation, Gephi's default (graphology's is 0.5). On the BBC graph (2,483
 * connected entities, 60 iterations) it lays out in 55-70% of the time at 0.5 with the same
 * quality: share of each entity's neighbours among its nearest entities 0.590 vs 0.593, mean
 * edge length over median distance 0.0675 vs 0.0685 (four seeds each).
 */
const BARNES_HUT_THETA = 1.2;

export function layoutGraph(g: NewsGraph, opts: LayoutOptions = {}): LayoutReport {
  const connected = g.filterNodes((n) => g.degree(n) > 0);
  const isolated = g.filterNodes((n) => g.degree(n) === 0);
  const kept = seedPositions(g, connected, opts.previous, seeded(opts.seed ?? 42));
  const n = connected.length;
  const barnesHut = n > (opts.barnesHutAbove ?? 500);
  const iterations = n < 2 ? 0 : opts.iterations ?? iterationBudget(n, n - kept.size);
  if (iterations > 0) {
    // A plain graph: "fixed" is FA2's attribute, not one of graph.json's.
    const sub = simulatedGraph(g, connected, kept);
    // Entities placed before stay where the reader saw them; FA2 moves only the new ones.
    for (const k of kept) if (sub.hasNode(k)) sub.setNodeAttribute(k, "fixed", true);
    const settings = { ...forceAtlas2.inferSettings(sub), barnesHutOptimize: barnesHut && sub.order > (opts.barnesHutAbove ?? 500), barnesHutTheta: BARNES_HUT_THETA, adjustSizes: false };
    const positions = forceAtlas2(sub, { iterations, settings, getEdgeWeight: null });
    for (const k of connected) if (!kept.has(k)) g.mergeNodeAttributes(k, positions[k]);
  }
  // Round so the output does not depend on floating-point noise in the last digits;
  // before the ring is sized, so a rebuild from these positions sizes it the same.
  // (Rounding is idempotent: each node is rounded once, right after it is placed.)
  const roundEach = (keys: string[]) => {
    for (const key of keys) {
      const a = g.getNodeAttributes(key);
      g.mergeNodeAttributes(key, { x: round(a.x ?? 0), y: round(a.y ?? 0) });
    }
  };
  roundEach(connected);
  placeIsolated(g, connected, isolated);
  roundEach(isolated);
  return { iterations, barnesHut, simulated: n, kept: kept.size };
}

/**
 * The graph ForceAtlas2 runs on: the connected entities; when only a few are new
 * (a rebuild after a few articles), just the new ones and their neighbours, the
 * neighbours held fixed, since forces from the far, fixed rest barely move them
 * and cost most of the time.
 */
function simulatedGraph(g: NewsGraph, connected: string[], kept: Set<string>): Graph {
  const fresh = connected.filter((k) => !kept.has(k));
  const keep = new Set(kept.size === 0 || fresh.length > connected.length * 0.05 ? connected : fresh);
  if (keep.size < connected.length) for (const k of fresh) g.forEachNeighbor(k, (nb) => keep.add(nb));
  // Only what ForceAtlas2 reads (position, size; edges unweighted), in the graph's order, which FA2's result depends on.
  const sub = g.nullCopy() as unknown as Graph;
  g.forEachNode((k, a) => {
    if (keep.has(k)) sub.addNode(k, { x: a.x, y: a.y, size: a.size });
  });
  g.forEachEdge((e, _a, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addEdgeWithKey(e, source, target);
  });
  return sub;
}

/**
 * A budget of node-iterations: small graphs settle fully, large ones stay within
 * seconds. When only some entities are new, they need fewer rounds to settle among
 * fixed ones; none new, none at all.
 */
function iterationBudget(n: number, fresh: number): number {
  const full = Math.max(20, Math.min(300, Math.round(150000 / n)));
  if (fresh === n) return full;
  if (fresh === 0) return 0;
  return Math.min(full, Math.max(20, Math.ceil((full * fresh * 10) / n)));
}

/**
 * Start positions of the connected entities; returns those kept from the previous
 * layout. The others go on a spiral perturbed by the PRNG (spread enough for FA2
 * to start well), or, in a seeded layout, beside their placed neighbours.
 */
function seedPositions(g: NewsGraph, connected: string[], previous: ReadonlyMap<string, Position> | undefined, rand: () => number): Set<string> {
  const kept = new Set<string>();
  for (const key of connected) {
    const p = previous?.get(key);
    if (p) {
      g.mergeNodeAttributes(key, { x: p.x, y: p.y });
      kept.add(key);
    }
  }
  connected.forEach((key, i) => {
    if (kept.has(key)) return;
    const near = g.neighbors(key).filter((k) => kept.has(k));
    if (near.length) {
      const mean = (axis: "x" | "y") => near.reduce((sum, k) => sum + (g.getNodeAttribute(k, axis) ?? 0), 0) / near.length;
      g.mergeNodeAttributes(key, { x: mean("x") + 4 * (rand() - 0.5), y: mean("y") + 4 * (rand() - 0.5) });
      return;
    }
    const angle = i * 2.399963;
    const r = 10 * Math.sqrt(i + 1);
    g.mergeNodeAttributes(key, { x: r * Math.cos(angle) + rand(), y: r * Math.sin(angle) + rand() });
  });
  return kept;
}

/** Entities without relations: a ring (or rings) outside the connected part, by kind then key. */
function placeIsolated(g: NewsGraph, connected: string[], isolated: string[]): void {
  let radius = 0;
  for (const k of connected) radius = Math.max(radius, Math.hypot(g.getNodeAttribute(k, "x") ?? 0, g.getNodeAttribute(k, "y") ?? 0));
  radius = radius * 1.15 + 20;
  const kind = new Map(isolated.map((k) => [k, g.getNodeAttribute(k, "kind")]));
  const ordered = [...isolated].sort((a, b) => {
    const ka = kind.get(a)!;
    const kb = kind.get(b)!;
    return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : 1;
  });
  const perRing = Math.max(12, Math.round((2 * Math.PI * radius) / 12));
  ordered.forEach((key, i) => {
    const ring = Math.floor(i / perRing);
    const slots = perRing + ring * 6;
    const angle = (2 * Math.PI * (i % perRing)) / slots;
    const r = radius + ring * 12;
    g.mergeNodeAttributes(key, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

/** A serialised graph.json without its x and y lines: what a seeded and a fresh layout of the same graph share. */
export const withoutPositions = (graphJson: string): string => graphJson.replace(/\n\s*"[xy]": -?[\d.e+-]+,?/g, "");

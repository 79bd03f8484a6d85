// Layout: ForceAtlas2 positions, seeded so that the same graph always gets the
// same coordinates (and so a byte-identical graph.json). Only entities with
// relations take part in the simulation; entities with none are set on a ring
// around them, which keeps large, sparse news graphs fast to lay out.
import forceAtlas2 from "graphology-layout-forceatlas2";
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
}

export interface LayoutReport {
  iterations: number;
  barnesHut: boolean;
  /** Entities placed by ForceAtlas2 (the rest have no relation). */
  simulated: number;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function layoutGraph(g: NewsGraph, opts: LayoutOptions = {}): LayoutReport {
  const rand = seeded(opts.seed ?? 42);
  const connected = g.filterNodes((n) => g.degree(n) > 0);
  const isolated = g.filterNodes((n) => g.degree(n) === 0);
  // Seed positions on a spiral perturbed by the PRNG: spread enough for FA2 to start well.
  connected.forEach((key, i) => {
    const angle = i * 2.399963;
    const r = 10 * Math.sqrt(i + 1);
    g.mergeNodeAttributes(key, { x: r * Math.cos(angle) + rand(), y: r * Math.sin(angle) + rand() });
  });
  const n = connected.length;
  const barnesHut = n > (opts.barnesHutAbove ?? 500);
  // A budget of node-iterations: small graphs settle fully, large ones stay within seconds.
  const iterations = n < 2 ? 0 : opts.iterations ?? Math.max(20, Math.min(300, Math.round(150000 / n)));
  if (iterations > 0) {
    const sub = g.copy();
    for (const k of isolated) sub.dropNode(k);
    const settings = { ...forceAtlas2.inferSettings(sub), barnesHutOptimize: barnesHut, adjustSizes: false };
    const positions = forceAtlas2(sub, { iterations, settings, getEdgeWeight: null });
    for (const k of connected) g.mergeNodeAttributes(k, positions[k]);
  }
  // Entities without relations: a ring (or rings) outside the connected part, by kind then key.
  let radius = 0;
  for (const k of connected) radius = Math.max(radius, Math.hypot(g.getNodeAttribute(k, "x") ?? 0, g.getNodeAttribute(k, "y") ?? 0));
  radius = radius * 1.15 + 20;
  const ordered = [...isolated].sort((a, b) => {
    const ka = g.getNodeAttribute(a, "kind");
    const kb = g.getNodeAttribute(b, "kind");
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
  // Round so the output does not depend on floating-point noise in the last digits.
  g.forEachNode((key, a) => g.mergeNodeAttributes(key, { x: round(a.x ?? 0), y: round(a.y ?? 0) }));
  return { iterations, barnesHut, simulated: n };
}

// Layout: ForceAtlas2 positions, seeded so that the same graph always gets the
// same coordinates (and so a byte-identical graph.json).
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { NewsGraph } from "./graph";

/** A small deterministic PRNG (mulberry32). */
function seeded(seed: number): () => number {
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

export function layoutGraph(g: NewsGraph, opts: LayoutOptions = {}): { iterations: number; barnesHut: boolean } {
  const rand = seeded(opts.seed ?? 42);
  // Seed positions on a spiral perturbed by the PRNG: spread enough for FA2 to start well.
  let i = 0;
  g.forEachNode((key) => {
    const angle = i * 2.399963;
    const r = 10 * Math.sqrt(i + 1);
    g.mergeNodeAttributes(key, { x: r * Math.cos(angle) + rand(), y: r * Math.sin(angle) + rand() });
    i++;
  });
  const n = g.order;
  if (n < 2) return { iterations: 0, barnesHut: false };
  const barnesHut = n > (opts.barnesHutAbove ?? 500);
  // Fewer iterations as graphs grow: quality stays good, time stays bounded.
  const iterations = opts.iterations ?? Math.max(50, Math.min(500, Math.round(200000 / Math.max(n, 1))));
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: barnesHut, adjustSizes: false };
  forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: null });
  // Round so the output does not depend on floating-point noise in the last digits.
  g.forEachNode((key, a) => g.mergeNodeAttributes(key, { x: Math.round((a.x ?? 0) * 1000) / 1000, y: Math.round((a.y ?? 0) * 1000) / 1000 }));
  return { iterations, barnesHut };
}

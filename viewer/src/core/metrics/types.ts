// What the metrics worker receives and sends back (structured-clone friendly).
import type { Metrics } from "../store";

export interface MetricsInput {
  nodes: string[];
  /** source, target, weight (evidence count) */
  edges: [string, string, number][];
  /** betweenness is O(nodes × edges): left out above this many nodes */
  betweennessMaxNodes: number;
  seed: number;
}

export type MetricsMessage = { type: "progress"; text: string } | { type: "done"; metrics: Metrics } | { type: "error"; text: string };

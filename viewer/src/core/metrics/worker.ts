// The metrics web worker: computes the measures off the main thread and reports progress.
// Bundled on its own by src/viewer/bundle.ts and started from a Blob.
import { computeMetrics } from "./utils";
import type { MetricsInput, MetricsMessage } from "./types";

const post = (m: MetricsMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<MetricsInput>) => {
  try {
    post({ type: "done", metrics: computeMetrics(e.data, (text) => post({ type: "progress", text })) });
  } catch (err) {
    post({ type: "error", text: (err as Error).message });
  }
};

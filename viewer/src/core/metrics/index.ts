// Size by a measure (evidence, articles, PageRank, betweenness) and colour by kind or
// by Louvain community. Measures are computed on demand: in the page for a small graph,
// in a web worker with a progress line for a big one.
import { byId, strings } from "../../dom";
import { SETTINGS } from "../../settings";
import { recompute } from "../filters";
import { chooseBigNodes } from "../graph/labels";
import { sizeForDegree } from "../graph/utils";
import { app, loadedGraph, updateApp, updateView, type Metrics } from "../store";
import { SIZE_MEASURES, type SizeMeasure } from "../url/types";
import type { MetricsMessage } from "./types";
import { computeMetrics, metricsInput } from "./utils";

/** The worker's bundled source, put in by src/viewer/bundle.ts (absent under ts-node). */
declare const __METRICS_WORKER__: string | undefined;

/** Twelve colours that stay apart (Tableau 10 and two more); smaller communities are grey. */
const COMMUNITY_COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#8c564b"];
const SMALL_COMMUNITY = "#a0a4ab";

export function communityColor(node: string): string | undefined {
  const { metrics, view } = app();
  if (view.colorBy !== "community" || !metrics) return undefined;
  const c = metrics.community[node];
  if (c === undefined) return SMALL_COMMUNITY;
  return COMMUNITY_COLORS[c] ?? SMALL_COMMUNITY;
}

/** The measure entities are sized (and ranked for top N) by. */
export function sizeMeasure(): Map<string, number> {
  const { view, metrics, weightedDegree, graph } = app();
  if (view.sizeBy === "mentions" && graph) return new Map(graph.mapNodes((n, a) => [n, strings(a.docs).length] as [string, number]));
  const table = view.sizeBy === "pagerank" ? metrics?.pagerank : view.sizeBy === "betweenness" ? metrics?.betweenness : undefined;
  if (!table || !graph) return weightedDegree;
  return new Map(graph.mapNodes((n) => [n, table[n] ?? 0] as [string, number]));
}

function updateSizes(): void {
  const measure = sizeMeasure();
  const max = Math.max(Number.MIN_VALUE, ...measure.values());
  const sizes = new Map<string, number>();
  for (const [n, v] of measure) sizes.set(n, sizeForDegree(v, max));
  chooseBigNodes(sizes);
  updateApp({ sizes });
}

function needsMetrics(): boolean {
  const { view } = app();
  return view.colorBy === "community" || view.sizeBy === "pagerank" || view.sizeBy === "betweenness";
}

function setProgress(text: string): void {
  updateApp({ metricsProgress: text });
  byId("metrics-progress").textContent = text;
}

function metricsDone(metrics: Metrics, where: "in the page" | "in a web worker"): void {
  updateApp({ metrics });
  const skipped = Object.keys(metrics.betweenness).length === 0 && metrics.communityCount > 0 ? "; betweenness left out: graph too big" : "";
  setProgress(`${metrics.communityCount} communities (computed ${where}${skipped})`);
  updateSizes();
  recompute(false);
}

function runInWorker(source: string): void {
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const worker = new Worker(url);
  const graph = app().graph;
  worker.onmessage = (e: MessageEvent<MetricsMessage>) => {
    if (app().graph !== graph) return worker.terminate(); // another graph was opened meanwhile
    if (e.data.type === "progress") return setProgress(e.data.text);
    worker.terminate();
    URL.revokeObjectURL(url);
    if (e.data.type === "done") metricsDone(e.data.metrics, "in a web worker");
    else setProgress(`Metrics failed: ${e.data.text}`);
  };
  worker.postMessage(metricsInput(loadedGraph(), SETTINGS.betweennessMaxNodes));
}

/** Compute the measures if the view needs them and they are not there yet. */
function ensureMetrics(): void {
  const { graph, metrics, metricsProgress } = app();
  if (!graph || metrics || !needsMetrics() || metricsProgress.endsWith("…")) return;
  const source = typeof __METRICS_WORKER__ === "string" ? __METRICS_WORKER__ : undefined;
  if (source && graph.size > SETTINGS.metricsWorkerAbove) {
    setProgress("Starting the metrics worker…");
    runInWorker(source);
  } else {
    metricsDone(computeMetrics(metricsInput(graph, SETTINGS.betweennessMaxNodes)), "in the page");
  }
}

/** After a graph is loaded or the view changed: sizes, controls, and measures if needed. */
export function applyAppearance(): void {
  const { view } = app();
  byId<HTMLSelectElement>("size-by").value = view.sizeBy;
  byId<HTMLSelectElement>("color-by").value = view.colorBy;
  if (!app().metrics) setProgress("");
  updateSizes();
  ensureMetrics();
}

export function wireAppearance(): void {
  byId<HTMLSelectElement>("size-by").addEventListener("change", (e) => {
    const v = (e.target as HTMLSelectElement).value as SizeMeasure;
    updateView({ sizeBy: SIZE_MEASURES.includes(v) ? v : "evidence" });
    applyAppearance();
    recompute(true);
  });
  byId<HTMLSelectElement>("color-by").addEventListener("change", (e) => {
    updateView({ colorBy: (e.target as HTMLSelectElement).value === "community" ? "community" : "kind" });
    applyAppearance();
    recompute(true);
  });
}

// ForceAtlas2 in a web worker, started and stopped by the user, on what is shown only
// (hidden isolates and entities out of scope keep their places and cost nothing);
// "Reset" goes back to the positions the graph was loaded with.
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { SETTINGS } from "../../settings";
import { setPositions } from "../graph";
import { app, loadedGraph, updateApp } from "../store";

function setLayoutButtons(running: boolean): void {
  const startBtn = document.getElementById("layout-start") as HTMLButtonElement | null;
  const stopBtn = document.getElementById("layout-stop") as HTMLButtonElement | null;
  if (startBtn) startBtn.disabled = running;
  if (stopBtn) stopBtn.disabled = !running;
}

/** The shown entities and relations, positions only; the worker moves these. */
function shownGraph(): Graph {
  const g = loadedGraph();
  const { vis } = app();
  const sub = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const n of vis.nodes) sub.addNode(n, { x: g.getNodeAttribute(n, "x"), y: g.getNodeAttribute(n, "y") });
  for (const e of vis.edges) sub.addEdgeWithKey(e, g.source(e), g.target(e));
  // copy each step back in one batch, so sigma redraws once per step
  sub.on("eachNodeAttributesUpdated", () => setPositions((n) => (sub.hasNode(n) ? (sub.getNodeAttributes(n) as { x: number; y: number }) : undefined)));
  return sub;
}

export function startLayout(): void {
  if (!app().graph) return;
  stopLayout();
  app().layout?.kill(); // what is shown may have changed since the last run
  const sub = shownGraph();
  const settings = inferSettings(sub);
  const layout = new FA2Layout(sub, { settings: { ...settings, barnesHutOptimize: sub.order > SETTINGS.barnesHutAbove, slowDown: 5 } });
  updateApp({ layout });
  layout.start();
  setLayoutButtons(true);
}

export function stopLayout(): void {
  const layout = app().layout;
  if (layout?.isRunning()) layout.stop();
  setLayoutButtons(false);
}

export function layoutRunning(): boolean {
  return !!app().layout?.isRunning();
}

export function toggleLayout(): void {
  (layoutRunning() ? stopLayout : startLayout)();
}

export function resetLayout(): void {
  const graph = app().graph;
  if (!graph) return;
  stopLayout();
  const original = app().originalPositions;
  setPositions((n) => original.get(n));
}

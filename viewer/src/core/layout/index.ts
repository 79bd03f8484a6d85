// ForceAtlas2 in a web worker, started and stopped by the user; "Reset" goes back
// to the positions the graph was loaded with.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { SETTINGS } from "../../settings";
import { app, updateApp } from "../store";

function setLayoutButtons(running: boolean): void {
  const startBtn = document.getElementById("layout-start") as HTMLButtonElement | null;
  const stopBtn = document.getElementById("layout-stop") as HTMLButtonElement | null;
  if (startBtn) startBtn.disabled = running;
  if (stopBtn) stopBtn.disabled = !running;
}

export function startLayout(): void {
  const graph = app().graph;
  if (!graph) return;
  let layout = app().layout;
  if (!layout) {
    const settings = inferSettings(graph);
    layout = new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: graph.order > SETTINGS.barnesHutAbove, slowDown: 5 } });
    updateApp({ layout });
  }
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
  for (const [n, p] of app().originalPositions) if (graph.hasNode(n)) graph.mergeNodeAttributes(n, p);
}

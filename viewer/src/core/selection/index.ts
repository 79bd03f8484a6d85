// Selection and focus: the selected entity or relation, the hovered one, and the
// neighbourhood that stays coloured while the rest greys.
import { app, loadedGraph, updateApp, updateView } from "../store";
import { writeUrl } from "../url";
import { renderPanel } from "./panel";

/** Every edge between two nodes, both directions, each once, s → t first. */
export function pairEdges(s: string, t: string): string[] {
  const g = loadedGraph();
  const out = new Set<string>();
  g.forEachOutEdge(s, (e, _a, _s, target) => {
    if (target === t) out.add(e);
  });
  g.forEachOutEdge(t, (e, _a, _s, target) => {
    if (target === s) out.add(e);
  });
  return [...out];
}

export function computeFocus(): void {
  const { graph, hoveredNode, view, vis, paths } = app();
  const focusNodes = new Set<string>();
  const focusEdges = new Set<string>();
  const center = hoveredNode ?? view.node;
  if (graph && center && graph.hasNode(center)) {
    focusNodes.add(center);
    graph.forEachEdge(center, (e, _a, s, t) => {
      if (!vis.edges.has(e)) return;
      focusEdges.add(e);
      focusNodes.add(s);
      focusNodes.add(t);
    });
  } else if (graph && view.edge && graph.hasEdge(view.edge)) {
    const [s, t] = graph.extremities(view.edge);
    focusNodes.add(s);
    focusNodes.add(t);
    for (const e of pairEdges(s, t)) focusEdges.add(e);
  } else if (paths && paths.edges.size > 0) {
    // paths between two entities stand out like a selection
    for (const n of paths.nodes) focusNodes.add(n);
    for (const e of paths.edges) focusEdges.add(e);
  }
  updateApp({ focusNodes, focusEdges });
}

function moveCameraTo(node: string): void {
  const renderer = app().renderer;
  const d = renderer?.getNodeDisplayData(node);
  if (!renderer || !d) return;
  const cam = renderer.getCamera();
  void cam.animate({ x: d.x, y: d.y, ratio: Math.min(cam.ratio, 0.35) }, { duration: 450 });
}

function afterSelection(): void {
  computeFocus();
  app().renderer?.refresh();
  renderPanel();
  writeUrl();
}

export function selectNode(key: string, moveCamera: boolean): void {
  const g = app().graph;
  if (!g || !g.hasNode(key)) return;
  updateView({ node: key, edge: undefined });
  afterSelection();
  if (moveCamera) moveCameraTo(key);
}

export function selectEdge(key: string): void {
  const g = app().graph;
  if (!g || !g.hasEdge(key)) return;
  updateView({ node: undefined, edge: key });
  afterSelection();
}

export function clearSelection(): void {
  const { view } = app();
  if (!view.node && !view.edge) return;
  updateView({ node: undefined, edge: undefined });
  afterSelection();
}

/** Hover changes the focus without touching the selection or the URL. */
export function setHover(patch: { hoveredNode?: string | null; hoveredEdge?: string | null }): void {
  updateApp(patch);
  if ("hoveredNode" in patch) computeFocus();
  app().renderer?.scheduleRefresh();
}

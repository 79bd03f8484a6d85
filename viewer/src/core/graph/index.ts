// The loaded graph and its sigma renderer: derived data (sizes, edge shapes,
// articles, search index) computed once per graph, and the renderer's settings.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { byId, str, strings } from "../../dom";
import { SETTINGS } from "../../settings";
import { app, loadedGraph, updateApp, type Article } from "../store";
import { buildSearchIndex } from "../search/utils";
import { palette } from "../theme";
import { chooseBigNodes, drawHover, drawLabel } from "./labels";
import { edgeReducer, nodeReducer } from "./reducers";
import { edgeShapes } from "./shapes";
import { sizeForDegree, weightedDegrees } from "./utils";

function readArticles(g: Graph): Map<string, Article> {
  const articles = new Map<string, Article>();
  for (const a of (g.getAttribute("articles") as unknown[]) ?? []) {
    const art = a as Record<string, unknown>;
    const id = str(art.id);
    if (id) articles.set(id, { id, title: str(art.title) || id, date: str(art.date) || undefined, source: str(art.source) || undefined });
  }
  return articles;
}

/** Compute what the viewer derives from a new graph and keep it in the store. */
export function prepareGraph(g: Graph, sourceName: string): void {
  const weightedDegree = weightedDegrees(g);
  const max = Math.max(1, ...weightedDegree.values());
  const sizes = new Map<string, number>();
  for (const [n, d] of weightedDegree) sizes.set(n, sizeForDegree(d, max));
  chooseBigNodes(sizes);
  const originalPositions = new Map<string, { x: number; y: number }>();
  g.forEachNode((n, a) => originalPositions.set(n, { x: a.x as number, y: a.y as number }));
  updateApp({
    graph: g,
    sourceName,
    articles: readArticles(g),
    weightedDegree,
    sizes,
    originalPositions,
    linkedCount: g.filterNodes((n) => g.degree(n) > 0).length,
    explore: { within: null, history: [] },
    paths: null,
    metrics: null,
    edgeShapes: edgeShapes(g),
    baseEdgeSize: g.size > SETTINGS.thinEdgesAbove ? 1 : g.size > SETTINGS.mediumEdgesAbove ? 1.5 : 2.2,
    searchIndex: buildSearchIndex(
      g.mapNodes((key, a) => ({ key, label: str(a.label), aliases: strings(a.aliases), weight: weightedDegree.get(key) ?? 0 })),
    ),
  });
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** May this entity be drawn at all (shown, or greyed in grey mode; never when out of scope)? */
function drawable(node: string): boolean {
  const { vis, view, graph } = app();
  if (vis.nodes.has(node)) return true;
  return view.mode === "grey" && !vis.outOfScope.has(node) && (view.showIsolates || graph!.degree(node) > 0);
}

/**
 * The graph sigma draws: only what may be drawn, so that hidden entities (the thousands
 * of isolates, everything outside the top N) cost sigma and WebGL nothing. Same keys and
 * attributes as the loaded graph; positions are kept in both (see setPositions).
 */
export function syncDisplayGraph(): void {
  const { graph, renderer, view, vis } = app();
  if (!graph || !renderer) return;
  const display = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  if (view.mode === "hide") {
    // only the shown entities can be drawn: walk them, not the whole graph
    for (const n of vis.nodes) display.addNode(n, { ...graph.getNodeAttributes(n) });
    for (const n of vis.nodes) {
      graph.forEachOutEdge(n, (e, a, s, t) => {
        if (display.hasNode(t)) display.addEdgeWithKey(e, s, t, { ...a });
      });
    }
  } else {
    graph.forEachNode((n, a) => {
      if (drawable(n)) display.addNode(n, { ...a });
    });
    graph.forEachEdge((e, a, s, t) => {
      if (display.hasNode(s) && display.hasNode(t)) display.addEdgeWithKey(e, s, t, { ...a });
    });
  }
  renderer.setGraph(display);
}

/** Move entities in the loaded graph and in the one drawn, as one batch each. */
export function setPositions(position: (node: string) => { x: number; y: number } | undefined): void {
  const { graph, renderer } = app();
  const update = (g: Graph) =>
    g.updateEachNodeAttributes(
      (n, a) => {
        const p = position(n);
        return p ? { ...a, x: p.x, y: p.y } : a;
      },
      { attributes: ["x", "y"] },
    );
  if (graph) update(graph);
  if (renderer && renderer.getGraph() !== graph) update(renderer.getGraph());
}

export function createRenderer(): Sigma {
  const p = palette();
  const empty = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  const renderer = new Sigma(empty, byId("graph-container"), {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    defaultEdgeType: "arrow",
    edgeProgramClasses: { arrow: EdgeArrowProgram, curvedArrow: EdgeCurvedArrowProgram },
    labelFont: FONT,
    labelSize: SETTINGS.labelSize,
    labelWeight: "500",
    labelColor: { color: p.fg },
    edgeLabelFont: FONT,
    edgeLabelSize: SETTINGS.edgeLabelSize,
    edgeLabelColor: { color: p.muted },
    labelDensity: 1,
    labelGridCellSize: 50,
    labelRenderedSizeThreshold: 7,
    stagePadding: 40,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    defaultDrawNodeHover: drawHover,
    defaultDrawNodeLabel: drawLabel,
    nodeReducer,
    edgeReducer,
    hideEdgesOnMove: loadedGraph().size > SETTINGS.hideEdgesOnMoveAbove,
  });
  updateApp({ renderer });
  return renderer;
}

/** Drop the renderer (and a running layout) before another graph is opened. */
export function teardownRenderer(): void {
  const { layout, renderer } = app();
  if (layout?.isRunning()) layout.stop();
  layout?.kill();
  renderer?.kill();
  updateApp({ layout: null, renderer: null, hoveredNode: null, hoveredEdge: null });
  byId("graph-container").replaceChildren();
}

/** Frame the camera on what is shown (not on hidden isolates far away), or on the paths asked for. */
export function fitToShown(animate: boolean): void {
  const { renderer, graph, vis, paths } = app();
  if (!renderer || !graph) return;
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of paths?.nodes ?? vis.nodes) {
    const { x, y } = graph.getNodeAttributes(n) as { x: number; y: number };
    [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
  }
  if (!(Number.isFinite(x0) && (x1 > x0 || y1 > y0))) {
    // nothing or one point shown: frame the whole graph, so that positions never jump
    [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    graph.forEachNode((_n, a) => ([x0, x1, y0, y1] = [Math.min(x0, a.x), Math.max(x1, a.x), Math.min(y0, a.y), Math.max(y1, a.y)]));
    if (!(x1 > x0 || y1 > y0)) [x0, x1, y0, y1] = [x0 - 1, x0 + 1, y0 - 1, y0 + 1];
  }
  renderer.setCustomBBox({ x: [x0, x1], y: [y0, y1] });
  renderer.refresh();
  const cam = renderer.getCamera();
  if (animate) void cam.animatedReset({ duration: 300 });
  else cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
}

// Wires the page's controls, the keyboard and the renderer's events to the core modules.
import type Sigma from "sigma";
import { byId, isTyping } from "./dom";
import { SETTINGS } from "./settings";
import { exportGexf, exportJson, exportPng } from "./core/export";
import { buildFilterUi, recompute, updateFilterCounts } from "./core/filters";
import { wireScopeControls } from "./core/filters/controls";
import { fitToShown } from "./core/graph";
import { reserveBigLabels } from "./core/graph/labels";
import { applyExplore, updateExploreBar, wireExplore } from "./core/explore";
import { applyAppearance, wireAppearance } from "./core/metrics";
import { wirePaths } from "./core/paths";
import { renderTable, wireTable } from "./core/table";
import { wireTimeline } from "./core/time";
import { resetLayout, startLayout, stopLayout, toggleLayout } from "./core/layout";
import { focusSearch, wireSearch } from "./core/search";
import { clearSelection, selectEdge, selectNode, setHover } from "./core/selection";
import { renderPanel } from "./core/selection/panel";
import { closeArticle, openArticle } from "./core/selection/reader";
import { app, replaceView, updateView } from "./core/store";
import { otherTheme, setTheme } from "./core/theme";
import { writeUrl } from "./core/url";
import type { ThemeName } from "./core/url/types";
import { decodeState } from "./core/url/utils";

export function wireRenderer(r: Sigma): void {
  const container = byId("graph-container");
  const pointer = (on: boolean) => (container.style.cursor = on ? "pointer" : "");
  r.on("beforeRender", () => reserveBigLabels(r));
  r.on("enterNode", ({ node }) => (pointer(true), setHover({ hoveredNode: node })));
  r.on("leaveNode", () => (pointer(false), setHover({ hoveredNode: null })));
  r.on("enterEdge", ({ edge }) => (pointer(true), setHover({ hoveredEdge: edge })));
  r.on("leaveEdge", () => (pointer(false), setHover({ hoveredEdge: null })));
  r.on("clickNode", ({ node }) => selectNode(node, false));
  r.on("clickEdge", ({ edge }) => selectEdge(edge));
  r.on("clickStage", () => clearSelection());
  r.getCamera().on("updated", (cam) => {
    updateView({ camera: { x: cam.x, y: cam.y, ratio: cam.ratio, angle: cam.angle } });
    writeUrl(SETTINGS.cameraUrlDelayMs);
  });
}

/** Switch the theme and redraw what carries colours (chips, panel, canvas). */
function applyTheme(t: ThemeName, remember: boolean): void {
  const drawn = setTheme(t, remember);
  if (remember) writeUrl();
  if (!drawn) return;
  if (app().graph) buildFilterUi();
  updateFilterCounts();
  renderPanel();
  app().renderer?.refresh();
}

function fitView(): void {
  fitToShown(true);
}

function zoom(direction: 1 | -1): void {
  const cam = app().renderer?.getCamera();
  void (direction > 0 ? cam?.animatedZoom({ duration: 200 }) : cam?.animatedUnzoom({ duration: 200 }));
}

/** Bring the page in line with the view on the loaded graph (after a load or a hash change). */
export function showView(): void {
  const { view, graph, renderer } = app();
  if (!graph) return;
  if (view.node && !graph.hasNode(view.node)) updateView({ node: undefined });
  if (view.edge && !graph.hasEdge(view.edge)) updateView({ edge: undefined });
  buildFilterUi();
  applyExplore();
  applyAppearance();
  recompute(false, true);
  if (view.camera) renderer?.getCamera().setState(view.camera);
  renderPanel();
  updateExploreBar();
  renderTable();
}

/** The user edited the hash (or went back): reopen that view. */
function applyHashState(): void {
  const articleBefore = app().view.article;
  replaceView(decodeState(location.hash));
  const { view, theme } = app();
  if (view.theme && view.theme !== theme) applyTheme(view.theme, false);
  showView();
  if (view.article) void openArticle(view.article, false);
  else if (articleBefore) byId("reader").hidden = true;
}

function toggleHelp(show?: boolean): void {
  const help = byId("help");
  help.hidden = show === undefined ? !help.hidden : !show;
  if (!help.hidden) byId("help-close").focus();
}

function wireToolbar(): void {
  byId("fit").addEventListener("click", fitView);
  byId("zoom-in").addEventListener("click", () => zoom(1));
  byId("zoom-out").addEventListener("click", () => zoom(-1));
  byId("layout-start").addEventListener("click", startLayout);
  byId("layout-stop").addEventListener("click", stopLayout);
  byId("layout-reset").addEventListener("click", resetLayout);
  const closeMenu = (fn: () => void) => () => {
    (document.querySelector("#toolbar details.menu") as HTMLDetailsElement | null)?.removeAttribute("open");
    fn();
  };
  byId("export-png").addEventListener("click", closeMenu(exportPng));
  byId("export-gexf").addEventListener("click", closeMenu(exportGexf));
  byId("export-json").addEventListener("click", closeMenu(exportJson));
  byId("theme-toggle").addEventListener("click", () => applyTheme(otherTheme(), true));
  byId("help-toggle").addEventListener("click", () => toggleHelp());
  byId("help-close").addEventListener("click", () => toggleHelp(false));
  byId("reader-close").addEventListener("click", closeArticle);
  byId("reader").addEventListener("click", (e) => {
    if (e.target === byId("reader")) closeArticle();
  });
}

function wireFilterInputs(): void {
  byId<HTMLInputElement>("grey-mode").addEventListener("change", (e) => {
    updateView({ mode: (e.target as HTMLInputElement).checked ? "grey" : "hide" });
    recompute(true);
  });
  byId("filters-reset").addEventListener("click", () => {
    updateView({ hiddenKinds: [], hiddenRelations: [], docs: [], from: undefined, to: undefined });
    recompute(true);
  });
  byId("articles-none").addEventListener("click", () => {
    updateView({ docs: [] });
    recompute(true);
  });
}

function wireFileOpen(openFile: (f: File) => void): void {
  const fileInput = byId<HTMLInputElement>("file-input");
  fileInput.addEventListener("change", () => {
    const f = fileInput.files?.[0];
    if (f) openFile(f);
    fileInput.value = "";
  });
  const overlay = byId("drop-overlay");
  const drag = { depth: 0 };
  window.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    drag.depth++;
    overlay.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    drag.depth = Math.max(0, drag.depth - 1);
    if (drag.depth === 0) overlay.hidden = true;
  });
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    drag.depth = 0;
    overlay.hidden = true;
    const f = e.dataTransfer?.files?.[0];
    if (f) openFile(f);
  });
}

const SHORTCUTS: Record<string, () => void> = {
  "/": focusSearch,
  "?": () => toggleHelp(),
  t: () => applyTheme(otherTheme(), true),
  f: fitView,
  "0": fitView,
  "+": () => zoom(1),
  "=": () => zoom(1),
  "-": () => zoom(-1),
  l: toggleLayout,
};

function onKey(e: KeyboardEvent): void {
  if (e.key === "Escape") {
    if (!byId("help").hidden) return toggleHelp(false);
    if (!byId("reader").hidden) return closeArticle();
    if (isTyping(e.target)) return (e.target as HTMLElement).blur();
    return clearSelection();
  }
  if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
  const action = SHORTCUTS[e.key];
  if (!action) return;
  if (e.key === "/") e.preventDefault();
  action();
}

export function wireUi(openFile: (f: File) => void): void {
  wireSearch();
  wireToolbar();
  wireFilterInputs();
  wireScopeControls();
  wireAppearance();
  wirePaths();
  wireExplore();
  wireTimeline();
  wireTable();
  wireFileOpen(openFile);
  window.addEventListener("hashchange", applyHashState);
  document.addEventListener("keydown", onKey);
}

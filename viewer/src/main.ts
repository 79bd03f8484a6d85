// The newsgraph viewer: draws graph.json with sigma; search, selection, side panel with
// evidence, filters, URL state, layout, export. The pieces live in core/<domain>/ and
// share one state object (core/store.ts); this file loads a graph and starts them.
// Every string from the data goes into the page as text, never as HTML.
import type Graph from "graphology";
import type Sigma from "sigma";
import { byId, h, setStatus } from "./dom";
import { composite } from "./core/export";
import { createRenderer, prepareGraph, teardownRenderer } from "./core/graph";
import { importGraphData, parseGraphJson, GraphLoadError } from "./core/graph/utils";
import { layoutRunning, startLayout, stopLayout } from "./core/layout";
import { selectNode } from "./core/selection";
import { forgetArticleTexts, openArticle } from "./core/selection/reader";
import { writeUrl } from "./core/url";
import { app, updateApp, updateView, type Metrics } from "./core/store";
import { initialTheme, setTheme } from "./core/theme";
import type { ViewState } from "./core/url/types";
import { buildTimeline } from "./core/time";
import { showView, wireRenderer, wireUi } from "./ui";

export interface ViewerApi {
  readonly ready: boolean;
  /** performance.now() when the graph was first drawn */
  readonly readyAt?: number;
  readonly error?: string;
  readonly graph?: Graph;
  readonly renderer?: Sigma;
  state(): ViewState;
  visibleNodes(): string[];
  visibleEdges(): string[];
  selectNode(key: string): void;
  composite(): HTMLCanvasElement | null;
  startLayout(): void;
  stopLayout(): void;
  layoutRunning(): boolean;
  /** PageRank, betweenness and communities, once computed */
  metrics(): Metrics | null;
}

declare global {
  interface Window {
    newsgraphViewer?: ViewerApi;
  }
}

/** What tests and the benchmark read from the page. */
const api: ViewerApi = {
  get ready() {
    return app().readyAt !== undefined;
  },
  get readyAt() {
    return app().readyAt;
  },
  get error() {
    return app().loadError;
  },
  get graph() {
    return app().graph ?? undefined;
  },
  get renderer() {
    return app().renderer ?? undefined;
  },
  state: () => app().view,
  visibleNodes: () => [...app().vis.nodes],
  visibleEdges: () => [...app().vis.edges],
  selectNode: (key) => selectNode(key, true),
  composite,
  startLayout,
  stopLayout,
  layoutRunning,
  metrics: () => app().metrics,
};
window.newsgraphViewer = api;

function showMessage(title: string, detail?: string): void {
  const box = byId("message");
  box.replaceChildren(
    h("h2", { text: title }),
    h("p", { text: detail ?? "" }),
    h("p", { cls: "hint", text: "You can open a graph.json with the “Open…” button or by dropping the file on this page." }),
  );
  box.hidden = false;
  document.body.dataset.status = "error";
  updateApp({ loadError: title + (detail ? " " + detail : "") });
}

/** Draw a newly loaded graph and restore the view of the URL on it. */
function start(g: Graph, name: string): void {
  stopLayout();
  teardownRenderer();
  updateApp({ readyAt: undefined });
  byId("message").hidden = true;
  prepareGraph(g, name);
  wireRenderer(createRenderer());
  buildTimeline();
  showView();
  const { view } = app();
  setStatus(`${g.order} entities · ${g.size} relations · ${app().articles.size} articles · ${name}`);
  updateApp({ readyAt: performance.now(), loadError: undefined });
  document.body.dataset.status = "ready";
  if (view.article) void openArticle(view.article, false);
}

function loadText(text: string, name: string): void {
  try {
    start(parseGraphJson(text, name).graph, name);
  } catch (err) {
    const msg = err instanceof GraphLoadError ? err.message : `Unexpected error: ${(err as Error).message}`;
    showMessage(`Could not open ${name}.`, msg);
    setStatus("");
  }
}

/** A graph.json chosen with "Open…" or dropped on the page replaces the current one. */
function openFile(f: File): void {
  f.text().then(
    (text) => {
      updateApp({ embeddedTexts: null });
      forgetArticleTexts();
      updateView({ node: undefined, edge: undefined, camera: undefined, article: undefined });
      byId("reader").hidden = true;
      loadText(text, f.name);
      writeUrl();
    },
    (err: Error) => showMessage(`Could not read ${f.name}.`, err.message),
  );
}

function readEmbedded(): { graph: unknown; articles?: Record<string, string> } | null {
  const tag = document.getElementById("newsgraph-data");
  if (!tag || !tag.textContent || !tag.textContent.trim()) return null;
  try {
    const data = JSON.parse(tag.textContent) as { graph: unknown; articles?: Record<string, string> };
    return data && typeof data === "object" ? data : null;
  } catch {
    showMessage("The embedded graph is damaged.", "The data block in this page is not valid JSON.");
    return null;
  }
}

async function fetchGraph(url: string): Promise<void> {
  setStatus(`Loading ${url}…`);
  let res: Response;
  try {
    res = await fetch(url, { cache: "no-cache" });
  } catch (err) {
    const detail =
      location.protocol === "file:"
        ? "Pages opened from disk cannot fetch files; serve the viewer with npm start, or use a standalone page (npm run graph -- --html FILE)."
        : `The request failed (${(err as Error).message}).`;
    showMessage(`Could not load ${url}.`, detail);
    setStatus("");
    return;
  }
  const body = await res.text();
  if (!res.ok) {
    showMessage(`Could not load ${url} (HTTP ${res.status}).`, body.trim().slice(0, 500) || res.statusText);
    setStatus("");
    return;
  }
  loadText(body, url);
}

async function boot(): Promise<void> {
  setTheme(initialTheme(), false);
  wireUi(openFile);
  const embedded = readEmbedded();
  if (embedded) {
    updateApp({ embeddedTexts: embedded.articles ?? {} });
    try {
      start(importGraphData(embedded.graph, "embedded graph").graph, "embedded graph");
    } catch (err) {
      showMessage("Could not open the embedded graph.", (err as Error).message);
    }
  } else if (document.getElementById("newsgraph-data")) {
    showMessage("This page has no graph data."); // standalone page whose data block is empty
  } else {
    await fetchGraph(new URLSearchParams(location.search).get("graph") || "graph.json");
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void boot());
else void boot();

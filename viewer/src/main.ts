// The newsgraph viewer: draws graph.json with sigma, search, selection, side panel with
// evidence, filters, URL state, layout, export. Every string that comes from the data
// (labels, aliases, sentences, titles) goes into the page as text (textContent /
// createTextNode), never as HTML.
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { EdgeCurvedArrowProgram, indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { write as writeGexf } from "graphology-gexf/browser";
import { ENTITY_KINDS, KIND_COLORS, RELATION_TYPES, RELATIONS } from "../../src/schema";
import { buildSearchIndex, highlightPieces, locateSentence, searchEntities, type SearchHit, type SearchIndex } from "./text";
import { decodeState, encodeState, type ArticleRef, type ViewState } from "./state";
import { computeVisibility, dateExtent, evidenceDate, type Filters, type Visibility } from "./filters";
import { parseGraphJson, importGraphData, weightedDegrees, sizeForDegree, GraphLoadError } from "./load";

type Attrs = Record<string, unknown>;
interface Article {
  id: string;
  title?: string;
  date?: string;
  source?: string;
}
interface Evidence {
  doc?: string;
  sentence?: string;
  start?: number;
  end?: number;
  verb?: string;
  modality?: string;
  articleDate?: string;
  eventDate?: string;
  role?: string;
}

export interface ViewerApi {
  ready: boolean;
  /** performance.now() when the graph was first drawn */
  readyAt?: number;
  error?: string;
  graph?: Graph;
  renderer?: Sigma;
  state(): ViewState;
  visibleNodes(): string[];
  visibleEdges(): string[];
  selectNode(key: string): void;
  composite(): HTMLCanvasElement | null;
  startLayout(): void;
  stopLayout(): void;
  layoutRunning(): boolean;
}

declare global {
  interface Window {
    newsgraphViewer?: ViewerApi;
  }
}

// ---------------------------------------------------------------- DOM helpers

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`viewer: #${id} missing from index.html`);
  return e as T;
}

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { cls?: string; text?: string; title?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.cls) e.className = props.cls;
  if (props.text !== undefined) e.textContent = props.text;
  if (props.title !== undefined) e.title = props.title;
  if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) e.setAttribute(k, v);
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return e;
}

function str(v: unknown): string {
  return typeof v === "string" ? v : v === undefined || v === null ? "" : String(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : [];
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === "INPUT") return !["checkbox", "radio", "button", "submit", "reset", "file", "range", "color"].includes((el as HTMLInputElement).type);
  return el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable;
}

// ---------------------------------------------------------------- theme

interface Palette {
  bg: string;
  fg: string;
  muted: string;
  edge: string;
  edgeFocus: string;
  greyNode: string;
  greyEdge: string;
  panel: string;
  accent: string;
}
const PALETTES: Record<"light" | "dark", Palette> = {
  light: {
    bg: "#ffffff",
    fg: "#1b2129",
    muted: "#5b6472",
    edge: "#b9c0cb",
    edgeFocus: "#39414d",
    greyNode: "#e2e5ea",
    greyEdge: "#eef0f3",
    panel: "#ffffff",
    accent: "#0b5cad",
  },
  dark: {
    bg: "#14171c",
    fg: "#e8ebf0",
    muted: "#a3acb9",
    edge: "#4b5363",
    edgeFocus: "#d5dae2",
    greyNode: "#2b3038",
    greyEdge: "#20242a",
    panel: "#1e2229",
    accent: "#7cb8ff",
  },
};

let theme: "light" | "dark" = "light";
const palette = (): Palette => PALETTES[theme];

function kindColor(kind: string): string {
  const c = (KIND_COLORS as Record<string, string>)[kind] ?? "#8c8c8c";
  // Okabe–Ito black swaps to white on a dark background
  if (theme === "dark" && c === "#000000") return "#f2f2f2";
  return c;
}

// ---------------------------------------------------------------- app state

let graph: Graph | null = null;
let renderer: Sigma | null = null;
let layout: FA2Layout | null = null;
let state: ViewState = decodeState(location.hash);
let vis: Visibility = { nodes: new Set(), edges: new Set(), kindCounts: {}, relationCounts: {} };
let sizes = new Map<string, number>();
let baseEdgeSize = 2;
let wdeg = new Map<string, number>();
const edgeShape = new Map<string, { type: string; curvature: number }>();
let originalPositions = new Map<string, { x: number; y: number }>();
let searchIndex: SearchIndex = { items: [] };
let articles = new Map<string, Article>();
let embeddedTexts: Record<string, string> | null = null;
const textCache = new Map<string, Promise<string | null>>();
let hoveredNode: string | null = null;
let hoveredEdge: string | null = null;
const focusNodes = new Set<string>();
const focusEdges = new Set<string>();
let sourceName = "graph.json";

const api: ViewerApi = {
  ready: false,
  state: () => state,
  visibleNodes: () => [...vis.nodes],
  visibleEdges: () => [...vis.edges],
  selectNode: (key) => selectNode(key, true),
  composite: () => composite(),
  startLayout: () => startLayout(),
  stopLayout: () => stopLayout(),
  layoutRunning: () => !!layout && layout.isRunning(),
};
window.newsgraphViewer = api;

function filtersFromState(): Filters {
  return {
    hiddenKinds: new Set(state.hiddenKinds),
    hiddenRelations: new Set(state.hiddenRelations),
    docs: new Set(state.docs),
    from: state.from,
    to: state.to,
  };
}

// ---------------------------------------------------------------- URL state

let urlTimer: number | undefined;
function writeUrl(delay = 0): void {
  window.clearTimeout(urlTimer);
  const apply = () => {
    const hash = encodeState(state);
    const url = location.pathname + location.search + (hash ? "#" + hash : "");
    try {
      history.replaceState(null, "", url);
    } catch {
      /* some file:// setups refuse; the view still works */
    }
  };
  if (delay) urlTimer = window.setTimeout(apply, delay);
  else apply();
}

function articleHref(ref: ArticleRef): string {
  return "#" + encodeState({ ...state, article: ref });
}

// ---------------------------------------------------------------- messages

function showMessage(title: string, detail?: string): void {
  const box = byId("message");
  box.replaceChildren(
    h("h2", { text: title }),
    h("p", { text: detail ?? "" }),
    h("p", {
      cls: "hint",
      text: "You can open a graph.json with the “Open…” button or by dropping the file on this page.",
    }),
  );
  box.hidden = false;
  document.body.dataset.status = "error";
  api.error = title + (detail ? " " + detail : "");
}

function hideMessage(): void {
  byId("message").hidden = true;
}

function setStatus(text: string): void {
  byId("status").textContent = text;
}

// ---------------------------------------------------------------- loading

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

async function boot(): Promise<void> {
  applyTheme(state.theme ?? (window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light"), false);
  wireUi();
  const embedded = readEmbedded();
  if (embedded) {
    embeddedTexts = embedded.articles ?? {};
    try {
      start(importGraphData(embedded.graph, "embedded graph").graph, "embedded graph");
    } catch (err) {
      showMessage("Could not open the embedded graph.", (err as Error).message);
    }
    return;
  }
  if (document.getElementById("newsgraph-data")) {
    // standalone page whose data block is empty
    showMessage("This page has no graph data.");
    return;
  }
  const param = new URLSearchParams(location.search).get("graph");
  const url = param || "graph.json";
  setStatus(`Loading ${url}…`);
  let res: Response;
  try {
    res = await fetch(url, { cache: "no-cache" });
  } catch (err) {
    showMessage(
      `Could not load ${url}.`,
      location.protocol === "file:"
        ? "Pages opened from disk cannot fetch files; serve the viewer with npm start, or use a standalone page (npm run graph -- --html FILE)."
        : `The request failed (${(err as Error).message}).`,
    );
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

function loadText(text: string, name: string): void {
  try {
    const { graph: g } = parseGraphJson(text, name);
    embeddedTexts = embeddedTexts && name === "embedded graph" ? embeddedTexts : null;
    start(g, name);
  } catch (err) {
    const msg = err instanceof GraphLoadError ? err.message : `Unexpected error: ${(err as Error).message}`;
    showMessage(`Could not open ${name}.`, msg);
    setStatus("");
  }
}

// ---------------------------------------------------------------- setup

function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return DEFAULT_EDGE_CURVATURE;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

function indexShapes(g: Graph): void {
  edgeShape.clear();
  // indexParallelEdgesIndex writes attributes: use a scratch copy so the data stays clean
  const scratch = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  g.forEachNode((n) => scratch.addNode(n));
  g.forEachEdge((e, _a, s, t) => scratch.addEdgeWithKey(e, s, t));
  indexParallelEdgesIndex(scratch, { edgeIndexAttribute: "pi", edgeMaxIndexAttribute: "pmax", edgeMinIndexAttribute: "pmin" });
  scratch.forEachEdge((e, a) => {
    const pi = a.pi as number | null | undefined;
    const pmax = a.pmax as number | null | undefined;
    if (typeof pi === "number" && typeof pmax === "number") edgeShape.set(e, { type: "curvedArrow", curvature: curvature(pi, pmax) });
    else edgeShape.set(e, { type: "arrow", curvature: 0 });
  });
}

function start(g: Graph, name: string): void {
  teardown();
  hideMessage();
  graph = g;
  sourceName = name;
  api.graph = g;
  articles = new Map();
  for (const a of (g.getAttribute("articles") as unknown[]) ?? []) {
    const art = a as Attrs;
    const id = str(art.id);
    if (id) articles.set(id, { id, title: str(art.title) || id, date: str(art.date) || undefined, source: str(art.source) || undefined });
  }
  wdeg = weightedDegrees(g);
  const max = Math.max(1, ...wdeg.values());
  sizes = new Map();
  for (const [n, d] of wdeg) sizes.set(n, sizeForDegree(d, max));
  bigNodes = [...sizes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([n]) => n);
  indexShapes(g);
  baseEdgeSize = g.size > 3000 ? 1 : g.size > 500 ? 1.5 : 2.2;
  originalPositions = new Map();
  g.forEachNode((n, a) => originalPositions.set(n, { x: a.x as number, y: a.y as number }));
  searchIndex = buildSearchIndex(
    g.mapNodes((key, a) => ({ key, label: str(a.label), aliases: strings(a.aliases), weight: wdeg.get(key) ?? 0 })),
  );
  // drop state that does not fit this graph
  if (state.node && !g.hasNode(state.node)) state.node = undefined;
  if (state.edge && !g.hasEdge(state.edge)) state.edge = undefined;

  const container = byId("graph-container");
  const p = palette();
  renderer = new Sigma(g, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    defaultEdgeType: "arrow",
    edgeProgramClasses: { arrow: EdgeArrowProgram, curvedArrow: EdgeCurvedArrowProgram },
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: p.fg },
    edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    edgeLabelSize: 11,
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
    hideEdgesOnMove: g.size > 5000,
  });
  api.renderer = renderer;
  wireRenderer(renderer);
  buildFilterUi();
  recompute(false);
  if (state.camera) renderer.getCamera().setState(state.camera);
  renderPanel();
  const n = g.order;
  const m = g.size;
  setStatus(`${n} entities · ${m} relations · ${articles.size} articles · ${name}`);
  api.ready = true;
  api.readyAt = performance.now();
  api.error = undefined;
  document.body.dataset.status = "ready";
  if (state.article) void openArticle(state.article, false);
}

function teardown(): void {
  stopLayout();
  layout?.kill();
  layout = null;
  renderer?.kill();
  renderer = null;
  hoveredNode = null;
  hoveredEdge = null;
  api.ready = false;
  byId("graph-container").replaceChildren();
}

// ---------------------------------------------------------------- reducers

/** Every edge between two nodes, both directions, each once, s → t first. */
function pairEdges(s: string, t: string): string[] {
  const g = graph!;
  const out = new Set<string>();
  g.forEachOutEdge(s, (e, _a, _s, target) => {
    if (target === t) out.add(e);
  });
  g.forEachOutEdge(t, (e, _a, _s, target) => {
    if (target === s) out.add(e);
  });
  return [...out];
}

function computeFocus(): void {
  focusNodes.clear();
  focusEdges.clear();
  if (!graph) return;
  const center = hoveredNode ?? state.node;
  if (center && graph.hasNode(center)) {
    focusNodes.add(center);
    graph.forEachEdge(center, (e, _a, s, t) => {
      if (!vis.edges.has(e)) return;
      focusEdges.add(e);
      focusNodes.add(s);
      focusNodes.add(t);
    });
  } else if (state.edge && graph.hasEdge(state.edge)) {
    const [s, t] = graph.extremities(state.edge);
    focusNodes.add(s);
    focusNodes.add(t);
    for (const e of pairEdges(s, t)) focusEdges.add(e);
  }
}

function nodeReducer(node: string, data: Attrs): Partial<NodeDisplayData> {
  const p = palette();
  const res: Partial<NodeDisplayData> = {
    x: data.x as number,
    y: data.y as number,
    label: str(data.label),
    size: sizes.get(node) ?? 4,
    color: kindColor(str(data.kind)),
    zIndex: 1,
  };
  if (!vis.nodes.has(node)) {
    if (state.mode === "hide") return { ...res, hidden: true };
    return { ...res, color: p.greyNode, label: null, zIndex: 0 };
  }
  if (focusNodes.size > 0) {
    if (focusNodes.has(node)) {
      res.forceLabel = true;
      res.zIndex = 2;
      if (node === (hoveredNode ?? state.node)) res.highlighted = true;
    } else {
      res.color = p.greyNode;
      res.label = null;
      res.zIndex = 0;
    }
  }
  return res;
}

function edgeReducer(edge: string, data: Attrs): Partial<EdgeDisplayData> {
  const p = palette();
  const shape = edgeShape.get(edge);
  const n = Array.isArray(data.evidence) ? data.evidence.length : 1;
  const res: Partial<EdgeDisplayData> & { curvature?: number } = {
    type: shape?.type ?? "arrow",
    curvature: shape?.curvature ?? 0,
    // thin lines in a big graph, easier-to-click ones in a small one
    size: Math.min(7, baseEdgeSize + Math.log2(Math.max(1, n))),
    color: p.edge,
    label: null,
    zIndex: 1,
  };
  if (!vis.edges.has(edge)) {
    if (state.mode === "hide") return { ...res, hidden: true };
    return { ...res, color: p.greyEdge, zIndex: 0 };
  }
  const hovered = edge === hoveredEdge;
  if (focusEdges.size > 0 || focusNodes.size > 0 || hovered) {
    if (focusEdges.has(edge) || hovered) {
      res.color = edge === state.edge || hovered ? p.accent : p.edgeFocus;
      res.label = str(data.label) || str(data.relation);
      res.forceLabel = true;
      res.zIndex = 2;
      res.size = (res.size ?? 1) + 1;
    } else if (focusNodes.size > 0) {
      res.color = p.greyEdge;
      res.zIndex = 0;
    }
  }
  return res;
}

// Labels: sigma's grid keeps one per cell; on top of that a label that would overlap
// one already drawn in this frame is left out (forced labels always draw), and each
// label has a halo in the background colour so it stays readable over edges.
// The biggest entities reserve room for their labels first, so that a small node in
// the top-left is not the one that wins.
type Box = { x1: number; y1: number; x2: number; y2: number };
let labelBoxes: Box[] = [];
const reserved = new Map<string, Box>();
let bigNodes: string[] = [];
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function labelBox(ctx: CanvasRenderingContext2D, label: string, x: number, y: number, nodeSize: number, fontSize: number): Box {
  const lx = x + nodeSize + 3;
  const w = ctx.measureText(label).width;
  return { x1: lx - 2, y1: y - fontSize / 2 - 2, x2: lx + w + 2, y2: y + fontSize / 2 + 2 };
}

function reserveBigLabels(r: Sigma): void {
  labelBoxes = [];
  reserved.clear();
  const ctx = r.getCanvases().labels?.getContext("2d");
  if (!ctx) return;
  const settings = r.getSettings();
  ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const { width, height } = r.getDimensions();
  for (const node of bigNodes) {
    const d = r.getNodeDisplayData(node);
    if (!d || d.hidden || !d.label) continue;
    const size = r.scaleSize(d.size);
    if (size < settings.labelRenderedSizeThreshold) continue;
    const v = r.framedGraphToViewport(d);
    if (v.x < 0 || v.y < 0 || v.x > width || v.y > height) continue;
    const box = labelBox(ctx, d.label, v.x, v.y, size, settings.labelSize);
    if ([...reserved.values()].some((b) => overlaps(b, box))) continue;
    reserved.set(node, box);
  }
}

const drawLabel: NodeLabelDrawingFunction = (ctx, data, settings) => {
  const label = typeof data.label === "string" ? data.label : "";
  if (!label) return;
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const key = (data as { key?: string }).key ?? "";
  const box = labelBox(ctx, label, data.x, data.y, data.size, size);
  if (!data.forceLabel && !reserved.has(key)) {
    if (labelBoxes.some((b) => overlaps(b, box))) return;
    for (const [k, b] of reserved) if (k !== key && overlaps(b, box)) return;
  }
  labelBoxes.push(box);
  const p = palette();
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = p.bg;
  ctx.strokeText(label, x, data.y + size / 3);
  ctx.fillStyle = p.fg;
  ctx.fillText(label, x, data.y + size / 3);
};

const drawHover: NodeHoverDrawingFunction = (ctx, data, settings) => {
  const p = palette();
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const label = typeof data.label === "string" ? data.label : "";
  ctx.save();
  ctx.fillStyle = p.panel;
  ctx.shadowOffsetX = 0;
  ctx.shadowOffsetY = 1;
  ctx.shadowBlur = 6;
  ctx.shadowColor = theme === "dark" ? "rgba(0,0,0,0.8)" : "rgba(0,0,0,0.3)";
  const pad = 3;
  ctx.beginPath();
  ctx.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
  ctx.fill();
  if (label) {
    const w = ctx.measureText(label).width;
    const boxH = size + 2 * pad + 2;
    ctx.fillRect(data.x, data.y - boxH / 2, data.size + pad + 4 + w + 6, boxH);
  }
  ctx.restore();
  if (label) {
    ctx.fillStyle = p.fg;
    ctx.fillText(label, data.x + data.size + pad + 4, data.y + size / 3);
  }
};

// ---------------------------------------------------------------- renderer events

function wireRenderer(r: Sigma): void {
  const container = byId("graph-container");
  r.on("beforeRender", () => reserveBigLabels(r));
  r.on("enterNode", ({ node }) => {
    hoveredNode = node;
    container.style.cursor = "pointer";
    computeFocus();
    r.scheduleRefresh();
  });
  r.on("leaveNode", () => {
    hoveredNode = null;
    container.style.cursor = "";
    computeFocus();
    r.scheduleRefresh();
  });
  r.on("enterEdge", ({ edge }) => {
    hoveredEdge = edge;
    container.style.cursor = "pointer";
    r.scheduleRefresh();
  });
  r.on("leaveEdge", () => {
    hoveredEdge = null;
    container.style.cursor = "";
    r.scheduleRefresh();
  });
  r.on("clickNode", ({ node }) => selectNode(node, false));
  r.on("clickEdge", ({ edge }) => selectEdge(edge));
  r.on("clickStage", () => clearSelection());
  r.getCamera().on("updated", (cam) => {
    state.camera = { x: cam.x, y: cam.y, ratio: cam.ratio, angle: cam.angle };
    writeUrl(300);
  });
}

// ---------------------------------------------------------------- selection

function moveCameraTo(node: string): void {
  if (!renderer) return;
  const d = renderer.getNodeDisplayData(node);
  if (!d) return;
  const cam = renderer.getCamera();
  void cam.animate({ x: d.x, y: d.y, ratio: Math.min(cam.ratio, 0.35) }, { duration: 450 });
}

function selectNode(key: string, moveCamera: boolean): void {
  if (!graph || !graph.hasNode(key)) return;
  state.node = key;
  state.edge = undefined;
  afterSelection();
  if (moveCamera) moveCameraTo(key);
}

function selectEdge(key: string): void {
  if (!graph || !graph.hasEdge(key)) return;
  state.node = undefined;
  state.edge = key;
  afterSelection();
}

function clearSelection(): void {
  if (!state.node && !state.edge) return;
  state.node = undefined;
  state.edge = undefined;
  afterSelection();
}

function afterSelection(): void {
  computeFocus();
  renderer?.refresh();
  renderPanel();
  writeUrl();
}

// ---------------------------------------------------------------- side panel

function entityButton(key: string): HTMLElement {
  const a = graph!.getNodeAttributes(key);
  const b = h("button", { cls: "entity-link", attrs: { type: "button" } });
  const sw = h("span", { cls: "swatch", attrs: { "aria-hidden": "true" } });
  sw.style.setProperty("--swatch", kindColor(str(a.kind)));
  b.append(sw, document.createTextNode(str(a.label) || key));
  b.title = `${str(a.kind)} — show ${str(a.label)}`;
  b.addEventListener("click", () => selectNode(key, true));
  return b;
}

function articleMeta(id: string): string {
  const art = articles.get(id);
  if (!art) return id;
  return [art.date, art.source].filter(Boolean).join(" · ");
}

function namesOf(key: string): string[] {
  const a = graph!.getNodeAttributes(key);
  return [str(a.label), ...strings(a.aliases)];
}

function sentenceBlock(sentence: string, names: string[]): HTMLElement {
  const q = h("blockquote", { cls: "sentence" });
  for (const piece of highlightPieces(sentence, names)) {
    q.append(piece.mark ? h("mark", { text: piece.text }) : document.createTextNode(piece.text));
  }
  return q;
}

function evidenceItem(edge: string, ev: Evidence, index: number): HTMLElement {
  const [s, t] = graph!.extremities(edge);
  const li = h("li", { cls: "evidence" });
  li.append(sentenceBlock(str(ev.sentence), [...namesOf(s), ...namesOf(t)]));
  const meta = h("div", { cls: "ev-meta" });
  const doc = str(ev.doc);
  const art = articles.get(doc);
  const bits: string[] = [];
  const date = evidenceDate(ev);
  if (ev.eventDate && ev.eventDate !== ev.articleDate) bits.push(`event ${ev.eventDate}`);
  else if (date) bits.push(date);
  if (ev.verb) bits.push(`“${ev.verb}”`);
  if (ev.modality && ev.modality !== "asserted") bits.push(ev.modality);
  if (ev.role) bits.push(`role: ${ev.role}`);
  if (doc) {
    const ref: ArticleRef = { doc, edge, ev: index };
    if (typeof ev.start === "number" && typeof ev.end === "number") {
      ref.start = ev.start;
      ref.end = ev.end;
    }
    const link = h("a", {
      cls: "open-article",
      text: art?.title ? art.title : doc,
      attrs: { href: articleHref(ref) },
      title: "Open the article with this sentence highlighted",
    });
    link.addEventListener("click", (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      void openArticle(ref, true);
    });
    meta.append(link);
    const am = art ? [art.source].filter(Boolean).join("") : "";
    if (am) meta.append(h("span", { cls: "sep", text: " · " }), h("span", { text: am }));
  }
  for (const b of bits) meta.append(h("span", { cls: "sep", text: " · " }), h("span", { text: b }));
  li.append(meta);
  return li;
}

function evidenceList(edge: string): HTMLElement {
  const ul = h("ul", { cls: "evidence-list" });
  const ev = (graph!.getEdgeAttribute(edge, "evidence") as Evidence[]) ?? [];
  ev.forEach((e, i) => ul.append(evidenceItem(edge, e, i)));
  if (ev.length === 0) ul.append(h("li", { cls: "muted", text: "No evidence stored." }));
  return ul;
}

function relationName(rel: string, fallback: string): string {
  return (RELATIONS as Record<string, { label: string }>)[rel]?.label ?? (fallback || rel);
}

function renderPanel(): void {
  const panel = byId("panel-content");
  if (!graph) {
    panel.replaceChildren();
    return;
  }
  if (state.node && graph.hasNode(state.node)) panel.replaceChildren(...nodePanel(state.node));
  else if (state.edge && graph.hasEdge(state.edge)) panel.replaceChildren(...edgePanel(state.edge));
  else
    panel.replaceChildren(
      h("p", { cls: "hint", text: "Click an entity or a relation, or search (press /), to see who did what to whom and the sentences that say so." }),
      h("p", { cls: "hint", text: "Esc clears the selection." }),
    );
  byId("panel").scrollTop = 0;
}

function nodePanel(key: string): Node[] {
  const g = graph!;
  const a = g.getNodeAttributes(key);
  const out: Node[] = [];
  const kind = str(a.kind);
  const head = h("header", { cls: "panel-head" });
  const chip = h("span", { cls: "kind-chip", text: kind });
  chip.style.setProperty("--swatch", kindColor(kind));
  head.append(h("h2", { cls: "entity-name", text: str(a.label) || key }), chip);
  out.push(head);
  const aliases = strings(a.aliases).filter((x) => x !== a.label);
  if (aliases.length) out.push(h("p", { cls: "aliases" }, h("span", { cls: "muted", text: "Also: " }), aliases.join(", ")));

  const docs = strings(a.docs);
  const sec = h("section", {}, h("h3", { text: `Mentioned in ${docs.length} article${docs.length === 1 ? "" : "s"}` }));
  const ul = h("ul", { cls: "articles" });
  for (const d of docs) {
    const art = articles.get(d);
    const link = h("a", { text: art?.title ?? d, attrs: { href: articleHref({ doc: d }) } });
    link.addEventListener("click", (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      void openArticle({ doc: d }, true);
    });
    ul.append(h("li", {}, link, h("span", { cls: "muted", text: art ? "  " + articleMeta(d) : "" })));
  }
  sec.append(ul);
  out.push(sec);

  // relations grouped by type and direction
  const groups = new Map<string, { rel: string; label: string; dir: "out" | "in"; edges: string[] }>();
  g.forEachOutEdge(key, (e, ea) => {
    const gk = "out:" + str(ea.relation);
    if (!groups.has(gk)) groups.set(gk, { rel: str(ea.relation), label: str(ea.label), dir: "out", edges: [] });
    groups.get(gk)!.edges.push(e);
  });
  g.forEachInEdge(key, (e, ea, s, t) => {
    if (s === t) return; // self-loop listed once, as outgoing
    const gk = "in:" + str(ea.relation);
    if (!groups.has(gk)) groups.set(gk, { rel: str(ea.relation), label: str(ea.label), dir: "in", edges: [] });
    groups.get(gk)!.edges.push(e);
  });
  const rels = h("section", { cls: "relations" }, h("h3", { text: `Relations (${g.degree(key)})` }));
  const order = [...groups.values()].sort(
    (x, y) => (x.dir === y.dir ? 0 : x.dir === "out" ? -1 : 1) || RELATION_TYPES.indexOf(x.rel as never) - RELATION_TYPES.indexOf(y.rel as never),
  );
  for (const grp of order) {
    const name = relationName(grp.rel, grp.label);
    const box = h("div", { cls: "rel-group", attrs: { "data-relation": grp.rel, "data-dir": grp.dir } });
    box.append(
      h(
        "h4",
        {},
        grp.dir === "out" ? h("span", { cls: "muted", text: `${str(a.label)} ` }) : null,
        h("span", { cls: "rel-name", text: grp.dir === "out" ? `${name} →` : `← ${name}` }),
        grp.dir === "in" ? h("span", { cls: "muted", text: ` ${str(a.label)}` }) : null,
      ),
    );
    const addItems = (edges: string[]) => {
      for (const e of edges) {
        const other = grp.dir === "out" ? g.target(e) : g.source(e);
        const item = h("div", { cls: "rel-item" + (vis.edges.has(e) ? "" : " filtered") });
        const edgeBtn = h("button", { cls: "edge-link", text: "⤢", title: "Show this relation", attrs: { type: "button", "aria-label": "Show this relation" } });
        edgeBtn.addEventListener("click", () => selectEdge(e));
        item.append(h("div", { cls: "rel-target" }, entityButton(other), edgeBtn), evidenceList(e));
        box.append(item);
      }
    };
    // a hub can have thousands of relations: draw the first ones, the rest on demand
    const FIRST = 25;
    addItems(grp.edges.slice(0, FIRST));
    if (grp.edges.length > FIRST) {
      const more = h("button", { cls: "more", text: `Show ${grp.edges.length - FIRST} more`, attrs: { type: "button" } });
      more.addEventListener("click", () => {
        more.remove();
        addItems(grp.edges.slice(FIRST));
      });
      box.append(more);
    }
    rels.append(box);
  }
  if (groups.size === 0) rels.append(h("p", { cls: "muted", text: "No relations." }));
  out.push(rels);
  return out;
}

function edgePanel(edge: string): Node[] {
  const g = graph!;
  const [s, t] = g.extremities(edge);
  const out: Node[] = [];
  out.push(h("header", { cls: "panel-head" }, h("h2", { cls: "pair" }, entityButton(s), h("span", { cls: "muted", text: " ⇄ " }), entityButton(t))));
  const all = pairEdges(s, t);
  out.push(h("p", { cls: "muted", text: `${all.length} relation${all.length === 1 ? "" : "s"} between them` }));
  for (const e of all) {
    const ea = g.getEdgeAttributes(e);
    const box = h("div", { cls: "rel-group" + (e === edge ? " current" : ""), attrs: { "data-relation": str(ea.relation) } });
    box.append(
      h(
        "h4",
        {},
        h("span", { text: str(g.getNodeAttribute(g.source(e), "label")) }),
        h("span", { cls: "rel-name", text: ` ${relationName(str(ea.relation), str(ea.label))} ` }),
        h("span", { text: str(g.getNodeAttribute(g.target(e), "label")) }),
      ),
      evidenceList(e),
    );
    out.push(box);
  }
  return out;
}

// ---------------------------------------------------------------- article reader

function articleText(doc: string): Promise<string | null> {
  if (!/^[\w.-]+$/.test(doc)) return Promise.resolve(null);
  if (embeddedTexts) return Promise.resolve(typeof embeddedTexts[doc] === "string" ? embeddedTexts[doc] : null);
  if (location.protocol === "file:") return Promise.resolve(null);
  let p = textCache.get(doc);
  if (!p) {
    p = fetch("article/" + encodeURIComponent(doc))
      .then((r) => (r.ok ? r.text() : null))
      .catch(() => null);
    textCache.set(doc, p);
  }
  return p;
}

async function openArticle(ref: ArticleRef, updateUrl: boolean): Promise<void> {
  const reader = byId("reader");
  const body = byId("reader-text");
  const art = articles.get(ref.doc);
  byId("reader-title").textContent = art?.title ?? ref.doc;
  byId("reader-meta").textContent = [art?.date, art?.source, ref.doc].filter(Boolean).join(" · ");
  body.replaceChildren(h("p", { cls: "muted", text: "Loading…" }));
  reader.hidden = false;
  byId("reader-close").focus();
  state.article = ref;
  if (updateUrl) writeUrl();
  let sentence = "";
  if (ref.edge && graph?.hasEdge(ref.edge) && typeof ref.ev === "number") {
    const ev = (graph.getEdgeAttribute(ref.edge, "evidence") as Evidence[])?.[ref.ev];
    if (ev) sentence = str(ev.sentence);
  }
  const text = await articleText(ref.doc);
  if (state.article !== ref) return;
  if (text === null) {
    body.replaceChildren(h("p", { cls: "muted", text: "The article’s cleaned text is not available here." }));
    if (sentence) body.append(h("blockquote", {}, h("mark", { text: sentence })));
    return;
  }
  const at = sentence || typeof ref.start === "number" ? locateSentence(text, sentence, ref.start, ref.end) : null;
  if (!at) {
    body.replaceChildren(document.createTextNode(text));
    if (sentence) body.prepend(h("p", { cls: "muted", text: "The sentence was not found verbatim in this text." }));
    return;
  }
  const mark = h("mark", { cls: "hl", text: text.slice(at.start, at.end) });
  body.replaceChildren(document.createTextNode(text.slice(0, at.start)), mark, document.createTextNode(text.slice(at.end)));
  mark.scrollIntoView({ block: "center" });
}

function closeArticle(): void {
  byId("reader").hidden = true;
  state.article = undefined;
  writeUrl();
}

// ---------------------------------------------------------------- filters

function chip(label: string, color: string | null, pressed: boolean, onClick: (e: MouseEvent) => void): HTMLButtonElement {
  const b = h("button", { cls: "chip", attrs: { type: "button", "aria-pressed": String(pressed) } });
  if (color) {
    const sw = h("span", { cls: "swatch", attrs: { "aria-hidden": "true" } });
    sw.style.setProperty("--swatch", color);
    b.append(sw);
  }
  b.append(h("span", { cls: "chip-label", text: label }), h("span", { cls: "count" }));
  b.addEventListener("click", onClick);
  return b;
}

function buildFilterUi(): void {
  const g = graph!;
  const kinds = new Set<string>();
  g.forEachNode((_n, a) => kinds.add(str(a.kind)));
  const kindOrder = [...ENTITY_KINDS.filter((k) => kinds.has(k)), ...[...kinds].filter((k) => !(ENTITY_KINDS as readonly string[]).includes(k)).sort()];
  const kc = byId("kind-chips");
  kc.replaceChildren();
  for (const k of kindOrder) {
    const b = chip(k, kindColor(k), !state.hiddenKinds.includes(k), (e) => toggleIn("hiddenKinds", k, kindOrder, e.altKey));
    b.dataset.kind = k;
    kc.append(b);
  }
  const rels = new Set<string>();
  g.forEachEdge((_e, a) => rels.add(str(a.relation)));
  const relOrder = [...RELATION_TYPES.filter((r) => rels.has(r)), ...[...rels].filter((r) => !(RELATION_TYPES as string[]).includes(r)).sort()];
  const rc = byId("relation-chips");
  rc.replaceChildren();
  for (const r of relOrder) {
    const b = chip(relationName(r, r), null, !state.hiddenRelations.includes(r), (e) => toggleIn("hiddenRelations", r, relOrder, e.altKey));
    b.dataset.relation = r;
    rc.append(b);
  }
  const list = byId("article-list");
  list.replaceChildren();
  const sorted = [...articles.values()].sort((x, y) => str(y.date).localeCompare(str(x.date)) || str(x.title).localeCompare(str(y.title)));
  for (const art of sorted) {
    const cb = h("input", { attrs: { type: "checkbox", value: art.id } });
    cb.checked = state.docs.includes(art.id);
    cb.addEventListener("change", () => {
      const set = new Set(state.docs);
      if (cb.checked) set.add(art.id);
      else set.delete(art.id);
      state.docs = [...set];
      recompute(true);
    });
    list.append(
      h("label", { cls: "article-item" }, cb, h("span", {}, h("span", { cls: "title", text: art.title ?? art.id }), h("span", { cls: "muted", text: " " + [art.date, art.source].filter(Boolean).join(" · ") }))),
    );
  }
  if (sorted.length === 0) list.append(h("p", { cls: "muted", text: "No article list in this graph." }));
  const ext = dateExtent(g);
  const from = byId<HTMLInputElement>("date-from");
  const to = byId<HTMLInputElement>("date-to");
  for (const inp of [from, to]) {
    inp.min = ext.min ?? "";
    inp.max = ext.max ?? "";
  }
  from.value = state.from && state.from.length === 10 ? state.from : "";
  to.value = state.to && state.to.length === 10 ? state.to : "";
  byId("date-extent").textContent = ext.min ? `Evidence from ${ext.min} to ${ext.max}` : "No dated evidence.";
  byId<HTMLInputElement>("grey-mode").checked = state.mode === "grey";
}

function toggleIn(field: "hiddenKinds" | "hiddenRelations", value: string, all: string[], solo: boolean): void {
  const set = new Set(state[field]);
  if (solo) {
    // Alt-click: show only this one (or everything again)
    const onlyThis = set.size === all.length - 1 && !set.has(value);
    state[field] = onlyThis ? [] : all.filter((x) => x !== value);
  } else {
    if (set.has(value)) set.delete(value);
    else set.add(value);
    state[field] = [...set];
  }
  recompute(true);
}

function updateChipCounts(): void {
  for (const b of byId("kind-chips").querySelectorAll<HTMLButtonElement>("button.chip")) {
    const k = b.dataset.kind ?? "";
    const c = vis.kindCounts[k] ?? { visible: 0, total: 0 };
    b.setAttribute("aria-pressed", String(!state.hiddenKinds.includes(k)));
    b.querySelector(".count")!.textContent = `${c.visible}/${c.total}`;
    b.title = `${k}: ${c.visible} of ${c.total} shown. Click to toggle, Alt-click to show only ${k}.`;
  }
  for (const b of byId("relation-chips").querySelectorAll<HTMLButtonElement>("button.chip")) {
    const r = b.dataset.relation ?? "";
    const c = vis.relationCounts[r] ?? { visible: 0, total: 0 };
    b.setAttribute("aria-pressed", String(!state.hiddenRelations.includes(r)));
    b.querySelector(".count")!.textContent = `${c.visible}/${c.total}`;
    b.title = `${r}: ${c.visible} of ${c.total} shown. Click to toggle, Alt-click to show only this relation.`;
  }
  for (const cb of byId("article-list").querySelectorAll<HTMLInputElement>("input[type=checkbox]")) cb.checked = state.docs.includes(cb.value);
  const g = graph;
  if (g) byId("filter-summary").textContent = `Showing ${vis.nodes.size} of ${g.order} entities and ${vis.edges.size} of ${g.size} relations`;
}

function recompute(updateUrl: boolean): void {
  if (!graph) return;
  vis = computeVisibility(graph, filtersFromState());
  computeFocus();
  updateChipCounts();
  renderer?.refresh();
  if (updateUrl) {
    writeUrl();
    if (state.node || state.edge) renderPanel();
  }
}

// ---------------------------------------------------------------- search

let hits: SearchHit[] = [];
let active = -1;

function renderHits(): void {
  const list = byId("search-results");
  const input = byId<HTMLInputElement>("search");
  list.replaceChildren();
  hits.forEach((hit, i) => {
    const a = graph!.getNodeAttributes(hit.key);
    const li = h("li", { attrs: { role: "option", id: `hit-${i}`, "aria-selected": String(i === active) } });
    const sw = h("span", { cls: "swatch", attrs: { "aria-hidden": "true" } });
    sw.style.setProperty("--swatch", kindColor(str(a.kind)));
    li.append(sw, h("span", { cls: "hit-label", text: hit.label }));
    if (hit.alias) li.append(h("span", { cls: "muted", text: ` (${hit.alias})` }));
    li.append(h("span", { cls: "hit-kind muted", text: str(a.kind) }));
    li.addEventListener("mousedown", (e) => {
      e.preventDefault();
      chooseHit(i);
    });
    list.append(li);
  });
  if (hits.length === 0 && input.value.trim()) list.append(h("li", { cls: "muted empty", text: "No entity matches." }));
  list.hidden = !input.value.trim();
  input.setAttribute("aria-expanded", String(!list.hidden));
  if (active >= 0) input.setAttribute("aria-activedescendant", `hit-${active}`);
  else input.removeAttribute("aria-activedescendant");
}

function chooseHit(i: number): void {
  const hit = hits[i];
  if (!hit) return;
  const input = byId<HTMLInputElement>("search");
  input.value = hit.label;
  byId("search-results").hidden = true;
  input.setAttribute("aria-expanded", "false");
  selectNode(hit.key, true);
}

// ---------------------------------------------------------------- layout

function startLayout(): void {
  if (!graph) return;
  if (!layout) {
    const settings = inferSettings(graph);
    layout = new FA2Layout(graph, { settings: { ...settings, barnesHutOptimize: graph.order > 300, slowDown: 5 } });
  }
  layout.start();
  byId<HTMLButtonElement>("layout-start").disabled = true;
  byId<HTMLButtonElement>("layout-stop").disabled = false;
}

function stopLayout(): void {
  if (layout?.isRunning()) layout.stop();
  const startBtn = document.getElementById("layout-start") as HTMLButtonElement | null;
  const stopBtn = document.getElementById("layout-stop") as HTMLButtonElement | null;
  if (startBtn) startBtn.disabled = false;
  if (stopBtn) stopBtn.disabled = true;
}

function resetLayout(): void {
  if (!graph) return;
  stopLayout();
  for (const [n, p] of originalPositions) if (graph.hasNode(n)) graph.mergeNodeAttributes(n, p);
}

// ---------------------------------------------------------------- export

function composite(): HTMLCanvasElement | null {
  if (!renderer) return null;
  renderer.refresh(); // synchronous render, so the WebGL buffers are still readable now
  const canvases = renderer.getCanvases();
  const first = canvases.edges ?? Object.values(canvases)[0];
  if (!first) return null;
  const out = document.createElement("canvas");
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = palette().bg;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const id of ["edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"]) {
    const c = canvases[id];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return out;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function visibleSubgraph(): Graph {
  const g = graph!;
  const sub = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  const arts = ((g.getAttribute("articles") as Attrs[]) ?? []).filter((a) => state.docs.length === 0 || state.docs.includes(str(a.id)));
  sub.replaceAttributes({ ...g.getAttributes(), articles: arts });
  for (const n of vis.nodes) sub.addNode(n, { ...g.getNodeAttributes(n) });
  for (const e of vis.edges) sub.addEdgeWithKey(e, g.source(e), g.target(e), { ...g.getEdgeAttributes(e) });
  return sub;
}

function baseName(): string {
  return (sourceName.split("/").pop() ?? "graph").replace(/\.json$/i, "").replace(/[^\w.-]+/g, "_") || "graph";
}

function exportPng(): void {
  const c = composite();
  if (!c) return;
  c.toBlob((b) => b && download(b, `${baseName()}-view.png`), "image/png");
}

function exportJson(): void {
  if (!graph) return;
  download(new Blob([JSON.stringify(visibleSubgraph().export(), null, 1)], { type: "application/json" }), `${baseName()}-visible.json`);
}

function exportGexf(): void {
  if (!graph) return;
  const sub = visibleSubgraph();
  const xml = writeGexf(sub, {
    formatNode: (key, a) => ({
      label: str(a.label) || key,
      attributes: { kind: str(a.kind), aliases: strings(a.aliases).join(" | "), docs: strings(a.docs).join(" | ") },
      viz: { color: kindColor(str(a.kind)), size: sizes.get(key) ?? 4, x: a.x as number, y: a.y as number },
    }),
    formatEdge: (_key, a) => ({
      label: str(a.label),
      weight: Array.isArray(a.evidence) ? a.evidence.length : 1,
      attributes: { relation: str(a.relation), evidence: JSON.stringify(a.evidence ?? []) },
    }),
  });
  download(new Blob([xml], { type: "application/xml" }), `${baseName()}-visible.gexf`);
}

// ---------------------------------------------------------------- theme & UI wiring

function applyTheme(t: "light" | "dark", remember: boolean): void {
  theme = t;
  document.documentElement.dataset.theme = t;
  if (remember) {
    state.theme = t;
    writeUrl();
  }
  const btn = document.getElementById("theme-toggle");
  if (btn) btn.setAttribute("aria-pressed", String(t === "dark"));
  if (renderer) {
    const p = palette();
    renderer.setSetting("labelColor", { color: p.fg });
    renderer.setSetting("edgeLabelColor", { color: p.muted });
    if (graph) buildFilterUi();
    updateChipCounts();
    renderPanel();
    renderer.refresh();
  }
}

function fitView(): void {
  void renderer?.getCamera().animatedReset({ duration: 300 });
}

function applyHashState(): void {
  const next = decodeState(location.hash);
  const articleBefore = state.article;
  state = next;
  if (state.theme && state.theme !== theme) applyTheme(state.theme, false);
  if (!graph) return;
  if (state.node && !graph.hasNode(state.node)) state.node = undefined;
  if (state.edge && !graph.hasEdge(state.edge)) state.edge = undefined;
  buildFilterUi();
  recompute(false);
  renderPanel();
  if (state.camera) renderer?.getCamera().setState(state.camera);
  if (state.article) void openArticle(state.article, false);
  else if (articleBefore) byId("reader").hidden = true;
}

function wireUi(): void {
  const input = byId<HTMLInputElement>("search");
  input.addEventListener("input", () => {
    hits = graph ? searchEntities(searchIndex, input.value, 12) : [];
    active = hits.length ? 0 : -1;
    renderHits();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      renderHits();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (hits.length) chooseHit(Math.max(0, active));
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      if (input.value) {
        input.value = "";
        hits = [];
        renderHits();
      } else input.blur();
    }
  });
  input.addEventListener("blur", () => setTimeout(() => (byId("search-results").hidden = true), 150));
  input.addEventListener("focus", () => {
    if (input.value.trim()) renderHits();
  });

  byId("fit").addEventListener("click", fitView);
  byId("zoom-in").addEventListener("click", () => void renderer?.getCamera().animatedZoom({ duration: 200 }));
  byId("zoom-out").addEventListener("click", () => void renderer?.getCamera().animatedUnzoom({ duration: 200 }));
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
  byId("theme-toggle").addEventListener("click", () => applyTheme(theme === "dark" ? "light" : "dark", true));
  byId("help-toggle").addEventListener("click", () => toggleHelp());
  byId("help-close").addEventListener("click", () => toggleHelp(false));
  byId("reader-close").addEventListener("click", closeArticle);
  byId("reader").addEventListener("click", (e) => {
    if (e.target === byId("reader")) closeArticle();
  });

  const from = byId<HTMLInputElement>("date-from");
  const to = byId<HTMLInputElement>("date-to");
  const onDate = () => {
    state.from = from.value || undefined;
    state.to = to.value || undefined;
    recompute(true);
  };
  from.addEventListener("change", onDate);
  to.addEventListener("change", onDate);
  byId("date-clear").addEventListener("click", () => {
    from.value = "";
    to.value = "";
    onDate();
  });
  byId<HTMLInputElement>("grey-mode").addEventListener("change", (e) => {
    state.mode = (e.target as HTMLInputElement).checked ? "grey" : "hide";
    recompute(true);
  });
  byId("filters-reset").addEventListener("click", () => {
    state.hiddenKinds = [];
    state.hiddenRelations = [];
    state.docs = [];
    state.from = state.to = undefined;
    from.value = to.value = "";
    recompute(true);
  });
  byId("articles-none").addEventListener("click", () => {
    state.docs = [];
    recompute(true);
  });

  const fileInput = byId<HTMLInputElement>("file-input");
  fileInput.addEventListener("change", async () => {
    const f = fileInput.files?.[0];
    if (f) openFile(f);
    fileInput.value = "";
  });
  const overlay = byId("drop-overlay");
  let depth = 0;
  window.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const f = e.dataTransfer?.files?.[0];
    if (f) openFile(f);
  });

  window.addEventListener("hashchange", applyHashState);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      if (!byId("help").hidden) return toggleHelp(false);
      if (!byId("reader").hidden) return closeArticle();
      if (isTyping(e.target)) return (e.target as HTMLElement).blur();
      clearSelection();
      return;
    }
    if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "/") {
      e.preventDefault();
      input.focus();
      input.select();
    } else if (e.key === "?") toggleHelp();
    else if (e.key === "t") applyTheme(theme === "dark" ? "light" : "dark", true);
    else if (e.key === "f" || e.key === "0") fitView();
    else if (e.key === "+" || e.key === "=") void renderer?.getCamera().animatedZoom({ duration: 200 });
    else if (e.key === "-") void renderer?.getCamera().animatedUnzoom({ duration: 200 });
    else if (e.key === "l") (layout?.isRunning() ? stopLayout : startLayout)();
  });
}

function openFile(f: File): void {
  f.text().then(
    (text) => {
      embeddedTexts = null;
      textCache.clear();
      state.node = state.edge = undefined;
      state.camera = undefined;
      state.article = undefined;
      byId("reader").hidden = true;
      loadText(text, f.name);
      writeUrl();
    },
    (err: Error) => showMessage(`Could not read ${f.name}.`, err.message),
  );
}

function toggleHelp(show?: boolean): void {
  const help = byId("help");
  help.hidden = show === undefined ? !help.hidden : !show;
  if (!help.hidden) byId("help-close").focus();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void boot());
else void boot();

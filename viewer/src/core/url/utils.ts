// The view state kept in the URL hash, so that a link reopens the same view.
// Pure: encode/decode only, no DOM.
import { EXPLORE_OPS, SIZE_MEASURES, type ExploreOp, type ExploreStep, type SizeMeasure, type ViewState } from "./types";

export function emptyState(): ViewState {
  return { hiddenKinds: [], hiddenRelations: [], docs: [], mode: "hide", showIsolates: false, minDegree: 0, minBy: "relations", sizeBy: "evidence", colorBy: "kind" };
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function list(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function num(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function round(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

function encodeScope(state: ViewState, p: URLSearchParams): void {
  if (state.showIsolates) p.set("iso", "1");
  if (state.minDegree > 0) p.set("min", String(state.minDegree));
  if (state.minBy === "mentions") p.set("by", "mentions");
  if (state.top !== undefined) p.set("top", String(state.top));
  if (state.sizeBy !== "evidence") p.set("size", state.sizeBy);
  if (state.colorBy === "community") p.set("color", "community");
  if (state.path) {
    p.set("path", `${state.path.from},${state.path.to}`);
    p.set("plen", String(state.path.maxLength));
  }
  if (state.pathWhole) p.set("pall", "1");
  if (state.explore?.length) p.set("ex", state.explore.map((s) => `${s.op}:${s.node}`).join(","));
}

/** "hood1:kursk,expand:russia" → steps; a malformed step drops the whole list (it would replay wrong). */
function decodeExplore(value: string | null): ExploreStep[] | undefined {
  const steps: ExploreStep[] = [];
  for (const item of list(value)) {
    const at = item.indexOf(":");
    const op = item.slice(0, at) as ExploreOp;
    if (at < 0 || !EXPLORE_OPS.includes(op) || at === item.length - 1) return undefined;
    steps.push({ op, node: item.slice(at + 1) });
  }
  return steps.length ? steps : undefined;
}

function decodeScope(p: URLSearchParams, s: ViewState): void {
  s.showIsolates = p.get("iso") === "1";
  const min = num(p.get("min") ?? undefined);
  if (min !== undefined && min > 0) s.minDegree = Math.floor(min);
  if (p.get("by") === "mentions") s.minBy = "mentions";
  const top = num(p.get("top") ?? undefined);
  if (top !== undefined && top >= 0) s.top = Math.floor(top);
  const size = p.get("size");
  if (SIZE_MEASURES.includes(size as SizeMeasure)) s.sizeBy = size as SizeMeasure;
  if (p.get("color") === "community") s.colorBy = "community";
  const [from, to, ...rest] = list(p.get("path"));
  if (from && to && rest.length === 0) {
    const plen = num(p.get("plen") ?? undefined);
    s.path = { from, to, maxLength: plen !== undefined && plen >= 1 && plen <= 6 ? Math.floor(plen) : 3 };
  }
  if (p.get("pall") === "1") s.pathWhole = true;
  const explore = decodeExplore(p.get("ex"));
  if (explore) s.explore = explore;
}

/** State → hash string (without "#"). Default values are left out. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.node) p.set("node", state.node);
  else if (state.edge) p.set("edge", state.edge);
  if (state.hiddenKinds.length) p.set("hk", [...state.hiddenKinds].sort().join(","));
  if (state.hiddenRelations.length) p.set("hr", [...state.hiddenRelations].sort().join(","));
  if (state.docs.length) p.set("docs", [...state.docs].sort().join(","));
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.mode === "grey") p.set("mode", "grey");
  if (state.theme) p.set("theme", state.theme);
  encodeScope(state, p);
  if (state.camera) {
    const c = state.camera;
    const parts = [round(c.x), round(c.y), round(c.ratio)];
    if (c.angle) parts.push(round(c.angle));
    p.set("cam", parts.join(","));
  }
  if (state.article) {
    const a = state.article;
    p.set("article", a.doc);
    if (typeof a.start === "number" && typeof a.end === "number") p.set("hl", `${a.start}-${a.end}`);
    if (a.edge) p.set("ae", a.edge);
    if (typeof a.ev === "number") p.set("ev", String(a.ev));
  }
  return p.toString();
}

/** Hash string (with or without "#") → state. Unknown or malformed values are dropped. */
export function decodeState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const s = emptyState();
  const node = p.get("node");
  const edge = p.get("edge");
  if (node) s.node = node;
  else if (edge) s.edge = edge;
  s.hiddenKinds = list(p.get("hk"));
  s.hiddenRelations = list(p.get("hr"));
  s.docs = list(p.get("docs"));
  const from = p.get("from");
  const to = p.get("to");
  if (from && DATE_RE.test(from)) s.from = from;
  if (to && DATE_RE.test(to)) s.to = to;
  if (p.get("mode") === "grey") s.mode = "grey";
  const theme = p.get("theme");
  if (theme === "light" || theme === "dark") s.theme = theme;
  decodeScope(p, s);
  const cam = p.get("cam");
  if (cam) {
    const [x, y, ratio, angle] = cam.split(",").map((v) => num(v));
    if (x !== undefined && y !== undefined && ratio !== undefined && ratio > 0) {
      s.camera = { x, y, ratio };
      if (angle) s.camera.angle = angle;
    }
  }
  const article = p.get("article");
  if (article && isDocId(article)) {
    s.article = { doc: article };
    const hl = /^(\d+)-(\d+)$/.exec(p.get("hl") ?? "");
    if (hl) {
      s.article.start = Number(hl[1]);
      s.article.end = Number(hl[2]);
    }
    const ae = p.get("ae");
    if (ae) s.article.edge = ae;
    const ev = num(p.get("ev") ?? undefined);
    if (ev !== undefined && ev >= 0) s.article.ev = Math.floor(ev);
  }
  return s;
}

/**
 * Whether a string can be a doc id of the build (src/ingest.ts usableDocId): not blank,
 * not "." or "..", at most 200 characters. Any other character is allowed ("a/b",
 * "with space", "日本"): the reader looks ids up in the graph and sends them URL-encoded.
 */
export function isDocId(id: string): boolean {
  return id.trim() !== "" && !/^\.{1,2}$/.test(id) && id.length <= 200;
}


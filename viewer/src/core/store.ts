// The one state object of the viewer. Modules read it with app() and change it
// through the functions here, so that every piece of mutable state has one home.
import type Graph from "graphology";
import type Sigma from "sigma";
import type FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ArticleInfo } from "../../../src/schema";
import type { ThemeName, ViewState } from "./url/types";
import type { Visibility } from "./filters/types";
import type { SearchHit, SearchIndex } from "./search/utils";
import type { EdgeShape } from "./graph/shapes";
import type { Bucket } from "./time/utils";
import { decodeState } from "./url/utils";

/** Paths between two entities: each path is its list of entities and the edge taken at each hop. */
export interface PathResult {
  from: string;
  to: string;
  paths: { nodes: string[]; edges: string[] }[];
  nodes: Set<string>;
  edges: Set<string>;
}

export interface TableState {
  open: boolean;
  tab: "entities" | "relations";
  sortBy: string;
  descending: boolean;
  query: string;
}

/** Measures computed for every entity (graphology-metrics, Louvain). */
export interface Metrics {
  pagerank: Record<string, number>;
  betweenness: Record<string, number>;
  community: Record<string, number>;
  communityCount: number;
}

/** An article as the viewer shows it: the graph's `articles` entry, title defaulting to the id. */
export type Article = Pick<ArticleInfo, "id" | "title"> & Partial<Pick<ArticleInfo, "date" | "source">>;

export interface AppState {
  graph: Graph | null;
  renderer: Sigma | null;
  layout: FA2Layout | null;
  /** performance.now() when the graph was first drawn; undefined while loading */
  readyAt: number | undefined;
  /** why the graph could not be opened */
  loadError: string | undefined;
  /** file or URL the graph came from, for export names */
  sourceName: string;
  /** what the URL keeps */
  view: ViewState;
  theme: ThemeName;
  vis: Visibility;
  articles: Map<string, Article>;
  /** cleaned article texts of a standalone page (null: fetch them from the server) */
  embeddedTexts: Record<string, string> | null;
  /** evidence-weighted degree and drawn size of each entity */
  weightedDegree: Map<string, number>;
  sizes: Map<string, number>;
  /** straight or curved (parallel) edges */
  edgeShapes: Map<string, EdgeShape>;
  /** edge width before evidence count: thin in a big graph */
  baseEdgeSize: number;
  /** positions as loaded, for "Reset layout" */
  originalPositions: Map<string, { x: number; y: number }>;
  /** entities with at least one relation */
  linkedCount: number;
  /** Bloom-style exploration: the entities shown, and the earlier steps for undo */
  explore: { within: Set<string> | null; history: (Set<string> | null)[] };
  /** the paths found for view.path */
  paths: PathResult | null;
  /** per-entity measures for sizing, and communities for colouring, once computed */
  metrics: Metrics | null;
  /** what the metrics worker is doing, shown as a progress line */
  metricsProgress: string;
  /** evidence per month or week, and the player's timer while it plays */
  timeline: { buckets: Bucket[]; playTimer: number | undefined };
  /** the data table: open or not, which table, sort and search */
  table: TableState;
  searchIndex: SearchIndex;
  search: { hits: SearchHit[]; active: number };
  hoveredNode: string | null;
  hoveredEdge: string | null;
  /** the hovered or selected entity with its neighbourhood, or the selected pair */
  focusNodes: Set<string>;
  focusEdges: Set<string>;
}

function emptyVisibility(): Visibility {
  return { nodes: new Set(), edges: new Set(), kindCounts: {}, relationCounts: {}, outOfScope: new Set(), hidden: { isolates: 0, degree: 0, top: 0, outside: 0 } };
}

const state: AppState = {
  graph: null,
  renderer: null,
  layout: null,
  readyAt: undefined,
  loadError: undefined,
  sourceName: "graph.json",
  view: decodeState(typeof location === "undefined" ? "" : location.hash),
  theme: "light",
  vis: emptyVisibility(),
  articles: new Map(),
  embeddedTexts: null,
  weightedDegree: new Map(),
  sizes: new Map(),
  edgeShapes: new Map(),
  baseEdgeSize: 2,
  originalPositions: new Map(),
  linkedCount: 0,
  explore: { within: null, history: [] },
  paths: null,
  metrics: null,
  metricsProgress: "",
  timeline: { buckets: [], playTimer: undefined },
  table: { open: false, tab: "entities", sortBy: "relations", descending: true, query: "" },
  searchIndex: { items: [] },
  search: { hits: [], active: -1 },
  hoveredNode: null,
  hoveredEdge: null,
  focusNodes: new Set(),
  focusEdges: new Set(),
};

export function app(): Readonly<AppState> {
  return state;
}

export function updateApp(patch: Partial<AppState>): void {
  Object.assign(state, patch);
}

export function updateView(patch: Partial<ViewState>): void {
  Object.assign(state.view, patch);
}

export function replaceView(view: ViewState): void {
  state.view = view;
}

/** The loaded graph; only called once one is loaded. */
export function loadedGraph(): Graph {
  if (!state.graph) throw new Error("viewer: no graph loaded yet");
  return state.graph;
}

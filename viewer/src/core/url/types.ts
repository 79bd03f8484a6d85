// The view state: everything a link reopens (selection, filters, camera, theme, article).

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle?: number;
}

export interface ArticleRef {
  doc: string;
  start?: number;
  end?: number;
  /** edge key and evidence index, to find the sentence when offsets are missing */
  edge?: string;
  ev?: number;
}

export interface ViewState {
  node?: string;
  edge?: string;
  hiddenKinds: string[];
  hiddenRelations: string[];
  /** articles to keep (empty = all) */
  docs: string[];
  from?: string;
  to?: string;
  camera?: CameraState;
  /** how filtered-out items are shown */
  mode: "hide" | "grey";
  theme?: ThemeName;
  article?: ArticleRef;
  /** draw entities that have no shown relation */
  showIsolates: boolean;
  /** hide entities with fewer relations (or articles) than this */
  minDegree: number;
  minBy: "relations" | "mentions";
  /** show only the N most connected entities; undefined = the default for the graph's size, 0 = all */
  top?: number;
  sizeBy: SizeMeasure;
  colorBy: "kind" | "community";
  /** a path asked for between two entities, up to maxLength hops */
  path?: { from: string; to: string; maxLength: number };
  /** paths through the whole graph, not only what the filters show */
  pathWhole?: boolean;
  /** the exploration steps taken, oldest first (replayed to restore it; undo drops the last) */
  explore?: ExploreStep[];
}

/** One Bloom-style step: show only the neighbourhood of `node`, or add its neighbours. */
export interface ExploreStep {
  op: ExploreOp;
  node: string;
}
export type ExploreOp = "hood1" | "hood2" | "expand";
export const EXPLORE_OPS: readonly ExploreOp[] = ["hood1", "hood2", "expand"];

export type SizeMeasure = "evidence" | "mentions" | "pagerank" | "betweenness";
export const SIZE_MEASURES: readonly SizeMeasure[] = ["evidence", "mentions", "pagerank", "betweenness"];

export type ThemeName = "light" | "dark";

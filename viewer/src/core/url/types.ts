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
}

export type ThemeName = "light" | "dark";

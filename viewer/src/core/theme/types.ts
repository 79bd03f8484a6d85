/** The colours the canvas and the labels need; the page's CSS follows data-theme. */
export interface Palette {
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

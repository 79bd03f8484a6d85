// Filter inputs and results, shared by the pure filter logic and the filter panel.
import type { Attributes } from "graphology-types";

export interface Filters {
  hiddenKinds: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** articles to keep; empty = all */
  docs: ReadonlySet<string>;
  /** ISO dates, inclusive; partial dates (YYYY, YYYY-MM) allowed */
  from?: string;
  to?: string;
}

export interface Count {
  visible: number;
  total: number;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  kindCounts: Record<string, Count>;
  relationCounts: Record<string, Count>;
}

/** The part of a graphology graph the filters read. */
export interface GraphLike {
  forEachNode(cb: (key: string, attrs: Attributes) => void): void;
  forEachEdge(cb: (key: string, attrs: Attributes, source: string, target: string) => void): void;
}

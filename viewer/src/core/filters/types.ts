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
  /** entities left out by the scope (never drawn, not even greyed) */
  outOfScope: Set<string>;
  /** how many entities each scope rule left out */
  hidden: { isolates: number; degree: number; top: number; outside: number };
}

export type DegreeMeasure = "relations" | "mentions";

/** Which part of the filtered graph to show; applied after the filters. */
export interface Scope {
  showIsolates: boolean;
  /** entities need at least this many visible relations (or articles) */
  minDegree: number;
  minBy: DegreeMeasure;
  /** keep the N heaviest entities (0 = all) */
  topN: number;
  /** rank for top N: higher first */
  weight?: ReadonlyMap<string, number>;
  /** only these entities (a neighbourhood being explored) */
  within?: ReadonlySet<string>;
  /** entities and relations always shown (a path) */
  alwaysNodes?: ReadonlySet<string>;
  alwaysEdges?: ReadonlySet<string>;
}

/** The part of a graphology graph the filters read. */
export interface GraphLike {
  /** number of entities and relations */
  readonly order: number;
  readonly size: number;
  forEachNode(cb: (key: string, attrs: Attributes) => void): void;
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
  getNodeAttribute(key: string, name: string): unknown;
  forEachEdge(cb: (key: string, attrs: Attributes, source: string, target: string) => void): void;
}

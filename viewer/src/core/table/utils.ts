// The data table's rows (entities, relations), sorting, searching and CSV. Pure, no DOM.
import type Graph from "graphology";
import { evidenceDate, evidenceList, highEnd, lowEnd } from "../filters/utils";
import { normalize } from "../search/utils";

export type Cell = string | number;
export interface Column {
  key: string;
  title: string;
  numeric?: boolean;
}
export interface Row {
  /** node or edge key, to select it */
  id: string;
  cells: Record<string, Cell>;
}

export const ENTITY_COLUMNS: Column[] = [
  { key: "name", title: "Name" },
  { key: "kind", title: "Kind" },
  { key: "articles", title: "Articles", numeric: true },
  { key: "relations", title: "Relations", numeric: true },
  { key: "degree", title: "Degree", numeric: true },
];

export const RELATION_COLUMNS: Column[] = [
  { key: "source", title: "Source" },
  { key: "relation", title: "Relation" },
  { key: "target", title: "Target" },
  { key: "evidence", title: "Evidence", numeric: true },
  { key: "first", title: "First date" },
  { key: "last", title: "Last date" },
];

/** One row per entity: articles mentioning it, relations, distinct neighbours. */
export function entityRows(graph: Graph, nodes: Iterable<string>): Row[] {
  return [...nodes].map((n) => {
    const a = graph.getNodeAttributes(n);
    const cells = {
      name: String(a.label ?? n),
      kind: String(a.kind ?? ""),
      articles: Array.isArray(a.docs) ? a.docs.length : 0,
      relations: graph.degree(n),
      degree: graph.neighbors(n).length,
    };
    return { id: n, cells };
  });
}

/** One row per relation: its ends, type, evidence count, first and last evidence date. */
export function relationRows(graph: Graph, edges: Iterable<string>): Row[] {
  return [...edges].map((e) => {
    const a = graph.getEdgeAttributes(e);
    const dates = evidenceList(a)
      .map(evidenceDate)
      .filter((d): d is string => !!d);
    const first = dates.length ? dates.reduce((x, y) => (lowEnd(y) < lowEnd(x) ? y : x)) : "";
    const last = dates.length ? dates.reduce((x, y) => (highEnd(y) > highEnd(x) ? y : x)) : "";
    const cells = {
      source: String(graph.getNodeAttribute(graph.source(e), "label") ?? graph.source(e)),
      relation: String(a.relation ?? ""),
      target: String(graph.getNodeAttribute(graph.target(e), "label") ?? graph.target(e)),
      evidence: evidenceList(a).length,
      first,
      last,
    };
    return { id: e, cells };
  });
}

/** Rows whose text cells contain the query (accents and case ignored). */
export function searchRows(rows: Row[], query: string): Row[] {
  const q = normalize(query);
  if (!q) return rows;
  return rows.filter((r) => Object.values(r.cells).some((c) => typeof c === "string" && normalize(c).includes(q)));
}

/** Sorted by one column, ties by id so the order is stable. */
export function sortRows(rows: Row[], column: string, descending: boolean): Row[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((x, y) => {
    const [a, b] = [x.cells[column], y.cells[column]];
    const c = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
    return dir * c || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  });
}

function csvCell(v: Cell): string {
  let s = String(v);
  // a cell starting with = + - @ would run as a formula in a spreadsheet
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: Column[], rows: Row[]): string {
  const lines = [columns.map((c) => csvCell(c.title)).join(",")];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r.cells[c.key] ?? "")).join(","));
  return lines.join("\r\n") + "\r\n";
}

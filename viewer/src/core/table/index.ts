// The data table (Gephi Lite's data laboratory): entities or relations that are shown,
// sortable by any column, searchable; a click selects in the graph; the rows that
// match are exported as CSV.
import { byId, download, h } from "../../dom";
import { SETTINGS } from "../../settings";
import { baseName } from "../export";
import { selectEdge, selectNode } from "../selection";
import { app, loadedGraph, updateApp, type TableState } from "../store";
import { ENTITY_COLUMNS, RELATION_COLUMNS, entityRows, relationRows, searchRows, sortRows, toCsv, type Column, type Row } from "./utils";

function columns(): Column[] {
  return app().table.tab === "entities" ? ENTITY_COLUMNS : RELATION_COLUMNS;
}

/** The rows the table shows: what the graph shows, searched and sorted. */
export function tableRows(): Row[] {
  const { vis, table } = app();
  const g = loadedGraph();
  const rows = table.tab === "entities" ? entityRows(g, vis.nodes) : relationRows(g, vis.edges);
  return sortRows(searchRows(rows, table.query), table.sortBy, table.descending);
}

function setTable(patch: Partial<TableState>): void {
  updateApp({ table: { ...app().table, ...patch } });
  renderTable();
}

function headerCell(c: Column): HTMLElement {
  const { sortBy, descending } = app().table;
  const sorted = sortBy === c.key;
  const th = h("th", { attrs: { scope: "col", "data-col": c.key, "aria-sort": sorted ? (descending ? "descending" : "ascending") : "none" } });
  const b = h("button", { text: c.title + (sorted ? (descending ? " ▼" : " ▲") : ""), attrs: { type: "button" } });
  b.addEventListener("click", () => setTable({ sortBy: c.key, descending: sorted ? !descending : !!c.numeric }));
  th.append(b);
  return th;
}

function bodyRow(r: Row, cols: Column[]): HTMLElement {
  const tr = h("tr", { attrs: { "data-id": r.id, tabindex: "0" } });
  for (const c of cols) tr.append(h("td", { cls: c.numeric ? "num" : "", text: String(r.cells[c.key] ?? "") }));
  const choose = () => (app().table.tab === "entities" ? selectNode(r.id, true) : selectEdge(r.id));
  tr.addEventListener("click", choose);
  tr.addEventListener("keydown", (e) => e.key === "Enter" && choose());
  return tr;
}

export function renderTable(): void {
  const { table, graph } = app();
  byId("table-panel").hidden = !table.open;
  byId("table-toggle").setAttribute("aria-pressed", String(table.open));
  if (!table.open || !graph) return;
  for (const tab of ["entities", "relations"] as const) byId(`table-tab-${tab}`).setAttribute("aria-selected", String(table.tab === tab));
  const cols = columns();
  const rows = tableRows();
  const shown = rows.slice(0, SETTINGS.tableRows);
  byId("table-head").replaceChildren(h("tr", {}, ...cols.map(headerCell)));
  byId("table-body").replaceChildren(...shown.map((r) => bodyRow(r, cols)));
  const more = rows.length > shown.length ? ` (first ${shown.length} drawn; search to narrow, CSV has all)` : "";
  byId("table-count").textContent = `${rows.length.toLocaleString("en")} ${table.tab}${more}`;
}

function exportCsv(): void {
  const csv = toCsv(columns(), tableRows());
  download(new Blob([csv], { type: "text/csv;charset=utf-8" }), `${baseName()}-${app().table.tab}.csv`);
}

export function wireTable(): void {
  byId("table-toggle").addEventListener("click", () => setTable({ open: !app().table.open }));
  byId("table-close").addEventListener("click", () => setTable({ open: false }));
  byId("table-tab-entities").addEventListener("click", () => setTable({ tab: "entities", sortBy: "relations", descending: true }));
  byId("table-tab-relations").addEventListener("click", () => setTable({ tab: "relations", sortBy: "evidence", descending: true }));
  const search = byId<HTMLInputElement>("table-search");
  search.addEventListener("input", () => setTable({ query: search.value }));
  byId("table-csv").addEventListener("click", exportCsv);
}

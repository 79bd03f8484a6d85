// "How is Rosneft connected to Kim Jong Un?": two entities, the paths between them,
// each hop with its evidence sentence. The pair and the length are kept in the URL.
import { byId, h, str } from "../../dom";
import { recompute, shownWithoutPath } from "../filters";
import { searchEntities } from "../search/utils";
import { entityButton, edgeEvidence, evidenceItem, relationName } from "../selection/evidence";
import { renderPanel } from "../selection/panel";
import { app, loadedGraph, updateApp, updateView, type PathResult } from "../store";
import { findPaths, subgraphOf } from "./utils";

/** Compute the paths of view.path; called by recompute(), before the scope that shows them. */
export function applyPath(): void {
  const { view, graph } = app();
  const p = view.path;
  if (!graph || !p || !graph.hasNode(p.from) || !graph.hasNode(p.to)) {
    updateApp({ paths: null });
    return;
  }
  // within what the filters show unless asked for the whole graph; the ends are always kept
  let searched = graph;
  if (!view.pathWhole) {
    const shown = shownWithoutPath();
    searched = subgraphOf(graph, new Set([...shown.nodes, p.from, p.to]), shown.edges);
  }
  const paths = findPaths(searched, p.from, p.to, p.maxLength);
  const result: PathResult = { from: p.from, to: p.to, paths, nodes: new Set([p.from, p.to]), edges: new Set() };
  for (const path of paths) {
    path.nodes.forEach((n) => result.nodes.add(n));
    path.edges.forEach((e) => result.edges.add(e));
  }
  updateApp({ paths: result });
  const label = (k: string) => str(graph.getNodeAttribute(k, "label"));
  byId<HTMLInputElement>("path-from").value = label(p.from);
  byId<HTMLInputElement>("path-to").value = label(p.to);
  byId<HTMLSelectElement>("path-length").value = String(p.maxLength);
  byId<HTMLInputElement>("path-whole").checked = !!view.pathWhole;
}

function resolveEntity(inputId: string): string | undefined {
  const text = byId<HTMLInputElement>(inputId).value;
  return searchEntities(app().searchIndex, text, 1)[0]?.key;
}

function findFromInputs(): void {
  const from = resolveEntity("path-from");
  const to = resolveEntity("path-to");
  if (!from || !to) {
    byId("path-note").textContent = `No entity matches “${byId<HTMLInputElement>(from ? "path-to" : "path-from").value}”.`;
    return;
  }
  byId("path-note").textContent = "";
  const maxLength = Number(byId<HTMLSelectElement>("path-length").value) || 3;
  const pathWhole = byId<HTMLInputElement>("path-whole").checked || undefined;
  updateView({ path: { from, to, maxLength }, pathWhole, node: undefined, edge: undefined });
  showPaths();
}

function showPaths(): void {
  recompute(true, true);
  renderPanel();
}

function clearPath(): void {
  updateView({ path: undefined });
  byId("path-note").textContent = "";
  recompute(true, true);
  renderPanel();
}

/** Start a path from this entity: the other end is typed next. */
export function pathFrom(node: string): void {
  byId<HTMLInputElement>("path-from").value = str(loadedGraph().getNodeAttribute(node, "label"));
  byId<HTMLInputElement>("path-to").focus();
}

function hopBlock(edge: string, from: string): HTMLElement {
  const g = loadedGraph();
  const a = g.getEdgeAttributes(edge);
  const forward = g.source(edge) === from;
  const rel = relationName(str(a.relation), str(a.label));
  const ev = edgeEvidence(edge);
  const li = h("li", { cls: "hop", attrs: { "data-edge": edge } });
  li.append(h("div", { cls: "hop-rel" }, h("span", { cls: "rel-name", text: forward ? `${rel} →` : `← ${rel}` }), ev.length > 1 ? h("span", { cls: "muted", text: ` (${ev.length} sentences)` }) : null));
  if (ev[0]) li.append(h("ul", { cls: "evidence-list" }, evidenceItem(edge, ev[0], 0)));
  return li;
}

/** The side panel for a path request: every path found, hop by hop, with evidence. */
export function pathPanel(result: PathResult): Node[] {
  const g = loadedGraph();
  const name = (k: string) => str(g.getNodeAttribute(k, "label"));
  const maxLength = app().view.path?.maxLength ?? 3;
  const head = h("header", { cls: "panel-head" }, h("h2", { cls: "pair" }, entityButton(result.from), h("span", { cls: "muted", text: " ⋯ " }), entityButton(result.to)));
  if (result.paths.length === 0) return [head, h("p", { cls: "muted path-none", text: `No path of ${maxLength} hops or fewer between ${name(result.from)} and ${name(result.to)} ${app().view.pathWhole ? "in the whole graph" : "through what is shown (tick “Through the whole graph” to look further)"}.` })];
  const where = app().view.pathWhole ? "in the whole graph" : "through what is shown";
  const out: Node[] = [head, h("p", { cls: "muted", text: `${result.paths.length} path${result.paths.length === 1 ? "" : "s"} of ${maxLength} hops or fewer ${where}, shortest first` })];
  result.paths.forEach((p, i) => {
    const ol = h("ol", { cls: "path", attrs: { "data-path": String(i) } });
    p.nodes.forEach((n, k) => {
      ol.append(h("li", { cls: "hop-entity" }, entityButton(n)));
      if (k < p.edges.length) ol.append(hopBlock(p.edges[k], n));
    });
    out.push(h("section", { cls: "path-box" }, h("h3", { text: `Path ${i + 1}: ${p.edges.length} hop${p.edges.length === 1 ? "" : "s"}` }), ol));
  });
  return out;
}

export function wirePaths(): void {
  byId("path-find").addEventListener("click", findFromInputs);
  byId("path-clear").addEventListener("click", clearPath);
  for (const id of ["path-from", "path-to"]) {
    byId(id).addEventListener("keydown", (e) => {
      if (e.key === "Enter") findFromInputs();
    });
  }
  for (const id of ["path-length", "path-whole"]) {
    byId(id).addEventListener("change", () => {
      if (app().view.path) findFromInputs();
    });
  }
}


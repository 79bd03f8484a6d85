// The filter panel: kind and relation chips with visible/total counts, the article
// list, grey-or-hide; recompute() applies them and the scope (filters/scope.ts) to the graph.
import { ENTITY_KINDS, RELATION_TYPES } from "../../../../src/schema";
import { byId, h, str } from "../../dom";
import { computeFocus } from "../selection";
import { renderPanel } from "../selection/panel";
import { relationName } from "../selection/evidence";
import { app, loadedGraph, updateApp, updateView } from "../store";
import { kindColor } from "../theme";
import { writeUrl } from "../url";
import { SETTINGS } from "../../settings";
import { fitToShown, syncDisplayGraph } from "../graph";
import { sizeMeasure } from "../metrics";
import { renderTable } from "../table";
import { applyPath } from "../paths";
import { updateBrush } from "../time";
import { updateScopeControls } from "./controls";
import type { Count, Filters, Scope, Visibility } from "./types";
import { computeVisibility } from "./utils";

function filtersFromView(): Filters {
  const { view } = app();
  return {
    hiddenKinds: new Set(view.hiddenKinds),
    hiddenRelations: new Set(view.hiddenRelations),
    docs: new Set(view.docs),
    from: view.from,
    to: view.to,
  };
}

/** The top N in force: the view's, else the default for the graph's size (0 = all). */
export function effectiveTop(): number {
  const { view, linkedCount } = app();
  if (view.top !== undefined) return view.top;
  return linkedCount > SETTINGS.defaultTopAbove ? SETTINGS.defaultTop : 0;
}

/** What the filters and scope show, leaving out the path (that paths are searched within). */
export function shownWithoutPath(): Pick<Visibility, "nodes" | "edges"> {
  return computeVisibility(loadedGraph(), filtersFromView(), { ...scopeFromView(), alwaysNodes: undefined, alwaysEdges: undefined });
}

function scopeFromView(): Scope {
  const { view, explore, paths } = app();
  return {
    showIsolates: view.showIsolates,
    minDegree: view.minDegree,
    minBy: view.minBy,
    topN: effectiveTop(),
    weight: sizeMeasure(),
    within: explore.within ?? undefined,
    alwaysNodes: paths?.nodes,
    alwaysEdges: paths?.edges,
  };
}

/**
 * Apply the filters and scope of the view to the graph and redraw; `updateUrl` when the
 * user changed them; `refit` frames the camera on what is now shown (the scope changed).
 */
export function recompute(updateUrl: boolean, refit = false): void {
  const g = app().graph;
  if (!g) return;
  applyPath(); // the paths go through what the filters now show (the only place they are computed)
  updateApp({ vis: computeVisibility(g, filtersFromView(), scopeFromView()) });
  computeFocus();
  updateFilterCounts();
  updateScopeControls();
  syncDisplayGraph(); // redraws
  if (refit || !app().renderer?.getCustomBBox()) fitToShown(updateUrl);
  updateBrush();
  if (app().table.open) renderTable();
  if (updateUrl) {
    writeUrl();
    if (app().view.node || app().view.edge) renderPanel();
  }
}

function chip(label: string, color: string | null, pressed: boolean, onClick: (e: MouseEvent) => void): HTMLButtonElement {
  const b = h("button", { cls: "chip", attrs: { type: "button", "aria-pressed": String(pressed) } });
  if (color) {
    const sw = h("span", { cls: "swatch", attrs: { "aria-hidden": "true" } });
    sw.style.setProperty("--swatch", color);
    b.append(sw);
  }
  b.append(h("span", { cls: "chip-label", text: label }), h("span", { cls: "count" }));
  b.addEventListener("click", onClick);
  return b;
}

/** Known names in schema order, then any others alphabetically. */
function ordered(present: Set<string>, known: readonly string[]): string[] {
  return [...known.filter((k) => present.has(k)), ...[...present].filter((k) => !known.includes(k)).sort()];
}

function toggleIn(field: "hiddenKinds" | "hiddenRelations", value: string, all: string[], solo: boolean): void {
  const set = new Set(app().view[field]);
  if (solo) {
    // Alt-click: show only this one (or everything again)
    const onlyThis = set.size === all.length - 1 && !set.has(value);
    updateView({ [field]: onlyThis ? [] : all.filter((x) => x !== value) });
  } else {
    if (set.has(value)) set.delete(value);
    else set.add(value);
    updateView({ [field]: [...set] });
  }
  recompute(true);
}

function buildChips(): void {
  const g = loadedGraph();
  const { view } = app();
  const kinds = new Set<string>();
  g.forEachNode((_n, a) => kinds.add(str(a.kind)));
  const kindOrder = ordered(kinds, ENTITY_KINDS);
  byId("kind-chips").replaceChildren(
    ...kindOrder.map((k) => {
      const b = chip(k, kindColor(k), !view.hiddenKinds.includes(k), (e) => toggleIn("hiddenKinds", k, kindOrder, e.altKey));
      b.dataset.kind = k;
      return b;
    }),
  );
  const rels = new Set<string>();
  g.forEachEdge((_e, a) => rels.add(str(a.relation)));
  const relOrder = ordered(rels, RELATION_TYPES);
  byId("relation-chips").replaceChildren(
    ...relOrder.map((r) => {
      const b = chip(relationName(r, r), null, !view.hiddenRelations.includes(r), (e) => toggleIn("hiddenRelations", r, relOrder, e.altKey));
      b.dataset.relation = r;
      return b;
    }),
  );
}

function buildArticleList(): void {
  const list = byId("article-list");
  list.replaceChildren();
  const sorted = [...app().articles.values()].sort((x, y) => str(y.date).localeCompare(str(x.date)) || str(x.title).localeCompare(str(y.title)));
  for (const art of sorted) {
    const cb = h("input", { attrs: { type: "checkbox", value: art.id } });
    cb.checked = app().view.docs.includes(art.id);
    cb.addEventListener("change", () => {
      const set = new Set(app().view.docs);
      if (cb.checked) set.add(art.id);
      else set.delete(art.id);
      updateView({ docs: [...set] });
      recompute(true);
    });
    const meta = " " + [art.date, art.source].filter(Boolean).join(" · ");
    list.append(h("label", { cls: "article-item" }, cb, h("span", {}, h("span", { cls: "title", text: art.title }), h("span", { cls: "muted", text: meta }))));
  }
  if (sorted.length === 0) list.append(h("p", { cls: "muted", text: "No article list in this graph." }));
}

/** (Re)build the filter panel for the loaded graph and the view's filters. */
export function buildFilterUi(): void {
  buildChips();
  buildArticleList();
  byId<HTMLInputElement>("grey-mode").checked = app().view.mode === "grey";
}

function updateChipGroup(containerId: string, attr: "kind" | "relation", hidden: string[], counts: Record<string, Count>, only: (k: string) => string): void {
  for (const b of byId(containerId).querySelectorAll<HTMLButtonElement>("button.chip")) {
    const k = b.dataset[attr] ?? "";
    const c = counts[k] ?? { visible: 0, total: 0 };
    b.setAttribute("aria-pressed", String(!hidden.includes(k)));
    b.querySelector(".count")!.textContent = `${c.visible}/${c.total}`;
    b.title = `${k}: ${c.visible} of ${c.total} shown. Click to toggle, Alt-click to show only ${only(k)}.`;
  }
}

/** Chip counts, article checkboxes and the summary line after the filters changed. */
export function updateFilterCounts(): void {
  const { view, vis, graph } = app();
  updateChipGroup("kind-chips", "kind", view.hiddenKinds, vis.kindCounts, (k) => k);
  updateChipGroup("relation-chips", "relation", view.hiddenRelations, vis.relationCounts, () => "this relation");
  for (const cb of byId("article-list").querySelectorAll<HTMLInputElement>("input[type=checkbox]")) cb.checked = view.docs.includes(cb.value);
  if (graph) byId("filter-summary").textContent = `Showing ${vis.nodes.size} of ${graph.order} entities and ${vis.edges.size} of ${graph.size} relations`;
}

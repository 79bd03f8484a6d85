// The side panel: the selected entity (names, articles, relations grouped by type and
// direction, each with its evidence) or the selected pair (every relation between them).
import { RELATION_TYPES } from "../../../../src/schema";
import { byId, h, str, strings } from "../../dom";
import { SETTINGS } from "../../settings";
import { app, loadedGraph } from "../store";
import { kindColor } from "../theme";
import { articleLink, entityButton, evidenceList, relationName } from "./evidence";
import { pairEdges, selectEdge } from ".";
import { expand, showNeighbourhood } from "../explore";
import { pathFrom, pathPanel } from "../paths";

interface RelationGroup {
  rel: string;
  label: string;
  dir: "out" | "in";
  edges: string[];
}

export function renderPanel(): void {
  const panel = byId("panel-content");
  const { graph, view } = app();
  if (!graph) panel.replaceChildren();
  else if (view.node && graph.hasNode(view.node)) panel.replaceChildren(...nodePanel(view.node));
  else if (view.edge && graph.hasEdge(view.edge)) panel.replaceChildren(...edgePanel(view.edge));
  else if (app().paths) panel.replaceChildren(...pathPanel(app().paths!));
  else
    panel.replaceChildren(
      h("p", { cls: "hint", text: "Click an entity or a relation, or search (press /), to see who did what to whom and the sentences that say so." }),
      h("p", { cls: "hint", text: "Esc clears the selection." }),
    );
  byId("panel").scrollTop = 0;
}

function actionButton(id: string, text: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = h("button", { cls: "small-btn", text, title, attrs: { type: "button", "data-action": id } });
  b.addEventListener("click", onClick);
  return b;
}

/** Explore from the entity (Bloom-style) or start a path from it. */
function nodeActions(key: string): HTMLElement {
  return h(
    "div",
    { cls: "node-actions" },
    actionButton("expand", "Expand", "Add this entity's neighbours to what is shown (undo in the bar above the graph)", () => expand(key)),
    actionButton("hood-1", "Only 1 hop", "Show only this entity and its neighbours", () => showNeighbourhood(key, 1)),
    actionButton("hood-2", "Only 2 hops", "Show only what is within two relations of this entity", () => showNeighbourhood(key, 2)),
    actionButton("path-from", "Path from here…", "Find how this entity is connected to another one", () => pathFrom(key)),
  );
}

function articleMeta(id: string): string {
  const art = app().articles.get(id);
  if (!art) return id;
  return [art.date, art.source].filter(Boolean).join(" · ");
}

function nodeHeader(key: string): Node[] {
  const a = loadedGraph().getNodeAttributes(key);
  const kind = str(a.kind);
  const chip = h("span", { cls: "kind-chip", text: kind });
  chip.style.setProperty("--swatch", kindColor(kind));
  const out: Node[] = [h("header", { cls: "panel-head" }, h("h2", { cls: "entity-name", text: str(a.label) || key }), chip)];
  const aliases = strings(a.aliases).filter((x) => x !== a.label);
  if (aliases.length) out.push(h("p", { cls: "aliases" }, h("span", { cls: "muted", text: "Also: " }), aliases.join(", ")));
  return out;
}

function articlesSection(key: string): HTMLElement {
  const docs = strings(loadedGraph().getNodeAttribute(key, "docs"));
  const sec = h("section", {}, h("h3", { text: `Mentioned in ${docs.length} article${docs.length === 1 ? "" : "s"}` }));
  const ul = h("ul", { cls: "articles" });
  for (const d of docs) {
    const art = app().articles.get(d);
    ul.append(h("li", {}, articleLink({ doc: d }, art?.title ?? d), h("span", { cls: "muted", text: art ? "  " + articleMeta(d) : "" })));
  }
  sec.append(ul);
  return sec;
}

/** Relations of an entity grouped by type and direction, outgoing first, in schema order. */
function relationGroups(key: string): RelationGroup[] {
  const g = loadedGraph();
  const groups = new Map<string, RelationGroup>();
  const add = (dir: "out" | "in", e: string, ea: Record<string, unknown>) => {
    const gk = `${dir}:${str(ea.relation)}`;
    if (!groups.has(gk)) groups.set(gk, { rel: str(ea.relation), label: str(ea.label), dir, edges: [] });
    groups.get(gk)!.edges.push(e);
  };
  g.forEachOutEdge(key, (e, ea) => add("out", e, ea));
  g.forEachInEdge(key, (e, ea, s, t) => {
    if (s !== t) add("in", e, ea); // self-loop listed once, as outgoing
  });
  const rank = (rel: string) => RELATION_TYPES.indexOf(rel as never);
  return [...groups.values()].sort((x, y) => (x.dir === y.dir ? 0 : x.dir === "out" ? -1 : 1) || rank(x.rel) - rank(y.rel));
}

function relationItem(e: string, other: string): HTMLElement {
  const item = h("div", { cls: "rel-item" + (app().vis.edges.has(e) ? "" : " filtered") });
  const edgeBtn = h("button", { cls: "edge-link", text: "⤢", title: "Show this relation", attrs: { type: "button", "aria-label": "Show this relation" } });
  edgeBtn.addEventListener("click", () => selectEdge(e));
  item.append(h("div", { cls: "rel-target" }, entityButton(other), edgeBtn), evidenceList(e));
  return item;
}

function relationGroupBox(key: string, grp: RelationGroup): HTMLElement {
  const g = loadedGraph();
  const label = str(g.getNodeAttribute(key, "label"));
  const name = relationName(grp.rel, grp.label);
  const box = h("div", { cls: "rel-group", attrs: { "data-relation": grp.rel, "data-dir": grp.dir } });
  box.append(
    h(
      "h4",
      {},
      grp.dir === "out" ? h("span", { cls: "muted", text: `${label} ` }) : null,
      h("span", { cls: "rel-name", text: grp.dir === "out" ? `${name} →` : `← ${name}` }),
      grp.dir === "in" ? h("span", { cls: "muted", text: ` ${label}` }) : null,
    ),
  );
  const addItems = (edges: string[]) => {
    for (const e of edges) box.append(relationItem(e, grp.dir === "out" ? g.target(e) : g.source(e)));
  };
  // a hub can have thousands of relations: draw the first ones, the rest on demand
  const first = SETTINGS.panelFirstItems;
  addItems(grp.edges.slice(0, first));
  if (grp.edges.length > first) {
    const more = h("button", { cls: "more", text: `Show ${grp.edges.length - first} more`, attrs: { type: "button" } });
    more.addEventListener("click", () => {
      more.remove();
      addItems(grp.edges.slice(first));
    });
    box.append(more);
  }
  return box;
}

function nodePanel(key: string): Node[] {
  const groups = relationGroups(key);
  const rels = h("section", { cls: "relations" }, h("h3", { text: `Relations (${loadedGraph().degree(key)})` }));
  for (const grp of groups) rels.append(relationGroupBox(key, grp));
  if (groups.length === 0) rels.append(h("p", { cls: "muted", text: "No relations." }));
  return [...nodeHeader(key), nodeActions(key), articlesSection(key), rels];
}

function edgePanel(edge: string): Node[] {
  const g = loadedGraph();
  const [s, t] = g.extremities(edge);
  const all = pairEdges(s, t);
  const out: Node[] = [
    h("header", { cls: "panel-head" }, h("h2", { cls: "pair" }, entityButton(s), h("span", { cls: "muted", text: " ⇄ " }), entityButton(t))),
    h("p", { cls: "muted", text: `${all.length} relation${all.length === 1 ? "" : "s"} between them` }),
  ];
  for (const e of all) {
    const ea = g.getEdgeAttributes(e);
    const box = h("div", { cls: "rel-group" + (e === edge ? " current" : ""), attrs: { "data-relation": str(ea.relation) } });
    box.append(
      h(
        "h4",
        {},
        h("span", { text: str(g.getNodeAttribute(g.source(e), "label")) }),
        h("span", { cls: "rel-name", text: ` ${relationName(str(ea.relation), str(ea.label))} ` }),
        h("span", { text: str(g.getNodeAttribute(g.target(e), "label")) }),
      ),
      evidenceList(e),
    );
    out.push(box);
  }
  return out;
}

// The search box: entities by name or alias as you type, arrow keys to choose,
// Enter to select and fly to the entity.
import { byId, h, str } from "../../dom";
import { SETTINGS } from "../../settings";
import { selectNode } from "../selection";
import { app, loadedGraph, updateApp } from "../store";
import { kindColor } from "../theme";
import { searchEntities } from "./utils";

function searchInput(): HTMLInputElement {
  return byId<HTMLInputElement>("search");
}

function renderHits(): void {
  const list = byId("search-results");
  const input = searchInput();
  const { hits, active } = app().search;
  list.replaceChildren();
  hits.forEach((hit, i) => {
    const a = loadedGraph().getNodeAttributes(hit.key);
    const li = h("li", { attrs: { role: "option", id: `hit-${i}`, "aria-selected": String(i === active) } });
    const sw = h("span", { cls: "swatch", attrs: { "aria-hidden": "true" } });
    sw.style.setProperty("--swatch", kindColor(str(a.kind)));
    li.append(sw, h("span", { cls: "hit-label", text: hit.label }));
    if (hit.alias) li.append(h("span", { cls: "muted", text: ` (${hit.alias})` }));
    li.append(h("span", { cls: "hit-kind muted", text: str(a.kind) }));
    li.addEventListener("mousedown", (e) => {
      e.preventDefault();
      chooseHit(i);
    });
    list.append(li);
  });
  if (hits.length === 0 && input.value.trim()) list.append(h("li", { cls: "muted empty", text: "No entity matches." }));
  list.hidden = !input.value.trim();
  input.setAttribute("aria-expanded", String(!list.hidden));
  if (active >= 0) input.setAttribute("aria-activedescendant", `hit-${active}`);
  else input.removeAttribute("aria-activedescendant");
}

function chooseHit(i: number): void {
  const hit = app().search.hits[i];
  if (!hit) return;
  const input = searchInput();
  input.value = hit.label;
  byId("search-results").hidden = true;
  input.setAttribute("aria-expanded", "false");
  selectNode(hit.key, true);
}

function onSearchKey(e: KeyboardEvent): void {
  const input = searchInput();
  const { hits, active } = app().search;
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    if (!hits.length) return;
    updateApp({ search: { hits, active: (active + (e.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length } });
    renderHits();
  } else if (e.key === "Enter") {
    e.preventDefault();
    if (hits.length) chooseHit(Math.max(0, active));
  } else if (e.key === "Escape") {
    e.preventDefault();
    e.stopPropagation();
    if (!input.value) return input.blur();
    input.value = "";
    updateApp({ search: { hits: [], active: -1 } });
    renderHits();
  }
}

export function wireSearch(): void {
  const input = searchInput();
  input.addEventListener("input", () => {
    const hits = app().graph ? searchEntities(app().searchIndex, input.value, SETTINGS.searchHits) : [];
    updateApp({ search: { hits, active: hits.length ? 0 : -1 } });
    renderHits();
  });
  input.addEventListener("keydown", onSearchKey);
  // Late, so a click on a hit lands first; and only if focus has not come back
  // meanwhile, or a quick blur-and-return would hide the new results.
  input.addEventListener("blur", () =>
    setTimeout(() => {
      if (document.activeElement !== input) byId("search-results").hidden = true;
    }, 150),
  );
  input.addEventListener("focus", () => {
    if (input.value.trim()) renderHits();
  });
}

export function focusSearch(): void {
  searchInput().focus();
  searchInput().select();
}

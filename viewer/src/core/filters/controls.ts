// The scope controls: entities without relations (toggle and count), the minimum
// degree slider (relations or articles) and the top-N menu.
import { byId } from "../../dom";
import { app, loadedGraph, updateView } from "../store";
import { effectiveTop, recompute } from ".";

const fmt = (n: number) => n.toLocaleString("en");

/** Largest degree of each graph by measure (a cache: the graph does not change). */
const largest = new WeakMap<object, Record<string, number>>();

/** Slider range for the minimum degree: up to the largest degree in the graph (at most 50). */
function sliderMax(): number {
  const g = loadedGraph();
  const by = app().view.minBy;
  const known = largest.get(g) ?? {};
  if (known[by] === undefined) {
    let max = 1;
    g.forEachNode((n, a) => {
      max = Math.max(max, by === "mentions" ? (Array.isArray(a.docs) ? a.docs.length : 0) : g.degree(n));
    });
    largest.set(g, { ...known, [by]: max });
  }
  return Math.min(50, largest.get(g)![by]);
}

/** Bring the controls in line with the view and say how much the scope hides. */
export function updateScopeControls(): void {
  const { view, vis, graph } = app();
  if (!graph) return;
  byId<HTMLInputElement>("show-isolates").checked = view.showIsolates;
  const slider = byId<HTMLInputElement>("min-degree");
  slider.max = String(sliderMax());
  slider.value = String(view.minDegree);
  byId("min-degree-value").textContent = String(view.minDegree);
  byId<HTMLSelectElement>("min-by").value = view.minBy;
  const top = byId<HTMLSelectElement>("top-n");
  const n = String(effectiveTop());
  if (![...top.options].some((o) => o.value === n)) top.append(new Option(n, n));
  top.value = n;
  const { isolates, degree, top: byTop, outside } = vis.hidden;
  byId("isolates-note").textContent = isolates ? `${fmt(isolates)} entities without relations hidden` : "";
  const parts = [
    degree ? `${fmt(degree)} below the minimum` : "",
    byTop ? `${fmt(byTop)} outside the top ${fmt(effectiveTop())}` : "",
    outside ? `${fmt(outside)} outside the explored neighbourhood` : "",
  ].filter(Boolean);
  byId("scope-summary").textContent = parts.length ? `Also hidden: ${parts.join(", ")}.` : "";
}

export function wireScopeControls(): void {
  byId<HTMLInputElement>("show-isolates").addEventListener("change", (e) => {
    updateView({ showIsolates: (e.target as HTMLInputElement).checked });
    recompute(true, true);
  });
  const slider = byId<HTMLInputElement>("min-degree");
  // the number follows the thumb; the graph follows when it is let go (one pass over a big graph, not one per step)
  slider.addEventListener("input", () => (byId("min-degree-value").textContent = slider.value));
  slider.addEventListener("change", () => {
    updateView({ minDegree: Number(slider.value) || 0 });
    recompute(true, true);
  });
  byId<HTMLSelectElement>("min-by").addEventListener("change", (e) => {
    updateView({ minBy: (e.target as HTMLSelectElement).value === "mentions" ? "mentions" : "relations" });
    recompute(true, true);
  });
  byId<HTMLSelectElement>("top-n").addEventListener("change", (e) => {
    updateView({ top: Number((e.target as HTMLSelectElement).value) || 0 });
    recompute(true, true);
  });
}

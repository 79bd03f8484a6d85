// Explore from an entity, as in Neo4j Bloom: show only its neighbourhood (1 or 2 hops),
// expand one entity's neighbours at a time, undo each step.
import { bfsFromNode } from "graphology-traversal";
import { byId } from "../../dom";
import { recompute } from "../filters";
import { app, loadedGraph, updateApp } from "../store";

function setWithin(within: Set<string> | null): void {
  const { explore } = app();
  updateApp({ explore: { within, history: [...explore.history, explore.within] } });
  recompute(false, true);
  updateExploreBar();
}

/** Entities within `hops` relations of `node`, either direction. */
export function neighbourhood(node: string, hops: number): Set<string> {
  const out = new Set<string>();
  bfsFromNode(
    loadedGraph(),
    node,
    (n, _a, depth) => {
      out.add(n);
      return depth >= hops;
    },
    { mode: "directed" },
  );
  return out;
}

export function showNeighbourhood(node: string, hops: number): void {
  setWithin(neighbourhood(node, hops));
}

/** Add the neighbours of `node` to what is shown (starting from the node alone). */
export function expand(node: string): void {
  const current = app().explore.within ?? new Set([node]);
  setWithin(new Set([...current, ...neighbourhood(node, 1)]));
}

function undoExplore(): void {
  const history = [...app().explore.history];
  if (history.length === 0) return;
  const within = history.pop() ?? null;
  updateApp({ explore: { within, history } });
  recompute(false, true);
  updateExploreBar();
}

function stopExploring(): void {
  updateApp({ explore: { within: null, history: [] } });
  recompute(false, true);
  updateExploreBar();
}

export function updateExploreBar(): void {
  const { within, history } = app().explore;
  byId("explore-bar").hidden = !within && history.length === 0;
  byId("explore-info").textContent = within ? `Exploring ${within.size} entities` : "Whole graph";
  byId<HTMLButtonElement>("explore-undo").disabled = history.length === 0;
}

export function wireExplore(): void {
  byId("explore-undo").addEventListener("click", undoExplore);
  byId("explore-reset").addEventListener("click", stopExploring);
}

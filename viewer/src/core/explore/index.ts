// Explore from an entity, as in Neo4j Bloom: show only its neighbourhood (1 or 2 hops),
// expand one entity's neighbours at a time, undo each step. The steps are kept in the
// URL (view.explore) and replayed to restore the exploration.
import { bfsFromNode } from "graphology-traversal";
import type Graph from "graphology";
import { byId } from "../../dom";
import { recompute } from "../filters";
import { app, loadedGraph, updateApp, updateView } from "../store";
import type { ExploreStep } from "../url/types";

/** Entities within `hops` relations of `node`, either direction. */
export function neighbourhood(graph: Graph, node: string, hops: number): Set<string> {
  const out = new Set<string>();
  bfsFromNode(
    graph,
    node,
    (n, _a, depth) => {
      out.add(n);
      return depth >= hops;
    },
    { mode: "directed" },
  );
  return out;
}

/** What a step shows, after `current` (null: the whole graph). */
function stepResult(graph: Graph, current: Set<string> | null, step: ExploreStep): Set<string> {
  if (step.op === "hood1") return neighbourhood(graph, step.node, 1);
  if (step.op === "hood2") return neighbourhood(graph, step.node, 2);
  return new Set([...(current ?? [step.node]), ...neighbourhood(graph, step.node, 1)]);
}

/** Replay the view's steps on the loaded graph (after a load or a hash change); steps on unknown entities are dropped. */
export function applyExplore(): void {
  const graph = loadedGraph();
  const steps = (app().view.explore ?? []).filter((s) => graph.hasNode(s.node));
  const history: (Set<string> | null)[] = [];
  let within: Set<string> | null = null;
  for (const step of steps) {
    history.push(within);
    within = stepResult(graph, within, step);
  }
  updateView({ explore: steps.length ? steps : undefined });
  updateApp({ explore: { within, history } });
}

function takeStep(step: ExploreStep): void {
  const { explore, view } = app();
  updateView({ explore: [...(view.explore ?? []), step] });
  updateApp({ explore: { within: stepResult(loadedGraph(), explore.within, step), history: [...explore.history, explore.within] } });
  recompute(true, true);
  updateExploreBar();
}

export function showNeighbourhood(node: string, hops: 1 | 2): void {
  takeStep({ op: hops === 1 ? "hood1" : "hood2", node });
}

/** Add the neighbours of `node` to what is shown (starting from the node alone). */
export function expand(node: string): void {
  takeStep({ op: "expand", node });
}

function undoExplore(): void {
  const history = [...app().explore.history];
  if (history.length === 0) return;
  const within = history.pop() ?? null;
  const steps = (app().view.explore ?? []).slice(0, -1);
  updateView({ explore: steps.length ? steps : undefined });
  updateApp({ explore: { within, history } });
  recompute(true, true);
  updateExploreBar();
}

function stopExploring(): void {
  updateView({ explore: undefined });
  updateApp({ explore: { within: null, history: [] } });
  recompute(true, true);
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

// Edge shapes: parallel edges between the same pair are curved apart, the rest straight.
import Graph from "graphology";
import { indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";

export interface EdgeShape {
  type: "arrow" | "curvedArrow";
  curvature: number;
}

function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return DEFAULT_EDGE_CURVATURE;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Shapes of the edges that share their pair of entities with another; the rest are straight arrows. */
export function edgeShapes(g: Graph): Map<string, EdgeShape> {
  const shapes = new Map<string, EdgeShape>();
  const perPair = new Map<string, number>();
  const pair = (s: string, t: string) => (s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`);
  g.forEachEdge((_e, _a, s, t) => perPair.set(pair(s, t), (perPair.get(pair(s, t)) ?? 0) + 1));
  // indexParallelEdgesIndex writes attributes: use a scratch copy of the parallel edges only,
  // so that the data stays clean and a big graph of single edges costs little
  const scratch = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  g.forEachEdge((e, _a, s, t) => {
    if ((perPair.get(pair(s, t)) ?? 0) < 2) return;
    scratch.mergeNode(s);
    scratch.mergeNode(t);
    scratch.addEdgeWithKey(e, s, t);
  });
  indexParallelEdgesIndex(scratch, { edgeIndexAttribute: "pi", edgeMaxIndexAttribute: "pmax", edgeMinIndexAttribute: "pmin" });
  scratch.forEachEdge((e, a) => {
    const pi = a.pi as number | null | undefined;
    const pmax = a.pmax as number | null | undefined;
    if (typeof pi === "number" && typeof pmax === "number") shapes.set(e, { type: "curvedArrow", curvature: curvature(pi, pmax) });
  });
  return shapes;
}

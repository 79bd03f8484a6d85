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

export function edgeShapes(g: Graph): Map<string, EdgeShape> {
  const shapes = new Map<string, EdgeShape>();
  // indexParallelEdgesIndex writes attributes: use a scratch copy so the data stays clean
  const scratch = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  g.forEachNode((n) => scratch.addNode(n));
  g.forEachEdge((e, _a, s, t) => scratch.addEdgeWithKey(e, s, t));
  indexParallelEdgesIndex(scratch, { edgeIndexAttribute: "pi", edgeMaxIndexAttribute: "pmax", edgeMinIndexAttribute: "pmin" });
  scratch.forEachEdge((e, a) => {
    const pi = a.pi as number | null | undefined;
    const pmax = a.pmax as number | null | undefined;
    if (typeof pi === "number" && typeof pmax === "number") shapes.set(e, { type: "curvedArrow", curvature: curvature(pi, pmax) });
    else shapes.set(e, { type: "arrow", curvature: 0 });
  });
  return shapes;
}

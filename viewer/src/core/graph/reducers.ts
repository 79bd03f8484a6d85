// How each entity and relation is drawn: kind colour and size, greyed or hidden when
// filtered out, the focus (hovered or selected entity and its neighbours) on top.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { str } from "../../dom";
import { app } from "../store";
import { communityColor } from "../metrics";
import { kindColor, palette } from "../theme";

type Attrs = Record<string, unknown>;

export function nodeReducer(node: string, data: Attrs): Partial<NodeDisplayData> {
  const { vis, view, focusNodes, hoveredNode, sizes, graph } = app();
  const p = palette();
  const res: Partial<NodeDisplayData> = {
    x: data.x as number,
    y: data.y as number,
    label: str(data.label),
    size: sizes.get(node) ?? 4,
    color: communityColor(node) ?? kindColor(str(data.kind)),
    zIndex: 1,
  };
  if (!vis.nodes.has(node)) {
    // out of scope (e.g. the rings of isolates) is never drawn, not even greyed
    const outOfScope = vis.outOfScope.has(node) || (!view.showIsolates && graph?.degree(node) === 0);
    if (view.mode === "hide" || outOfScope) return { ...res, hidden: true };
    return { ...res, color: p.greyNode, label: null, zIndex: 0 };
  }
  if (focusNodes.size > 0) {
    if (focusNodes.has(node)) {
      res.forceLabel = true;
      res.zIndex = 2;
      if (node === (hoveredNode ?? view.node)) res.highlighted = true;
    } else {
      res.color = p.greyNode;
      res.label = null;
      res.zIndex = 0;
    }
  }
  return res;
}

export function edgeReducer(edge: string, data: Attrs): Partial<EdgeDisplayData> {
  const { vis, view, focusNodes, focusEdges, hoveredEdge, edgeShapes, baseEdgeSize, graph } = app();
  const p = palette();
  const shape = edgeShapes.get(edge);
  const n = Array.isArray(data.evidence) ? data.evidence.length : 1;
  const res: Partial<EdgeDisplayData> & { curvature?: number } = {
    type: shape?.type ?? "arrow",
    curvature: shape?.curvature ?? 0,
    // thin lines in a big graph, easier-to-click ones in a small one
    size: Math.min(7, baseEdgeSize + Math.log2(Math.max(1, n))),
    color: p.edge,
    label: null,
    zIndex: 1,
  };
  if (!vis.edges.has(edge)) {
    const ends = graph?.extremities(edge) ?? [];
    if (view.mode === "hide" || ends.some((n) => vis.outOfScope.has(n))) return { ...res, hidden: true };
    return { ...res, color: p.greyEdge, zIndex: 0 };
  }
  const hovered = edge === hoveredEdge;
  if (focusEdges.has(edge) || hovered) {
    res.color = edge === view.edge || hovered ? p.accent : p.edgeFocus;
    res.label = str(data.label) || str(data.relation);
    res.forceLabel = true;
    res.zIndex = 2;
    res.size = (res.size ?? 1) + 1;
  } else if (focusNodes.size > 0) {
    res.color = p.greyEdge;
    res.zIndex = 0;
  }
  return res;
}

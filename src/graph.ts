// Graph: the assembled nodes and edges as a graphology directed multigraph,
// exactly as SCHEMA.md describes, with display size and colour.
import Graph from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "./schema";
import { KIND_COLORS, RELATIONS } from "./schema";
import type { Assembled } from "./assemble";

export type NewsGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function buildGraph(a: Assembled): NewsGraph {
  const g: NewsGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  g.setAttribute("articles", a.articles);
  for (const n of a.nodes) g.addNode(n.key, { label: n.label, kind: n.kind, aliases: n.aliases, docs: n.docs, color: KIND_COLORS[n.kind] });
  for (const e of a.edges) {
    g.addEdgeWithKey(`${e.source}->${e.relation}->${e.target}`, e.source, e.target, {
      relation: e.relation,
      label: RELATIONS[e.relation].label,
      evidence: e.evidence,
      size: 1 + Math.log2(e.evidence.length),
    });
  }
  // Size by weighted degree: an actor in many stated relations is drawn larger.
  g.forEachNode((key) => {
    let w = 0;
    g.forEachEdge(key, (_e, attrs) => (w += attrs.evidence.length));
    g.setNodeAttribute(key, "size", Math.round((4 + 3 * Math.sqrt(w)) * 100) / 100);
  });
  return g;
}

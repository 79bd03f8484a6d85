// Exports of what is shown: the view as PNG, the visible subgraph as graph.json or GEXF.
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf/browser";
import { download, h, str, strings } from "../../dom";
import { app, loadedGraph } from "../store";
import { kindColor, palette } from "../theme";

/** The sigma layers composed on the background colour, as one canvas. */
export function composite(): HTMLCanvasElement | null {
  const renderer = app().renderer;
  if (!renderer) return null;
  renderer.refresh(); // synchronous render, so the WebGL buffers are still readable now
  const canvases = renderer.getCanvases();
  const first = canvases.edges ?? Object.values(canvases)[0];
  if (!first) return null;
  const out = h("canvas");
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = palette().bg;
  ctx.fillRect(0, 0, out.width, out.height);
  for (const id of ["edges", "edgeLabels", "nodes", "labels", "hovers", "hoverNodes"]) {
    const c = canvases[id];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return out;
}

function visibleSubgraph(): Graph {
  const g = loadedGraph();
  const { vis, view } = app();
  const sub = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  const all = (g.getAttribute("articles") as Record<string, unknown>[]) ?? [];
  const arts = all.filter((a) => view.docs.length === 0 || view.docs.includes(str(a.id)));
  sub.replaceAttributes({ ...g.getAttributes(), articles: arts });
  for (const n of vis.nodes) sub.addNode(n, { ...g.getNodeAttributes(n) });
  for (const e of vis.edges) sub.addEdgeWithKey(e, g.source(e), g.target(e), { ...g.getEdgeAttributes(e) });
  return sub;
}

/** The graph's file name, safe for a download name. */
export function baseName(): string {
  return (app().sourceName.split("/").pop() ?? "graph").replace(/\.json$/i, "").replace(/[^\w.-]+/g, "_") || "graph";
}

export function exportPng(): void {
  const c = composite();
  if (!c) return;
  c.toBlob((b) => b && download(b, `${baseName()}-view.png`), "image/png");
}

export function exportJson(): void {
  if (!app().graph) return;
  download(new Blob([JSON.stringify(visibleSubgraph().export(), null, 1)], { type: "application/json" }), `${baseName()}-visible.json`);
}

export function exportGexf(): void {
  if (!app().graph) return;
  const sizes = app().sizes;
  const xml = writeGexf(visibleSubgraph(), {
    formatNode: (key, a) => ({
      label: str(a.label) || key,
      attributes: { kind: str(a.kind), aliases: strings(a.aliases).join(" | "), docs: strings(a.docs).join(" | ") },
      viz: { color: kindColor(str(a.kind)), size: sizes.get(key) ?? 4, x: a.x as number, y: a.y as number },
    }),
    formatEdge: (_key, a) => ({
      label: str(a.label),
      weight: Array.isArray(a.evidence) ? a.evidence.length : 1,
      attributes: { relation: str(a.relation), evidence: JSON.stringify(a.evidence ?? []) },
    }),
  });
  download(new Blob([xml], { type: "application/xml" }), `${baseName()}-visible.gexf`);
}

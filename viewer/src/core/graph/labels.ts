// Labels: sigma's grid keeps one per cell; on top of that a label that would overlap
// one already drawn in this frame is left out (forced labels always draw), and each
// label has a halo in the background colour so it stays readable over edges.
// The biggest entities reserve room for their labels first, so that a small node in
// the top-left is not the one that wins.
import type Sigma from "sigma";
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import { app } from "../store";
import { palette } from "../theme";
import { SETTINGS } from "../../settings";

type Box = { x1: number; y1: number; x2: number; y2: number };

/** Per-frame label bookkeeping (a cache of the current frame, not view state). */
const frame = { drawn: [] as Box[], reserved: new Map<string, Box>(), bigNodes: [] as string[] };

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function labelBox(ctx: CanvasRenderingContext2D, label: string, x: number, y: number, nodeSize: number, fontSize: number): Box {
  const lx = x + nodeSize + 3;
  const w = ctx.measureText(label).width;
  return { x1: lx - 2, y1: y - fontSize / 2 - 2, x2: lx + w + 2, y2: y + fontSize / 2 + 2 };
}

/** Remember the biggest entities of a new graph: they place their labels first. */
export function chooseBigNodes(sizes: Map<string, number>): void {
  frame.bigNodes = [...sizes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, SETTINGS.reservedLabels)
    .map(([n]) => n);
}

export function reserveBigLabels(r: Sigma): void {
  frame.drawn = [];
  frame.reserved.clear();
  const ctx = r.getCanvases().labels?.getContext("2d");
  if (!ctx) return;
  const settings = r.getSettings();
  ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const { width, height } = r.getDimensions();
  for (const node of frame.bigNodes) {
    const d = r.getNodeDisplayData(node);
    if (!d || d.hidden || !d.label) continue;
    const size = r.scaleSize(d.size);
    if (size < settings.labelRenderedSizeThreshold) continue;
    const v = r.framedGraphToViewport(d);
    if (v.x < 0 || v.y < 0 || v.x > width || v.y > height) continue;
    const box = labelBox(ctx, d.label, v.x, v.y, size, settings.labelSize);
    if ([...frame.reserved.values()].some((b) => overlaps(b, box))) continue;
    frame.reserved.set(node, box);
  }
}

export const drawLabel: NodeLabelDrawingFunction = (ctx, data, settings) => {
  const label = typeof data.label === "string" ? data.label : "";
  if (!label) return;
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const key = (data as { key?: string }).key ?? "";
  const box = labelBox(ctx, label, data.x, data.y, data.size, size);
  if (!data.forceLabel && !frame.reserved.has(key)) {
    if (frame.drawn.some((b) => overlaps(b, box))) return;
    for (const [k, b] of frame.reserved) if (k !== key && overlaps(b, box)) return;
  }
  frame.drawn.push(box);
  const p = palette();
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = p.bg;
  ctx.strokeText(label, x, data.y + size / 3);
  ctx.fillStyle = p.fg;
  ctx.fillText(label, x, data.y + size / 3);
};

export const drawHover: NodeHoverDrawingFunction = (ctx, data, settings) => {
  const p = palette();
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const label = typeof data.label === "string" ? data.label : "";
  ctx.save();
  ctx.fillStyle = p.panel;
  ctx.shadowOffsetX = 0;
  ctx.shadowOffsetY = 1;
  ctx.shadowBlur = 6;
  ctx.shadowColor = app().theme === "dark" ? "rgba(0,0,0,0.8)" : "rgba(0,0,0,0.3)";
  const pad = 3;
  ctx.beginPath();
  ctx.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
  ctx.fill();
  if (label) {
    const w = ctx.measureText(label).width;
    const boxH = size + 2 * pad + 2;
    ctx.fillRect(data.x, data.y - boxH / 2, data.size + pad + 4 + w + 6, boxH);
  }
  ctx.restore();
  if (label) {
    ctx.fillStyle = p.fg;
    ctx.fillText(label, data.x + data.size + pad + 4, data.y + size / 3);
  }
};

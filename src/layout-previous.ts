// The previous graph.json's positions, which a rebuild's layout starts from
// (see layout.ts). Apart from layout.ts because it reads files, and the viewer
// bundles layout.ts for the browser.
import { readFileSync } from "node:fs";
import type { Position } from "./layout";

/**
 * The positions of the connected entities of a previous graph.json, or undefined
 * when there is none or it cannot be read (the layout then starts from scratch).
 */
export function readPreviousPositions(graphFile: string): Map<string, Position> | undefined {
  let data: { nodes?: { key: string; attributes?: Partial<Position> }[]; edges?: { source: string; target: string }[] };
  try {
    data = JSON.parse(readFileSync(graphFile, "utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(data?.nodes) || !Array.isArray(data.edges)) return undefined;
  // Entities on the ring had no relation: they are placed afresh if they have one now.
  const connected = new Set(data.edges.flatMap((e) => [e.source, e.target]));
  const positions = new Map<string, Position>();
  for (const n of data.nodes) {
    const { x, y } = n.attributes ?? {};
    if (connected.has(n.key) && typeof x === "number" && typeof y === "number") positions.set(n.key, { x, y });
  }
  return positions.size ? positions : undefined;
}

// The scope: which part of the filtered graph is shown. Entities without a shown
// relation are hidden unless asked for, then a minimum degree, the top N by weight,
// an explored neighbourhood; a path stays shown whatever the rest says. Works on masks
// over the graph index (one byte per entity or relation) so that a change on a graph of
// 100,000 entities is a few array passes. Pure, no DOM.
import { rankOrder, type GraphIndex } from "./graph-index";
import type { Scope } from "./types";

export const NO_SCOPE: Scope = { showIsolates: true, minDegree: 0, minBy: "relations", topN: 0 };

/** Which entities and relations are on (1) or off (0), by index position. */
export interface Masks {
  node: Uint8Array;
  edge: Uint8Array;
}

export type Hidden = { isolates: number; degree: number; top: number; outside: number };

/** Relations lose their place when either end goes. */
function dropEdgesWithout(ix: GraphIndex, m: Masks): void {
  for (let j = 0; j < ix.edges.length; j++) if (m.edge[j] && !(m.node[ix.source[j]] && m.node[ix.target[j]])) m.edge[j] = 0;
}

function relationDegrees(ix: GraphIndex, m: Masks): Int32Array {
  const deg = new Int32Array(ix.nodes.length);
  for (let j = 0; j < ix.edges.length; j++) {
    if (!m.edge[j]) continue;
    deg[ix.source[j]]++;
    if (ix.target[j] !== ix.source[j]) deg[ix.target[j]]++;
  }
  return deg;
}

/** Turn off the entities that fail `keep`; returns how many went. */
function dropNodes(m: Masks, keep: (i: number) => boolean): number {
  let dropped = 0;
  for (let i = 0; i < m.node.length; i++) {
    if (!m.node[i] || keep(i)) continue;
    m.node[i] = 0;
    dropped++;
  }
  return dropped;
}

/** Entities whose relations all went with the entities cut: hidden too, unless isolates are shown. */
function dropNewIsolates(ix: GraphIndex, m: Masks, scope: Scope): number {
  if (scope.showIsolates) return 0;
  const deg = relationDegrees(ix, m);
  return dropNodes(m, (i) => deg[i] > 0);
}

function dropBelowMinimum(ix: GraphIndex, m: Masks, scope: Scope): number {
  const deg = scope.minBy === "mentions" ? Int32Array.from(ix.docs, (d) => d.length) : relationDegrees(ix, m);
  const dropped = dropNodes(m, (i) => deg[i] >= scope.minDegree);
  dropEdgesWithout(ix, m);
  return dropped + dropNewIsolates(ix, m, scope);
}

function dropOutsideTop(ix: GraphIndex, m: Masks, scope: Scope): number {
  let shown = 0;
  for (let i = 0; i < m.node.length; i++) shown += m.node[i];
  if (shown <= scope.topN) return 0;
  const keep = new Uint8Array(ix.nodes.length);
  let kept = 0;
  for (const i of rankOrder(ix, scope.weight)) {
    if (kept >= scope.topN) break;
    if (m.node[i]) [keep[i], kept] = [1, kept + 1];
  }
  const dropped = dropNodes(m, (i) => keep[i] === 1);
  dropEdgesWithout(ix, m);
  return dropped + dropNewIsolates(ix, m, scope);
}

/** Narrow the filtered masks to the scope, in place; returns how many entities each rule hid. */
export function applyScope(ix: GraphIndex, m: Masks, scope: Scope): Hidden {
  const hidden: Hidden = { isolates: 0, degree: 0, top: 0, outside: 0 };
  if (scope.within) {
    const within = scope.within;
    hidden.outside = dropNodes(m, (i) => within.has(ix.nodes[i]));
    dropEdgesWithout(ix, m);
  }
  hidden.isolates = dropNewIsolates(ix, m, scope);
  if (scope.minDegree > 0) hidden.degree = dropBelowMinimum(ix, m, scope);
  if (scope.topN > 0) hidden.top = dropOutsideTop(ix, m, scope);
  for (const n of scope.alwaysNodes ?? []) if (ix.position.has(n)) m.node[ix.position.get(n)!] = 1;
  for (const e of scope.alwaysEdges ?? []) if (ix.edgePosition.has(e)) m.edge[ix.edgePosition.get(e)!] = 1;
  return hidden;
}

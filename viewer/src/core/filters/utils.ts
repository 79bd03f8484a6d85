// Filter logic: which nodes and edges stay visible for the chosen entity kinds,
// relation types, articles and date range, and the visible/total counts of the
// legend chips. Pure (works on any graphology graph), no DOM.
import type { Attributes } from "graphology-types";
import type { Evidence } from "../../../../src/schema";
import type { Count, Filters, GraphLike, Scope, Visibility } from "./types";
import { applyScope, NO_SCOPE, type Masks } from "./scope";
import { evidenceDates, graphIndex, type GraphIndex } from "./graph-index";

/** Evidence as read from a file: any field may be missing or of the wrong type. */
export type EvidenceLike = { [K in keyof Evidence]?: unknown };

/** The date an evidence speaks for: the event's own date, else the article's. */
export function evidenceDate(ev: EvidenceLike): string | undefined {
  const d = typeof ev.eventDate === "string" && ev.eventDate ? ev.eventDate : ev.articleDate;
  return typeof d === "string" && /^\d{4}/.test(d) ? d : undefined;
}

export function lowEnd(d: string): string {
  return (d + "-01-01").slice(0, 10).replace(/-00/g, "-01");
}
export function highEnd(d: string): string {
  if (d.length >= 10) return d.slice(0, 10);
  if (d.length >= 7) return d.slice(0, 7) + "-31";
  return d.slice(0, 4) + "-12-31";
}

/** Does a (possibly partial) date overlap [from, to]? Either bound may be missing. */
export function dateInRange(date: string, from?: string, to?: string): boolean {
  if (from && highEnd(date) < lowEnd(from)) return false;
  if (to && lowEnd(date) > highEnd(to)) return false;
  return true;
}

export function evidenceList(attrs: Attributes): EvidenceLike[] {
  return Array.isArray(attrs.evidence) ? (attrs.evidence as EvidenceLike[]) : [];
}

/** Does one piece of evidence pass the article and date filters? Undated evidence passes the date filter. */
export function evidencePasses(ev: EvidenceLike, f: Filters): boolean {
  if (f.docs.size > 0 && !(typeof ev.doc === "string" && f.docs.has(ev.doc))) return false;
  if (f.from || f.to) {
    const d = evidenceDate(ev);
    if (d && !dateInRange(d, f.from, f.to)) return false;
  }
  return true;
}

/** Does relation j keep at least one evidence (or have none) under the article and date filters? */
function someEvidencePasses(ix: GraphIndex, j: number, f: Filters): boolean {
  const ev = ix.evidence[j];
  if (ev.length === 0) return true;
  if (f.docs.size > 0) return ev.some((e) => evidencePasses(e, f));
  // date range only: compare the parsed day bounds; undated evidence passes
  const dates = evidenceDates(ix);
  if (dates.undated[j]) return true;
  const [from, to] = [f.from ? lowEnd(f.from) : "", f.to ? highEnd(f.to) : "\uffff"];
  const [low, high] = [dates.low[j], dates.high[j]];
  for (let k = 0; k < low.length; k++) if (high[k] >= from && low[k] <= to) return true;
  return false;
}

/** Entities and relations that pass the kind, relation, article and date filters, as masks. */
function filterMasks(ix: GraphIndex, f: Filters): Masks {
  const node = new Uint8Array(ix.nodes.length);
  const edge = new Uint8Array(ix.edges.length);
  const dateActive = !!(f.from || f.to);
  const evidenceActive = dateActive || f.docs.size > 0;
  for (let i = 0; i < ix.nodes.length; i++) {
    if (f.hiddenKinds.has(ix.kind[i])) continue;
    if (f.docs.size > 0 && !ix.docs[i].some((d) => typeof d === "string" && f.docs.has(d))) continue;
    node[i] = 1;
  }
  const withEdge = new Uint8Array(ix.nodes.length);
  for (let j = 0; j < ix.edges.length; j++) {
    const [s, t] = [ix.source[j], ix.target[j]];
    if (f.hiddenRelations.has(ix.relation[j]) || !node[s] || !node[t]) continue;
    if (evidenceActive && !someEvidencePasses(ix, j, f)) continue;
    edge[j] = 1;
    withEdge[s] = withEdge[t] = 1;
  }
  // A date range asks what happened then: entities with no relation in range go too.
  if (dateActive) for (let i = 0; i < node.length; i++) node[i] &= withEdge[i];
  return { node, edge };
}

function countVisible(names: string[], on: Uint8Array): Record<string, Count> {
  const counts: Record<string, Count> = {};
  for (let i = 0; i < names.length; i++) {
    const c = (counts[names[i]] ??= { visible: 0, total: 0 });
    c.total++;
    c.visible += on[i];
  }
  return counts;
}

function keysOn(keys: string[], on: Uint8Array): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i++) if (on[i]) out.add(keys[i]);
  return out;
}

/** What is shown: the filters, then the scope (isolates, minimum degree, top N, neighbourhood, path). */
export function computeVisibility(graph: GraphLike, f: Filters, scope: Scope = NO_SCOPE): Visibility {
  const ix = graphIndex(graph);
  const masks = filterMasks(ix, f);
  const filtered = masks.node.slice();
  const hidden = applyScope(ix, masks, scope);
  const outOfScope = new Set<string>();
  for (let i = 0; i < filtered.length; i++) if (filtered[i] && !masks.node[i]) outOfScope.add(ix.nodes[i]);
  return {
    nodes: keysOn(ix.nodes, masks.node),
    edges: keysOn(ix.edges, masks.edge),
    outOfScope,
    hidden,
    kindCounts: countVisible(ix.kind, masks.node),
    relationCounts: countVisible(ix.relation, masks.edge),
  };
}

/** Earliest and latest evidence date in the graph (full ISO days), for the date inputs. */
export function dateExtent(graph: GraphLike): { min?: string; max?: string } {
  let min: string | undefined;
  let max: string | undefined;
  graph.forEachEdge((_k, attrs) => {
    for (const ev of evidenceList(attrs)) {
      const d = evidenceDate(ev);
      if (!d) continue;
      const lo = lowEnd(d);
      const hi = highEnd(d);
      if (!min || lo < min) min = lo;
      if (!max || hi > max) max = hi;
    }
  });
  return { min, max };
}

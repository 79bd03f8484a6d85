// Filter logic: which nodes and edges stay visible for the chosen entity kinds,
// relation types, articles and date range, and the visible/total counts of the
// legend chips. Pure (works on any graphology graph), no DOM.
import type { Attributes } from "graphology-types";
import type { Evidence } from "../../../../src/schema";
import type { Count, Filters, GraphLike, Scope, Visibility } from "./types";
import { applyScope, NO_SCOPE } from "./scope";

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

/** Entities and relations that pass the kind, relation, article and date filters. */
function filterItems(graph: GraphLike, f: Filters): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const dateActive = !!(f.from || f.to);
  const evidenceActive = dateActive || f.docs.size > 0;
  graph.forEachNode((key, attrs) => {
    if (f.hiddenKinds.has(String(attrs.kind ?? ""))) return;
    if (f.docs.size > 0) {
      const docs = Array.isArray(attrs.docs) ? (attrs.docs as unknown[]) : [];
      if (!docs.some((d) => typeof d === "string" && f.docs.has(d))) return;
    }
    nodes.add(key);
  });
  const withEdge = new Set<string>();
  graph.forEachEdge((key, attrs, source, target) => {
    if (f.hiddenRelations.has(String(attrs.relation ?? ""))) return;
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (evidenceActive) {
      const ev = evidenceList(attrs);
      if (ev.length > 0 && !ev.some((e) => evidencePasses(e, f))) return;
    }
    edges.add(key);
    withEdge.add(source);
    withEdge.add(target);
  });
  // A date range asks what happened then: entities with no relation in range go too.
  if (dateActive) for (const n of [...nodes]) if (!withEdge.has(n)) nodes.delete(n);
  return { nodes, edges };
}

function countVisible(graph: GraphLike, nodes: Set<string>, edges: Set<string>): Pick<Visibility, "kindCounts" | "relationCounts"> {
  const kindCounts: Record<string, Count> = {};
  const relationCounts: Record<string, Count> = {};
  graph.forEachNode((key, attrs) => {
    const c = (kindCounts[String(attrs.kind ?? "")] ??= { visible: 0, total: 0 });
    c.total++;
    if (nodes.has(key)) c.visible++;
  });
  graph.forEachEdge((key, attrs) => {
    const c = (relationCounts[String(attrs.relation ?? "")] ??= { visible: 0, total: 0 });
    c.total++;
    if (edges.has(key)) c.visible++;
  });
  return { kindCounts, relationCounts };
}

/** What is shown: the filters, then the scope (isolates, minimum degree, top N, neighbourhood, path). */
export function computeVisibility(graph: GraphLike, f: Filters, scope: Scope = NO_SCOPE): Visibility {
  const filtered = filterItems(graph, f);
  const scoped = applyScope(graph, filtered.nodes, filtered.edges, scope);
  return { ...scoped, ...countVisible(graph, scoped.nodes, scoped.edges) };
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

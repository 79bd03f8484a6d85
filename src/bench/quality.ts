// Entity quality readout for a built graph (issue 10's BBC target): the
// entities named in most articles with their kind, and the longest alias
// lists, where a junk name, a wrong kind or two entities merged into one
// show first.
import type { EntityKind } from "../schema";

/** The parts of a graph.json node this report reads. */
interface GraphNode {
  key: string;
  attributes: { label: string; kind: EntityKind; aliases?: string[]; docs?: string[] };
}

export interface EntityRow {
  key: string;
  label: string;
  kind: EntityKind;
  /** Number of articles that mention it. */
  articles: number;
  aliases: string[];
}

export interface EntityQuality {
  /** Entities mentioned in most articles, most first (ties by label). */
  top: EntityRow[];
  /** Entities with the most aliases, longest list first (ties by label). */
  longestAliases: EntityRow[];
}

/** Reads the graph's nodes; throws one line naming the problem if it is not a graph.json. */
function nodesOf(graph: unknown): GraphNode[] {
  const nodes = (graph as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) throw new Error("entity report: not a graph.json (no nodes array); build one with npm run graph");
  return nodes as GraphNode[];
}

const toRow = (n: GraphNode): EntityRow => ({
  key: n.key,
  label: n.attributes.label,
  kind: n.attributes.kind,
  articles: n.attributes.docs?.length ?? 0,
  aliases: n.attributes.aliases ?? [],
});

const byLabel = (a: EntityRow, b: EntityRow) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** The `top` entities by number of articles and the `aliasLists` longest alias lists of a graph. */
export function entityQuality(graph: unknown, top = 100, aliasLists = 20): EntityQuality {
  const rows = nodesOf(graph).map(toRow);
  return {
    top: [...rows].sort((a, b) => b.articles - a.articles || byLabel(a, b)).slice(0, top),
    longestAliases: [...rows].filter((r) => r.aliases.length > 0).sort((a, b) => b.aliases.length - a.aliases.length || byLabel(a, b)).slice(0, aliasLists),
  };
}

/** The report as text: one line per entity. */
export function formatEntityQuality(q: EntityQuality): string {
  const lines = [`Entities in most articles (${q.top.length}):`];
  q.top.forEach((r, i) => lines.push(`${String(i + 1).padStart(4)}. ${r.label} (${r.kind}) — ${r.articles} articles`));
  lines.push("", `Longest alias lists (${q.longestAliases.length}):`);
  for (const r of q.longestAliases) lines.push(`  ${r.label} (${r.kind}), ${r.aliases.length}: ${r.aliases.join(" | ")}`);
  return lines.join("\n");
}

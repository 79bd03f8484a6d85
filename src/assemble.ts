// Assemble: per-article extractions merged into one set of nodes and edges.
// The same entity named in several articles becomes one node
// (src/entities/merge.ts); relations between the same nodes become one edge.
import type { ArticleInfo, EntityKind, Evidence, RelationType } from "./schema";
import { RELATIONS } from "./schema";
import type { DocExtraction } from "./extract";
import { slug } from "./names";
import { finalKey, groupKind, mergeAcrossArticles, type EntityGroup } from "./entities/merge";

export interface NodeRecord {
  key: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  docs: string[];
}

export interface EdgeRecord {
  source: string;
  target: string;
  relation: RelationType;
  evidence: Evidence[];
}

export interface Assembled {
  articles: ArticleInfo[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export function assemble(docs: DocExtraction[]): Assembled {
  const sorted = [...docs].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const { groups, merged, localKey } = mergeAcrossArticles(sorted);
  const { nodes, nodeKey } = nodesOf(groups, merged);
  return { articles: sorted.map((d) => d.article), nodes, edges: edgesOf(sorted, localKey, merged, nodeKey) };
}

/** One node per group that was not joined to another and that some article confirms, keyed by a unique slug of its label. */
function nodesOf(groups: Map<string, EntityGroup>, merged: Map<string, string>): { nodes: NodeRecord[]; nodeKey: Map<string, string> } {
  const nodeKey = new Map<string, string>();
  const nodes: NodeRecord[] = [];
  const usedSlugs = new Set<string>();
  for (const g of [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    if (merged.has(g.key) || !g.confirmed) continue;
    const label = g.known ?? [...g.labels.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? g.key;
    let key = slug(label);
    for (let n = 2; usedSlugs.has(key); n++) key = `${slug(label)}-${n}`;
    usedSlugs.add(key);
    nodeKey.set(g.key, key);
    const aliases = [...new Set([...g.labels.keys(), ...g.aliases])].filter((a) => a !== label).sort();
    nodes.push({ key, label, kind: groupKind(g), aliases, docs: [...g.docs].sort() });
  }
  return { nodes, nodeKey };
}

/** Edges: one per source, relation, target; evidence accumulates in article order. */
function edgesOf(sorted: DocExtraction[], localKey: Map<DocExtraction, (string | undefined)[]>, merged: Map<string, string>, nodeKey: Map<string, string>): EdgeRecord[] {
  const edges = new Map<string, EdgeRecord>();
  for (const d of sorted) {
    const keys = localKey.get(d)!;
    for (const r of d.relations) {
      const sk = keys[r.source];
      const tk = keys[r.target];
      if (!sk || !tk) continue;
      let s = nodeKey.get(finalKey(merged, sk));
      let t = nodeKey.get(finalKey(merged, tk));
      if (!s || !t || s === t) continue;
      if (RELATIONS[r.relation].symmetric && s > t) [s, t] = [t, s];
      const id = `${s}|${r.relation}|${t}`;
      let e = edges.get(id);
      if (!e) edges.set(id, (e = { source: s, target: t, relation: r.relation, evidence: [] }));
      if (!e.evidence.some((x) => x.doc === r.evidence.doc && x.start === r.evidence.start)) e.evidence.push(r.evidence);
    }
  }
  return [...edges.values()].sort((a, b) => (a.source + a.relation + a.target < b.source + b.relation + b.target ? -1 : 1));
}

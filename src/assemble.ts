// Assemble: per-article extractions merged into one set of nodes and edges.
// The same entity named in several articles becomes one node: equal name keys
// merge, a lone surname joins the one full name it abbreviates, and a
// description ("the Kremlin leader") joins the person known to hold that post.
import type { ArticleInfo, EntityKind, Evidence, RelationType } from "./schema";
import { RELATIONS } from "./schema";
import type { DocExtraction } from "./extract";
import { nameKey, nameTokens, slug } from "./names";

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

interface Group {
  labels: Map<string, number>;
  kinds: Map<EntityKind, number>;
  aliases: Set<string>;
  docs: Set<string>;
  known: string | undefined;
  roles: { leader: boolean; of?: string; title: string }[];
  key: string;
  /** Confirmed by some article as a name (not only a sentence-opening word). */
  confirmed: boolean;
}

export function assemble(docs: DocExtraction[]): Assembled {
  const sorted = [...docs].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const groups = new Map<string, Group>();
  const group = (key: string): Group => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { labels: new Map(), kinds: new Map(), aliases: new Set(), docs: new Set(), known: undefined, roles: [], key, confirmed: false }));
    return g;
  };
  const pending: { doc: DocExtraction; local: number; key?: string }[] = [];
  const localKey = new Map<DocExtraction, (string | undefined)[]>();

  // 1. Names and known entities, by key.
  for (const d of sorted) {
    const keys: (string | undefined)[] = [];
    d.entities.forEach((e, i) => {
      if (e.roleRef) {
        keys.push(undefined);
        pending.push({ doc: d, local: i });
        return;
      }
      const key = nameKey(e.label);
      const g = group(key);
      g.labels.set(e.label, (g.labels.get(e.label) ?? 0) + 1);
      g.kinds.set(e.kind, (g.kinds.get(e.kind) ?? 0) + (e.known ? 100 : 1));
      if (e.known) g.known = e.label;
      if (!e.weak) g.confirmed = true;
      for (const a of e.aliases) g.aliases.add(a);
      g.docs.add(d.article.id);
      g.roles.push(...e.roles);
      keys.push(key);
    });
    localKey.set(d, keys);
  }

  // 2. A one-word person name joins the single multi-word person whose surname or given name it is.
  const merged = new Map<string, string>();
  const kindOf = (g: Group) => [...g.kinds.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const persons = [...groups.values()].filter((g) => kindOf(g) === "Person");
  const bySurname = new Map<string, Group[]>();
  for (const p of persons) {
    const words = nameTokens(p.key);
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    if (!bySurname.has(last)) bySurname.set(last, []);
    bySurname.get(last)!.push(p);
  }
  for (const g of persons) {
    if (g.key.includes(" ")) continue;
    // Across articles only a surname is safe to join ("Putin"); a given name ("Sandra") is not.
    const cands = bySurname.get(g.key) ?? [];
    if (cands.length === 1) merged.set(g.key, cands[0].key);
  }
  const final = (key: string): string => {
    let k = key;
    for (let n = 0; merged.has(k) && n < 5; n++) k = merged.get(k)!;
    return k;
  };
  for (const [from] of merged) {
    const to = groups.get(final(from))!;
    const g = groups.get(from)!;
    for (const [l] of g.labels) to.aliases.add(l);
    for (const a of g.aliases) to.aliases.add(a);
    for (const d of g.docs) to.docs.add(d);
    to.roles.push(...g.roles);
  }

  // 3. Descriptions: the person who holds that post in some article.
  const holdersOf = new Map<string, Group[]>();
  for (const g of persons) {
    if (merged.has(g.key)) continue;
    for (const x of g.roles) {
      if (!x.of) continue;
      for (const k of [x.leader ? `${x.of}|leader` : "", `${x.of}|${x.title.toLowerCase()}`]) {
        if (!k) continue;
        if (!holdersOf.has(k)) holdersOf.set(k, []);
        const list = holdersOf.get(k)!;
        if (!list.includes(g)) list.push(g);
      }
    }
  }
  for (const p of pending) {
    const e = p.doc.entities[p.local];
    const r = e.roleRef!;
    const h = mostDocs(holdersOf.get(r.leader ? `${r.of}|leader` : `${r.of}|${r.title.toLowerCase()}`) ?? []);
    if (!h) continue;
    for (const a of e.aliases) h.aliases.add(a);
    h.aliases.add(e.label);
    h.docs.add(p.doc.article.id);
    localKey.get(p.doc)![p.local] = h.key;
  }

  // Nodes.
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
    nodes.push({ key, label, kind: kindOf(g), aliases, docs: [...g.docs].sort() });
  }

  // Edges: one per source, relation, target; evidence accumulates in article order.
  const edges = new Map<string, EdgeRecord>();
  for (const d of sorted) {
    const keys = localKey.get(d)!;
    for (const r of d.relations) {
      const sk = keys[r.source];
      const tk = keys[r.target];
      if (!sk || !tk) continue;
      let s = nodeKey.get(final(sk));
      let t = nodeKey.get(final(tk));
      if (!s || !t || s === t) continue;
      if (RELATIONS[r.relation].symmetric && s > t) [s, t] = [t, s];
      const id = `${s}|${r.relation}|${t}`;
      let e = edges.get(id);
      if (!e) edges.set(id, (e = { source: s, target: t, relation: r.relation, evidence: [] }));
      if (!e.evidence.some((x) => x.doc === r.evidence.doc && x.start === r.evidence.start)) e.evidence.push(r.evidence);
    }
  }
  return {
    articles: sorted.map((d) => d.article),
    nodes,
    edges: [...edges.values()].sort((a, b) => (a.source + a.relation + a.target < b.source + b.relation + b.target ? -1 : 1)),
  };
}

function mostDocs(gs: Group[]): Group | undefined {
  return [...gs].sort((a, b) => b.docs.size - a.docs.size || (a.key < b.key ? -1 : 1))[0];
}

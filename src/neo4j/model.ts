// The graph as rows for Neo4j: one row per entity, relationship (source,
// relation, target), article and MENTIONS link. Push, import.cypher and the
// CSV files are all written from these rows, so they load the same data.

import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from "../schema";
import type { GraphExport } from "./load-graph";

/** Node label every entity carries besides its kind. */
export const ENTITY_LABEL = "Entity";
/** Node label of articles. */
export const ARTICLE_LABEL = "Article";
/** Relationship type from an article to each entity it mentions. */
export const MENTIONS_TYPE = "MENTIONS";

/** Every node label this project writes: Entity, Article and the entity kinds of SCHEMA.md. */
export const NODE_LABELS: readonly string[] = [ENTITY_LABEL, ARTICLE_LABEL, ...ENTITY_KINDS];
/** Every relationship type this project writes: the relation types of SCHEMA.md and MENTIONS. */
export const RELATIONSHIP_TYPES: readonly string[] = [...RELATION_TYPES, MENTIONS_TYPE];

export interface EntityProps {
  key: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  docs: string[];
}

export interface EntityRow {
  key: string;
  kind: EntityKind;
  props: EntityProps;
}

export interface RelationshipProps {
  label: string;
  /** Number of evidence sentences. */
  count: number;
  /** Distinct doc ids of the evidence, in first-seen order. */
  docs: string[];
  /** Evidence sentences, verbatim, one per evidence. */
  sentences: string[];
  /** Doc id of each sentence (parallel to sentences). */
  sentenceDocs: string[];
  /** Surface verbs of the evidence, distinct. */
  verbs: string[];
  /** Earliest evidence date (eventDate ?? articleDate), ISO string; null when no evidence has a date. */
  firstDate: string | null;
  /** Latest evidence date, as firstDate. */
  lastDate: string | null;
}

export interface RelationshipRow {
  source: string;
  target: string;
  relation: RelationType;
  props: RelationshipProps;
}

export interface ArticleProps {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  path: string | null;
}

export interface ArticleRow {
  id: string;
  props: ArticleProps;
}

export interface MentionRow {
  article: string;
  entity: string;
}

export interface Neo4jModel {
  entities: EntityRow[];
  relationships: RelationshipRow[];
  articles: ArticleRow[];
  mentions: MentionRow[];
}

export interface ModelCounts {
  entities: number;
  relationships: number;
  articles: number;
  mentions: number;
}

/** Distinct non-empty strings, in first-seen order. */
function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v !== "");
}

/** Earliest and latest of the given ISO date strings, compared as strings. */
export function dateRange(dates: Iterable<string | undefined | null>): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of dates) {
    if (!d) continue;
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  return { first, last };
}

/** Builds the rows for Neo4j from a validated graph. */
export function buildModel(graph: GraphExport): Neo4jModel {
  const entities: EntityRow[] = graph.nodes.map((n) => ({
    key: n.key,
    kind: n.attributes.kind,
    props: {
      key: n.key,
      name: n.attributes.label,
      kind: n.attributes.kind,
      aliases: distinct(n.attributes.aliases),
      docs: distinct(n.attributes.docs),
    },
  }));
  const relationships = relationshipRows(graph.edges);
  const articles = articleRows(graph.attributes.articles, [...entities.map((e) => e.props.docs), ...relationships.map((r) => r.props.docs)]);
  const mentions: MentionRow[] = [];
  for (const e of entities) for (const doc of e.props.docs) mentions.push({ article: doc, entity: e.key });
  return { entities, relationships, articles, mentions };
}

type Evidence = GraphExport["edges"][number]["attributes"]["evidence"];

/** One relationship per (source, relation, target); evidence of repeated edges accumulates. */
function relationshipRows(edges: GraphExport["edges"]): RelationshipRow[] {
  const byTriple = new Map<string, { source: string; target: string; relation: RelationType; label: string; evidence: Evidence }>();
  for (const e of edges) {
    const id = JSON.stringify([e.source, e.attributes.relation, e.target]);
    const seen = byTriple.get(id);
    if (seen) seen.evidence = [...seen.evidence, ...e.attributes.evidence];
    else byTriple.set(id, { source: e.source, target: e.target, relation: e.attributes.relation, label: e.attributes.label, evidence: [...e.attributes.evidence] });
  }
  return [...byTriple.values()].map((r) => {
    const { first, last } = dateRange(r.evidence.map((ev) => ev.eventDate || ev.articleDate || ""));
    return {
      source: r.source,
      target: r.target,
      relation: r.relation,
      props: {
        label: r.label,
        count: r.evidence.length,
        docs: distinct(r.evidence.map((ev) => ev.doc)),
        sentences: r.evidence.map((ev) => ev.sentence),
        sentenceDocs: r.evidence.map((ev) => ev.doc),
        verbs: distinct(r.evidence.map((ev) => ev.verb).filter((v): v is string => typeof v === "string" && v !== "")),
        firstDate: first,
        lastDate: last,
      },
    };
  });
}

/**
 * Articles of the graph attribute, then any doc id that entities or evidence
 * cite without an entry there (as an Article with only its id).
 */
function articleRows(listed: GraphExport["attributes"]["articles"], cited: string[][]): ArticleRow[] {
  const articles: ArticleRow[] = [];
  const articleIds = new Set<string>();
  const addArticle = (props: ArticleProps) => {
    if (articleIds.has(props.id)) return;
    articleIds.add(props.id);
    articles.push({ id: props.id, props });
  };
  for (const a of listed) addArticle({ id: a.id, title: a.title, date: a.date ?? null, source: a.source ?? null, path: a.path ?? null });
  for (const docs of cited) for (const id of docs) addArticle({ id, title: null, date: null, source: null, path: null });
  return articles;
}

export function modelCounts(model: Neo4jModel): ModelCounts {
  return {
    entities: model.entities.length,
    relationships: model.relationships.length,
    articles: model.articles.length,
    mentions: model.mentions.length,
  };
}

/** Splits rows into batches of at most `size` (ceil(rows / size) batches). */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Groups rows by a key, in the order of `order` (keys absent from rows are left out). */
export function groupBy<T, K extends string>(rows: readonly T[], keyOf: (row: T) => K, order: readonly K[]): Array<[K, T[]]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const g = groups.get(k);
    if (g) g.push(row);
    else groups.set(k, [row]);
  }
  return order.filter((k) => groups.has(k)).map((k) => [k, groups.get(k) as T[]]);
}

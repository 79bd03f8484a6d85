// Extraction of one article: clean text → sentences → tokens → mentions →
// entities → relations. Pure and serialisable, so that it can run in a worker
// and be cached by content hash.
import type { ArticleInfo, EntityKind, Evidence, RelationType } from "./schema";
import type { RawDoc } from "./ingest";
import { cleanDocument, storyText } from "./clean";
import { splitSentences } from "./sentences";
import { tokenizeSentences } from "./nlp";
import { findMentions } from "./mentions";
import { resolveEntities, type DocEntity } from "./entities";
import { sentenceRelations, type DocState } from "./relations";
import { parseEventDate } from "./dates";

export interface ExtractedEntity {
  label: string;
  kind: EntityKind;
  aliases: string[];
  known: boolean;
  /** A description ("Russian leader") that names no one in the article: resolved across articles, or dropped. */
  roleRef?: { title: string; leader: boolean; of?: string };
  /** Posts held, for resolving such descriptions across articles. */
  roles: { title: string; leader: boolean; of?: string }[];
  /** Only a sentence-opening capitalised word: a node only if another article confirms the name. */
  weak?: boolean;
  /** Its kind is a guess, outweighed across articles by one given with evidence. */
  guess?: boolean;
  /** No entity in this article (a title of a work or product, a capitalised common noun): a name other articles must not make a node. */
  noEntity?: boolean;
  /** A sports club named by its city ("Newcastle manager"): a node apart from the city. */
  club?: boolean;
}

export interface ExtractedRelation {
  source: number;
  target: number;
  relation: RelationType;
  evidence: Evidence;
}

export interface DocExtraction {
  article: ArticleInfo;
  /** The cleaned text evidence offsets point into. */
  text: string;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  words: number;
}

export interface StageTimes {
  clean: number;
  nlp: number;
  entities: number;
  relations: number;
}

export function newStageTimes(): StageTimes {
  return { clean: 0, nlp: 0, entities: 0, relations: 0 };
}

export function extractDocument(raw: RawDoc, times: StageTimes = newStageTimes()): DocExtraction {
  const t0 = performance.now();
  const clean = cleanDocument(raw);
  const article: ArticleInfo = { id: clean.id, title: clean.title, path: clean.path };
  if (clean.date) article.date = clean.date;
  if (clean.source) article.source = clean.source;
  times.clean += performance.now() - t0;

  const { text, bodyStart } = storyText(clean);
  const { entities, relations, words } = extractFromText(clean.id, text, clean.date, times, bodyStart);
  return { article, text, entities, relations, words };
}

/** Entities and relations of a text that is already clean: the story's body, after its headline if `bodyStart` > 0. */
export function extractFromText(
  doc: string,
  text: string,
  articleDate?: string,
  times: StageTimes = newStageTimes(),
  bodyStart = 0,
): { entities: ExtractedEntity[]; relations: ExtractedRelation[]; words: number } {
  let t1 = performance.now();
  const split = splitSentences(text);
  const tokens = tokenizeSentences(text, split);
  const sentences = split.map((s, i) => ({ ...s, tokens: tokens[i] }));
  const words = sentences.reduce((n, s) => n + s.tokens.filter((x) => x.pos !== "PUNCT").length, 0);
  let t0 = performance.now();
  times.nlp += t0 - t1;

  const withMentions = sentences.map((s) => ({ ...s, mentions: findMentions(s) }));
  const { entities, links } = resolveEntities(withMentions);
  if (bodyStart > 0) unlinkHeadlineOnly(withMentions, links, entities, bodyStart);
  t1 = performance.now();
  times.entities += t1 - t0;

  const state: DocState = { articleDate };
  const relations: ExtractedRelation[] = [];
  withMentions.forEach((s, si) => {
    const found = sentenceRelations({ text: s.text, start: s.start, tokens: s.tokens, mentions: s.mentions, links: links[si] }, entities, state, si);
    const eventDate = found.length ? parseEventDate(s.text, articleDate) : undefined;
    for (const r of found) {
      const evidence: Evidence = { doc, sentence: s.text, start: s.start, end: s.end, verb: r.verb };
      if (r.modality !== "asserted") evidence.modality = r.modality;
      if (articleDate) evidence.articleDate = articleDate;
      if (eventDate) evidence.eventDate = eventDate;
      if (r.role) evidence.role = r.role;
      relations.push({ source: r.source, target: r.target, relation: r.relation, evidence });
    }
  });
  times.relations += performance.now() - t1;

  // Only entities the article actually names (or describes) become nodes; pure pronoun targets are dropped.
  const used = new Set<number>();
  links.forEach((row) => row.forEach((id) => id >= 0 && used.add(id)));
  const keep = entities.filter((e) => used.has(e.id) || relations.some((r) => r.source === e.id || r.target === e.id));
  const renumber = new Map(keep.map((e, i) => [e.id, i]));
  return {
    entities: keep.map(toExtracted),
    relations: relations.filter((r) => renumber.has(r.source) && renumber.has(r.target)).map((r) => ({ ...r, source: renumber.get(r.source)!, target: renumber.get(r.target)! })),
    words,
  };
}

/**
 * A headline's first word is capitalised and its words are few ("Fear will help France", "Row threatens Hendrix museum
 * plan"): a name it alone gives is no entity unless the gazetteer knows it; the body must name the others.
 */
function unlinkHeadlineOnly(sentences: { start: number }[], links: number[][], entities: DocEntity[], bodyStart: number): void {
  const inBody = new Set<number>();
  sentences.forEach((s, si) => { if (s.start >= bodyStart) for (const id of links[si]) inBody.add(id); });
  sentences.forEach((s, si) => {
    if (s.start < bodyStart) links[si] = links[si].map((id) => (id < 0 || inBody.has(id) || entities[id].known ? id : -1));
  });
}

function toExtracted(e: DocEntity): ExtractedEntity {
  const out: ExtractedEntity = { label: e.label, kind: e.kind, aliases: e.aliases.filter((a) => a !== e.label), known: e.known, roles: e.roles.map((r) => ({ title: r.title, leader: r.leader, of: r.of })) };
  if (e.roleRef) out.roleRef = { title: e.roleRef.title, leader: e.roleRef.leader, of: e.roleRef.of };
  if (e.weak) out.weak = true;
  if (e.guess) out.guess = true;
  if (e.noEntity) out.noEntity = true;
  if (e.club) out.club = true;
  return out;
}

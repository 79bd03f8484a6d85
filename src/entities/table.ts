// The entities of one article as they are built: looked up by name key, with
// votes on their kind and the link of each mention.
import type { EntityKind } from "../schema";
import type { DocEntity, MentionLinks, SentenceMentions } from "./types";
import { nameKey, nameTokens } from "../names";
import { NAME_SUFFIXES } from "../mentions/lexicon";

export interface EntityTable {
  entities: DocEntity[];
  byKey: Map<string, DocEntity>;
  /** Entity id → kind → weight of the mentions that say so. */
  votes: Map<number, Map<EntityKind, number>>;
  /** Entity id → the kinds some mention gave with evidence (certainty above 0). */
  sure: Map<number, Set<EntityKind>>;
  links: MentionLinks;
  /**
   * Entities by the first and by the last word of their label's key, in id order: the short-form lookups of grouping.ts
   * read only the entities a name could abbreviate instead of every entity of the article, for every mention (issue 9).
   */
  byFirstWord: Map<string, DocEntity[]>;
  byLastWord: Map<string, DocEntity[]>;
}

/** An empty table, every mention linked to nothing yet. */
export function newEntityTable(sentences: SentenceMentions[]): EntityTable {
  return { entities: [], byKey: new Map(), votes: new Map(), sure: new Map(), links: sentences.map((s) => s.mentions.map(() => -1)), byFirstWord: new Map(), byLastWord: new Map() };
}

/** A mention's say on its entity's kind; a sure mention (gazetteer, head word) outweighs guesses. */
export function vote(table: EntityTable, e: DocEntity, kind: EntityKind, certainty: number, guesses = 1): void {
  if (!table.votes.has(e.id)) table.votes.set(e.id, new Map());
  const v = table.votes.get(e.id)!;
  v.set(kind, (v.get(kind) ?? 0) + guesses + certainty * 10);
  if (certainty > 0) table.sure.set(e.id, (table.sure.get(e.id) ?? new Set()).add(kind));
}

/** A new entity, found by its name key from now on. */
export function createEntity(table: EntityTable, label: string, kind: EntityKind, known: boolean): DocEntity {
  const e: DocEntity = { id: table.entities.length, label, kind, aliases: [], known, roles: [], named: true };
  table.entities.push(e);
  table.byKey.set(nameKey(label), e);
  indexByEdgeWords(table, e);
  return e;
}

/** A new label for an entity (its key in byKey stays the first label's), indexed by its words too. */
export function relabel(table: EntityTable, e: DocEntity, label: string): void {
  e.label = label;
  indexByEdgeWords(table, e);
}

/** Files the entity under its label's first and last words, in id order; an entry under an earlier label stays (readers test the label itself). */
function indexByEdgeWords(table: EntityTable, e: DocEntity): void {
  const words = nameTokens(e.label);
  if (!words.length) return;
  // "Ferdinand Marcos Jr." under "marcos" too: a generational suffix follows the surname a short form gives.
  const last = words[words.length - 1];
  const lasts = words.length > 2 && NAME_SUFFIXES.has(last) ? [last, words[words.length - 2]] : [last];
  for (const [index, word] of [[table.byFirstWord, words[0]], ...lasts.map((w) => [table.byLastWord, w] as const)] as const) {
    const list = index.get(word);
    if (!list) index.set(word, [e]);
    else if (!list.includes(e)) list.splice(insertionPoint(list, e.id), 0, e);
  }
}

/** Where an entity of this id goes in a list in id order. */
function insertionPoint(list: DocEntity[], id: number): number {
  let k = list.length;
  while (k > 0 && list[k - 1].id > id) k--;
  return k;
}

/**
 * The entities whose label opens with `first` or ends with `last` (either may be undefined), in id order: every entity a
 * test of those words could accept, each once.
 */
export function entitiesByEdgeWords(table: EntityTable, first: string | undefined, last: string | undefined): DocEntity[] {
  const a = (first !== undefined && table.byFirstWord.get(first)) || [];
  const b = (last !== undefined && table.byLastWord.get(last)) || [];
  if (!b.length) return a;
  if (!a.length) return b;
  const out: DocEntity[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i].id <= b[j].id) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** An alias without a leading "the" or a trailing possessive, once. */
export function addAlias(e: DocEntity, alias: string): void {
  const a = alias.replace(/^(the|The)\s+/, "").replace(/['’]s$/, "").trim();
  if (a && !e.aliases.includes(a)) e.aliases.push(a);
}

// The entities of one article as they are built: looked up by name key, with
// votes on their kind and the link of each mention.
import type { EntityKind } from "../schema";
import type { DocEntity, MentionLinks, SentenceMentions } from "./types";
import { nameKey } from "../names";

export interface EntityTable {
  entities: DocEntity[];
  byKey: Map<string, DocEntity>;
  /** Entity id → kind → weight of the mentions that say so. */
  votes: Map<number, Map<EntityKind, number>>;
  /** Entity id → the kinds some mention gave with evidence (certainty above 0). */
  sure: Map<number, Set<EntityKind>>;
  links: MentionLinks;
}

/** An empty table, every mention linked to nothing yet. */
export function newEntityTable(sentences: SentenceMentions[]): EntityTable {
  return { entities: [], byKey: new Map(), votes: new Map(), sure: new Map(), links: sentences.map((s) => s.mentions.map(() => -1)) };
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
  return e;
}

/** An alias without a leading "the" or a trailing possessive, once. */
export function addAlias(e: DocEntity, alias: string): void {
  const a = alias.replace(/^(the|The)\s+/, "").replace(/['’]s$/, "").trim();
  if (a && !e.aliases.includes(a)) e.aliases.push(a);
}

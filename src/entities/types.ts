// The shapes of the entity stage: the entities of one article and the link
// from each mention to its entity.
import type { EntityKind } from "../schema";
import type { Mention, Role } from "../mentions";
import type { Token } from "../nlp";

export interface DocEntity {
  id: number;
  label: string;
  kind: EntityKind;
  aliases: string[];
  known: boolean;
  /** Posts held, as the article states them. */
  roles: Role[];
  /** Unresolved description ("Russian leader"): the build resolves it across articles or drops it. */
  roleRef?: Role;
  /** Mentioned by name in the article (not only through a pronoun). */
  named: boolean;
  /** Only ever a capitalised word opening a sentence: needs confirmation from other articles. */
  weak?: boolean;
  /** Its kind is a guess: no mention gave it with evidence (a gazetteer, a head word, a cue). */
  guess?: boolean;
  /** A sports club named by its city ("Newcastle manager"): its own entity apart from the city, across articles too. */
  club?: boolean;
  /** No entity: named as the title of a work or a product ("The Aviator"), or a common noun capitalised by house style ("the Budget"). */
  noEntity?: boolean;
}

export interface SentenceMentions {
  mentions: Mention[];
  /** The sentence's tokens, where the caller has them: the entity stage reads which words the article writes in lower case. */
  tokens?: Token[];
}

/** Mention → entity id, for each sentence (same shape as the mentions), or -1 where nothing fits. */
export type MentionLinks = number[][];

export interface DocEntities {
  entities: DocEntity[];
  links: MentionLinks;
}

// The shapes of the entity stage: the entities of one article and the link
// from each mention to its entity.
import type { EntityKind } from "../schema";
import type { Mention, Role } from "../mentions";

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
}

export interface SentenceMentions {
  mentions: Mention[];
}

/** Mention → entity id, for each sentence (same shape as the mentions), or -1 where nothing fits. */
export type MentionLinks = number[][];

export interface DocEntities {
  entities: DocEntity[];
  links: MentionLinks;
}

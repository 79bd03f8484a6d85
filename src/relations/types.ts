// The shapes the relation patterns share: a sentence with its resolved
// mentions, a found fact, and what a document carries between sentences.
import type { Modality, RelationType } from "../schema";
import type { Token } from "../nlp";
import type { Mention } from "../mentions";
import type { DocEntity } from "../entities";

export interface SentenceInput {
  text: string;
  /** Offset of the sentence in the cleaned text. */
  start: number;
  tokens: Token[];
  mentions: Mention[];
  /** Entity id of each mention, -1 where none. */
  links: number[];
}

export interface FoundRelation {
  source: number;
  target: number;
  relation: RelationType;
  verb: string;
  modality: Modality;
  role?: string;
  sentence: number;
}

/** What a document carries from sentence to sentence. */
export interface DocState {
  lastSanctioner?: DocEntity;
  /** The article's date (ISO), where known: a known person's dated roles must span it. */
  articleDate?: string;
}

export type Add = (src: DocEntity | undefined, tgt: DocEntity | undefined, relation: RelationType, verb: string, modality: Modality, role?: string) => void;
export type EntityOf = (m: Mention | undefined) => DocEntity | undefined;

/** One sentence as every pattern sees it. */
export interface SentenceContext {
  s: SentenceInput;
  entities: DocEntity[];
  state: DocState;
  /** The entity of the k-th mention of the sentence. */
  entityAt: (k: number) => DocEntity | undefined;
  entityOf: EntityOf;
  /** Records a relation if its target kind fits. */
  add: Add;
  /** The modality the whole sentence carries ("according to …" → reported). */
  modality: Modality;
  /** The possessors of the noun triggers read so far, for a nominalisation listed after them. */
  nounActors?: Mention[];
}

// The relation lexicon (lexicons/relations.json) as typed sets and maps.
import lex from "../../lexicons/relations.json";

export interface Frame {
  relation?: string;
  byObject?: Record<string, string>;
  target: string[];
  actorKinds?: string[];
  targetKinds?: string[];
  coordinated?: boolean;
  between?: boolean;
  needsObjectClass?: string;
}

export type Phrase = Frame & { words: string[]; requires?: string[] };

export const VERBS = lex.verbs as Record<string, Frame>;
export const NOUNS = lex.nouns as Record<string, Frame>;
export const PHRASES = lex.phrases as Phrase[];
export const OBJECT_CLASSES = Object.entries(lex.objectClasses).map(([k, v]) => [k, new Set(v)] as const);
export const NEGATIONS = new Set(lex.negations);
export const PLANNED = new Set(lex.planned);
export const POSSIBLE = new Set(lex.possible);
export const REPORTED = new Set(lex.reported);
export const LIGHT_VERBS = new Set(lex.lightVerbs);
export const CLAUSE_BREAKS = new Set(lex.clauseBreaks);
export const TARGET_KINDS = lex.relationTargets as Record<string, string[]>;
export const ACTOR_KINDS = new Set(lex.actorKinds);
export const EVAL_VERBS = new Set(lex.evaluative.verbs);
export const POSITIVE = new Set(lex.evaluative.positive);
export const NEGATIVE = new Set(lex.evaluative.negative);
export const HOST_NOUNS = new Set(lex.hostNouns);
export const SANCTION_NOUNS = new Set(lex.sanctionNouns);
export const PREPOSITIONS = new Set(["of", "in", "at", "from", "for", "with", "by", "to", "on", "against", "into", "about", "over", "under", "between", "among", "amid", "alongside", "toward", "towards", "via", "per", "through", "during"]);
export const BE = new Set(["be", "is", "are", "was", "were", "been", "being", "get", "got"]);
export const RELATIVES = new Set(["who", "which", "that"]);
// What may stand between a preposition and its object's name: "in the city of", "to the Russian".
export const NP_INNER = new Set(["DET", "ADJ", "NUM", "NOUN", "ADV", "PART", "ADP"]);

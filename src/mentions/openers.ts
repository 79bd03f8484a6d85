// The words a mention may start at: most tokens of a sentence (three in four
// in news text) open no pattern of findMentions, and are skipped with one
// lookup before the patterns are tried (issue 9).
import type { Token } from "../nlp";
import { DETERMINERS, HYPHEN_PARTICLES, PRONOUNS } from "./lexicon";
import { ALL_TITLES } from "./titles";
import { isCap, phraseFirstWords } from "./tokens";
import { entryFirstWords } from "../gazetteer";

/** Lower-case words that open a pattern: pronouns and determiners (references), the first words of gazetteer names and titles. */
let lowerOpeners: Set<string> | undefined;

/**
 * Whether any pattern of findMentions may match at this token: a capitalised word, or a lower-case word that opens a
 * reference, a gazetteer name, a title or a name glued to a particle ("al-Sharaa"); a word with a typographic apostrophe, which some patterns straighten, is
 * never skipped. A new pattern that may start at another lower-case word must add its words here.
 */
export function mayOpenMention(tok: Token): boolean {
  lowerOpeners ??= new Set([...PRONOUNS, ...DETERMINERS, ...HYPHEN_PARTICLES, "the", "this", ...entryFirstWords(), ...phraseFirstWords(ALL_TITLES)]);
  return isCap(tok) || lowerOpeners.has(tok.lower) || tok.lower.includes("’");
}

// Capitalised runs that are not names (issue 10, class 3): month
// abbreviations ("Feb."), holidays ("New Year"), plural acronyms ("MPs",
// "POWs"), plural role and kinship nouns ("Prosecutors", "Parents"), a title
// with no name after it ("Assistant Professor"), and modifiers that open a
// run ("Former Chelsea striker", "Rival Sony").
import type { SentenceView } from "./types";
import { HOLIDAYS, NOT_NAMES, OPENING_PREMODIFIERS, PREMODIFIERS } from "./lexicon";
import { ALL_TITLES, KINSHIP } from "./titles";
import { longestPhrase } from "./tokens";
import { isRoleWord } from "../gazetteer/agents";
import { isDescriptorBeforeName } from "./word-lists";

/** A word that is never a name on its own, a trailing full stop ignored ("Feb.", "Sept."). */
export const isNotName = (lower: string): boolean => NOT_NAMES.has(lower) || (lower.endsWith(".") && NOT_NAMES.has(lower.slice(0, -1)));

/** A modifier opening a capitalised run that the name starts after: "Former" in "Former Chelsea striker", "DJ" in "DJ John Peel". */
export const isPremodifier = (s: SentenceView, i: number): boolean =>
  ((PREMODIFIERS.has(s.tokens[i].lower) || (i === 0 && OPENING_PREMODIFIERS.has(s.tokens[i].lower))) && i + 1 < s.tokens.length) || isDescriptorBeforeName(s, i);

/** Whether the run [i, end) is no name at all. */
export function isJunkRun(s: SentenceView, i: number, end: number): boolean {
  const t = s.tokens;
  if (longestPhrase(s, i, HOLIDAYS, 4) === end) return true;
  if (end - i === 1) {
    const w = t[i].text;
    if (/^\p{Lu}{2,}s$/u.test(w)) return true;
    if (/[^s]s$/.test(w) && (isRoleWord(w) || KINSHIP.has(w.toLowerCase().slice(0, -1)))) return true;
  }
  // "NATO Foreign Ministers", "Defence Ministers": a post in the plural names no one.
  const phrase = end - i > 1 ? t.slice(i, end).map((w) => w.lower).join(" ") : t[i].lower;
  if (phrase.endsWith("s") && ALL_TITLES.has(phrase.slice(0, -1))) return true;
  // "Associate Professor", "Deputy Minister" with no name after them.
  const head = t[end - 1].lower;
  return ALL_TITLES.has(head) && t.slice(i, end).every((w) => ALL_TITLES.has(w.lower) || w.pos === "ADJ" || /^(associate|assistant|adjunct|visiting|deputy|vice)$/.test(w.lower));
}

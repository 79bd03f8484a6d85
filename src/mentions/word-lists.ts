// Word lists generated from compromise's lexicon (lexicons/descriptors.json,
// lexicons/common-surnames.json), checked when loaded.
// - Person nouns glued before a name (issue 10, BBC class 2): "DJ John Peel",
//   "singer Ana Lopes" name John Peel and Ana Lopes. Titles ("President",
//   "General") are not skipped here: the title rules keep them as the post.
// - Surnames that are ordinary words (BBC class 3): a lone "White" or "Young"
//   is a person only with evidence (a title, "said", a full name it abbreviates).
import type { SentenceView } from "./types";
import { entry, fields, list, lowerWord, type At } from "../lexicon-check";
import rawDescriptors from "../../lexicons/descriptors.json";
import rawSurnames from "../../lexicons/common-surnames.json";
import { isGivenName } from "../gazetteer/names";
import { ALL_TITLES } from "./titles";
import { isCap } from "./tokens";

/** Checks a parsed word list: the field `key`, a list of lower-case words. */
export function readWordList(value: unknown, file: string, key: string): Set<string> {
  const at: At = { file, path: "" };
  return new Set(list(fields(value, at, [key])[key], entry(at, key), lowerWord));
}

const DESCRIPTORS = readWordList(rawDescriptors, "lexicons/descriptors.json", "descriptors");
const COMMON_SURNAMES = readWordList(rawSurnames, "lexicons/common-surnames.json", "surnames");

/** Whether token i is a person noun that a given name follows ("DJ John Peel"): the name starts after it. */
export function isDescriptorBeforeName(s: SentenceView, i: number): boolean {
  const t = s.tokens;
  const next = t[i + 1];
  return DESCRIPTORS.has(t[i].lower) && !ALL_TITLES.has(t[i].lower) && !!next && isCap(next) && isGivenName(next.text);
}

/** Whether a word is the plural of a person noun ("witnesses", "critics", "analysts"): people, not a name. */
export function isPluralPersonNoun(lower: string): boolean {
  if (!lower.endsWith("s")) return false;
  return DESCRIPTORS.has(lower.slice(0, -1)) || (lower.endsWith("es") && DESCRIPTORS.has(lower.slice(0, -2)));
}

/** Whether a lone word is a real person's surname that is also an ordinary word ("White", "Young"). */
export const isCommonSurname = (word: string): boolean => COMMON_SURNAMES.has(word.toLowerCase());

/** Whether a lower-case word is a singular person noun ("winner", "laureate", "commander"). */
export const isPersonNoun = (lower: string): boolean => DESCRIPTORS.has(lower);

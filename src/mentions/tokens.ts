// Token helpers for mention patterns: capitalisation, possessives, phrases
// looked up in word lists, and the making of a mention from a span.
import type { EntityKind } from "../schema";
import type { Token } from "../nlp";
import type { Mention, SentenceView } from "./types";

/** Starts with an upper-case letter. ASCII is decided without a regular expression: this runs for every token, many times. */
export function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}
export const isPossessive = (t?: Token) => !!t && (t.text === "'s" || t.text === "’s" || t.text === "'" || t.text === "’") && t.pos === "PART";
export const glued = (a: Token, b: Token) => a.end === b.start;
/** The word before token i ends a hyphenated compound ("film-maker"): it describes the compound's head, not a kind of firm. */
export const afterCompound = (s: SentenceView, i: number): boolean => i > 1 && s.tokens[i - 2].text === "-" && glued(s.tokens[i - 2], s.tokens[i - 1]);

/** Per sentence: its lower-cased text when that already is every phrase's spelling (printable ASCII, no double space), else null. */
const plainLower = new WeakMap<SentenceView, string | null>();

/** The lower-case text of tokens [i, j), spaced as in the sentence. */
export function phrase(s: SentenceView, i: number, j: number): string {
  // Most sentences need no replacement at all: lower-case them once and slice (this runs several times per token).
  let lower = plainLower.get(s);
  if (lower === undefined) plainLower.set(s, (lower = /^[\x20-\x7e]*$/.test(s.text) && !s.text.includes("  ") ? s.text.toLowerCase() : null));
  if (lower !== null) return lower.slice(s.tokens[i].start, s.tokens[j - 1].end);
  return s.text.slice(s.tokens[i].start, s.tokens[j - 1].end).toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
}

const firstWordsOf = new WeakMap<Set<string>, Set<string>>();

/** The first words of a set's phrases (up to a space, and up to a hyphen): a token whose word is none of them starts no phrase. */
export function phraseFirstWords(phrases: Set<string>): ReadonlySet<string> {
  let firsts = firstWordsOf.get(phrases);
  // A hyphened phrase opens with its first part when wink cuts it ("commander - in - chief") and whole when it keeps it
  // one token ("vice-president").
  if (!firsts) firstWordsOf.set(phrases, (firsts = new Set([...phrases].flatMap((p) => [p.split(/[\s-]/)[0], p.split(/\s/)[0]]))));
  return firsts;
}

/** The longest phrase from the set that starts at token i: its end, or -1. */
export function longestPhrase(s: SentenceView, i: number, phrases: Set<string>, maxLen = 5): number {
  // Most tokens start no phrase at all: check the first word before building any text.
  const firsts = phraseFirstWords(phrases);
  if (i >= s.tokens.length) return -1;
  const first = s.tokens[i].lower;
  // Replaced only when there is a typographic apostrophe: this runs for every token, several times.
  if (!firsts.has(first.includes("’") ? first.replace(/’/g, "'") : first)) return -1;
  for (let j = Math.min(s.tokens.length, i + maxLen); j > i; j--) if (phrases.has(phrase(s, i, j))) return j;
  return -1;
}

/** A mention of tokens [start, end); possessive when an apostrophe follows. */
export function make(s: SentenceView, start: number, end: number, name: string, kind: EntityKind, certainty: 0 | 1 | 2, extra: Partial<Mention> = {}): Mention {
  const t = s.tokens;
  return {
    start,
    end,
    from: t[start].start,
    to: t[end - 1].end,
    surface: s.text.slice(t[start].start, t[end - 1].end),
    name,
    kind,
    certainty,
    known: false,
    possessive: isPossessive(t[end]),
    ...extra,
  };
}

/** "joint chiefs of staff" → "Joint Chiefs of Staff": connectors inside a name stay lower-case. */
export const titleCase = (p: string) => p.replace(/\b\p{L}+/gu, (w, at: number) => (at > 0 && NAME_CONNECTORS.has(w) ? w : w[0].toUpperCase() + w.slice(1)));
const NAME_CONNECTORS = new Set(["of", "for", "and", "the", "de", "on"]);

/** A wire dateline's closing dash ("BEIRUT, March 3 (Reuters) -", "CAIRO (AP) —"): its index, or -1. Reads the first tokens only. */
export function wireDatelineEnd(t: readonly Token[]): number {
  for (let j = 1; j < Math.min(t.length - 1, 14); j++) if (t[j].text === ")" && /^[-–—]$/.test(t[j + 1].text)) return j + 1;
  return -1;
}

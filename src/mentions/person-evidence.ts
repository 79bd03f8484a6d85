// Evidence that a lone unknown capitalised word names a person (issue 10, class
// "a lone modern surname"): the persons list stops in 2014, so "Trump",
// "Starmer" or "Sharaa" alone would otherwise be typed Organization. Each cue
// reads a few tokens around the name, never the whole sentence.
import type { Mention, SentenceView } from "./types";
import { isCap, isPossessive, longestPhrase } from "./tokens";
import { PRONOUNS } from "./lexicon";
import { KINSHIP, titleAt } from "./titles";
import { PERSON_FRAMES_AFTER, PERSON_FRAMES_BEFORE } from "./entity-cues";

/** How far after the name a pronoun may stand and still point back at it. */
const PRONOUN_REACH = 6;

/** Whether the words around the one-word name [i, end) say it is a person. */
export function hasPersonContext(s: SentenceView, i: number, end: number, sofar: Mention[]): boolean {
  // "the Speaker", "the Independent", "the Spaniard": a name after an article is a body's, a title's or a people's.
  if (i > 0 && s.tokens[i - 1].pos === "DET") return false;
  // A sentence's first word may be an ordinary word ("Rounding off …, he"): a pronoun after it is the clause's subject.
  const opening = i === 0 || /^["“‘(]$/.test(s.tokens[i - 1].text);
  return ageApposition(s, end) || kinAfter(s, end) || frameAround(s, i, end) || (!opening && pronounPointsBack(s, end, sofar));
}

/** "Witkoff, 68, said": an age in commas right after the name. */
function ageApposition(s: SentenceView, end: number): boolean {
  const t = s.tokens;
  if (t[end]?.text !== "," || t[end + 2]?.text !== ",") return false;
  const age = t[end + 1].text;
  return /^\d\d$/.test(age) && Number(age) >= 16;
}

/** "Merz's wife said", "Netanyahu's son Yair": a kinship noun owned by the name, itself no modifier ("X's parent company"). */
function kinAfter(s: SentenceView, end: number): boolean {
  const t = s.tokens;
  return isPossessive(t[end]) && !!t[end + 1] && !isCap(t[end + 1]) && KINSHIP.has(t[end + 1].lower) && t[end + 2]?.pos !== "NOUN";
}

/** "a phone call with Trump", "spoke with Trump by phone", "Araghchi wrote on X". */
function frameAround(s: SentenceView, i: number, end: number): boolean {
  if (longestPhrase(s, end, PERSON_FRAMES_AFTER, 4) > end) return true;
  for (let k = Math.max(0, i - 4); k < i; k++) if (longestPhrase(s, k, PERSON_FRAMES_BEFORE, i - k) === i) return true;
  return false;
}

/**
 * "Moscow criticised Starmer after he announced …", "Hamas praised Sharaa for his stance": the next pronoun, a few
 * words on with no other name or clause break between, points back at the name, unless a person or a name of unknown
 * kind earlier in the sentence (its likely subject) could be meant instead ("Putin warned Wagner that he …", "Curry
 * sold … a link to Amazon from his site").
 */
function pronounPointsBack(s: SentenceView, end: number, sofar: Mention[]): boolean {
  const t = s.tokens;
  // "a G8 aid package which he …": a name qualifying a noun is not what the pronoun points back at.
  if (t[end] && t[end].pos === "NOUN" && !isCap(t[end])) return false;
  for (let k = end; k < Math.min(t.length, end + PRONOUN_REACH); k++) {
    if (PRONOUNS.has(t[k].lower) && t[k].pos === "PRON") return sofar.every((m) => m.kind !== "Person" && (m.known || m.certainty > 0));
    // "… like Kazaa," he said", "paired with United, although he …": past a comma, a quote or a dash the pronoun
    // belongs to another clause, most often its speaker or subject.
    if (isCap(t[k]) || CLAUSE_ENDS.has(t[k].text)) return false;
  }
  return false;
}

const CLAUSE_ENDS = new Set([",", ";", ":", "?", "!", "-", "–", "—", '"', "“", "”", "'", "‘", "’", "(", ")"]);

/**
 * "Digby Jones, the director general of …", "Jane Roe, head of research at …": a post in apposition right after the
 * name, ending where the post does (a comma, "of", "at", "for"), is a person's; "Acme, the chief supplier" is not one.
 */
export function postInApposition(s: SentenceView, end: number): boolean {
  const t = s.tokens;
  if (t[end]?.text !== ",") return false;
  let q = ["the", "a", "an"].includes(t[end + 1]?.lower ?? "") ? end + 2 : end + 1;
  // "a senior adviser to", "a close aide of": lower-case qualifiers before the post.
  for (let n = 0; n < 2 && t[q]?.pos === "ADJ" && !isCap(t[q]) && titleAt(s, q) < 0; n++) q++;
  const postEnd = titleAt(s, q);
  return postEnd > q && (postEnd === t.length || POST_ENDS.has(t[postEnd].lower));
}

const POST_ENDS = new Set([",", "of", "at", "for", "to", "in", ".", ";"]);

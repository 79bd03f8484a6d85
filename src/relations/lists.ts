// Lists of names in a sentence: "Kim and Putin", "Rosneft, Lukoil and their
// subsidiaries", and the headline's lists that drop their "and" ("Ukraine,
// Russia end talks", "Trump sanctions Rosneft, Lukoil").
import type { Mention } from "../mentions";
import type { SentenceInput } from "./types";
import { AGREEMENT_VERBS, PLACE_NOUNS, PREPOSITIONS, REPORTING_VERBS } from "./lexicon";

/** A mention that is the object of a preposition ("according to TASS", "in Kursk") is not a subject. */
export function isPrepObject(s: SentenceInput, m: Mention): boolean {
  let j = (m.outerStart ?? m.start) - 1;
  while (j >= 0 && (s.tokens[j].pos === "DET" || s.tokens[j].pos === "ADJ" || s.tokens[j].pos === "NUM")) j--;
  return j >= 0 && PREPOSITIONS.has(s.tokens[j].lower) && s.tokens[j].pos === "ADP";
}

/** Mentions coordinated with m: "Kim and Putin", "Rosneft and Lukoil", "Moscow and Pyongyang". */
export function coordinated(s: SentenceInput, m: Mention, direction: -1 | 1): Mention[] {
  const out: Mention[] = [];
  let cur = m;
  let joined = false;
  for (;;) {
    const idx = s.mentions.indexOf(cur);
    // "Britain's Keir Starmer and France's Emmanuel Macron": a person owned by a country is the list's item.
    const ownerOfCur = direction === -1 ? ownerBefore(s, idx) : undefined;
    let nextIdx = idx + direction + (ownerOfCur ? -1 : 0);
    if (direction === 1 && ownedPersonAfter(s, nextIdx)) nextIdx++;
    const next = s.mentions[nextIdx];
    if (!next || next.ref === "adjective" || (direction === 1 && cur.possessive)) break;
    const nextStart = ownerBefore(s, nextIdx)?.start ?? (direction === 1 ? describedPlaceStart(s, next) : undefined) ?? next.outerStart ?? next.start;
    const curStart = ownerOfCur?.start ?? cur.outerStart ?? cur.start;
    const gap = direction === 1 ? s.tokens.slice(cur.end, nextStart) : s.tokens.slice(next.end, curStart);
    if (gap.length === 0 || gap.length > 3 || !gap.every((x) => x.lower === "and" || x.text === "," || x.lower === "or" || x.lower === "the")) break;
    if (next.possessive && direction === 1) break;
    const conjunction = gap.some((x) => x.lower === "and" || x.lower === "or");
    // Read backwards, "A, B and C": the commas before "and" still join, but not "According to A, B and C".
    if (joined && (conjunction || isPrepObject(s, next))) break;
    out.push(next);
    if (conjunction) joined = true;
    if (joined && direction === 1) break;
    cur = next;
  }
  // "South Korea, North Korea's bitter rival" is an apposition, not a list: a list ends with "and" or "or";
  // but a headline drops the "and": "Ukraine, Russia end talks".
  // "Rosneft, Lukoil and their subsidiaries", "… and 30 other firms": a list whose last member is an unnamed plural.
  const unnamedLast = direction === 1 && out.length > 0 && unnamedPluralAfter(s, out[out.length - 1].end);
  if (!joined) return headlinePair(s, m, out, direction) || unnamedLast || headlineObjects(s, m, out, direction) ? out : [];
  const [first, last] = direction === 1 ? [m, out[out.length - 1]] : [out[out.length - 1], m];
  return joinsClauses(s, first, last, out.length === 1) ? [] : out;
}

/** "Kharkiv and the port city of Odesa": where a place's description opens ("the port city of"), as a list item. */
function describedPlaceStart(s: SentenceInput, m: Mention): number | undefined {
  const t = s.tokens;
  let q = m.start - 1;
  if (m.kind !== "Location" || t[q]?.lower !== "of" || !PLACE_NOUNS.has(t[q - 1]?.lower ?? "")) return undefined;
  q -= 2;
  // "the southern port city of", "the frontline town of": lower-case words qualifying the place noun.
  for (let n = 0; n < 3 && q >= 0 && (t[q].pos === "ADJ" || t[q].pos === "NOUN") && t[q].lower === t[q].text; n++) q--;
  return t[q]?.lower === "the" ? q : undefined;
}

/** The country whose possessive opens the person's name at index k ("France's Emmanuel Macron"): the mention before, if so. */
function ownerBefore(s: SentenceInput, k: number): Mention | undefined {
  const m = s.mentions[k];
  const owner = k > 0 ? s.mentions[k - 1] : undefined;
  return m && m.kind === "Person" && !m.ref && owner?.possessive && owner.kind === "Country" && owner.end + 1 === m.start ? owner : undefined;
}

/** The person a possessive country at index k opens ("France's Emmanuel Macron"), if so. */
function ownedPersonAfter(s: SentenceInput, k: number): Mention | undefined {
  const owner = ownerBefore(s, k + 1);
  return owner && owner === s.mentions[k] ? s.mentions[k + 1] : undefined;
}

/** A headline: a line with no full stop, question or exclamation mark at its end (a quotation mark aside). */
export function isHeadline(t: SentenceInput["tokens"]): boolean {
  const end = wordsEnd(t);
  return end > 2 && !/^[.!?…:;]$/.test(t[end - 1].text);
}

/** Where the sentence's words end: before any closing quotation marks or brackets. */
function wordsEnd(t: SentenceInput["tokens"]): number {
  let end = t.length;
  while (end > 1 && /^["”’'»)]$/.test(t[end - 1].text)) end--;
  return end;
}

/**
 * "Trump sanctions Rosneft, Lukoil", "Israel strikes Gaza, Lebanon": a headline drops the "and" of the list that ends
 * it; names of one kind (places and countries together), not "Kim meets Putin, Russia's leader".
 */
function headlineObjects(s: SentenceInput, m: Mention, out: Mention[], direction: -1 | 1): boolean {
  const t = s.tokens;
  if (direction !== 1 || !out.length || (m.outerStart ?? m.start) === 0 || !isHeadline(t)) return false;
  const group = (x: Mention) => (x.kind === "Location" ? "Country" : x.kind);
  return out[out.length - 1].end === wordsEnd(t) && out.every((x) => group(x) === group(m));
}

/** "and their subsidiaries", "and 30 other firms" at j: "and", then an unnamed phrase ending in a plural noun. */
function unnamedPluralAfter(s: SentenceInput, j: number): boolean {
  const t = s.tokens;
  if (t[j]?.lower !== "and" || s.mentions.some((x) => x.start === j + 1)) return false;
  for (let q = j + 1; q < Math.min(t.length, j + 5); q++) {
    if (t[q].pos === "NOUN" && t[q].lower.endsWith("s") && t[q + 1]?.pos !== "NOUN") return true;
    if (!["DET", "PRON", "NUM", "ADJ", "NOUN"].includes(t[q].pos)) return false;
  }
  return false;
}

/** Two names that open the sentence, joined by a bare comma and followed by a verb: a headline's "A, B agree". */
function headlinePair(s: SentenceInput, m: Mention, out: Mention[], direction: -1 | 1): boolean {
  if (out.length !== 1) return false;
  const [first, last] = direction === 1 ? [m, out[0]] : [out[0], m];
  const t = s.tokens;
  const start = first.outerStart ?? first.start;
  const opens = start === 0 || (start === 1 && /^["“‘]$/.test(t[0].text));
  // A headline's verb may be tagged as a noun: "Ukraine, Russia end talks".
  const verb = t[last.end]?.pos === "VERB" || AGREEMENT_VERBS.has(t[last.end]?.lemma ?? "");
  return opens && !first.possessive && !last.possessive && t[first.end]?.text === "," && first.end + 1 === (last.outerStart ?? last.start) && verb;
}

/**
 * "Iran attacked Israel, and Hezbollah praised Hamas": an object, then "and" and a new clause's subject, is no list;
 * nor is "families hit by Hezbollah, and Turkey praised …" (two names, a comma before "and").
 */
function joinsClauses(s: SentenceInput, first: Mention, last: Mention, pair: boolean): boolean {
  const t = s.tokens;
  let before = (first.outerStart ?? first.start) - 1;
  while (before >= 0 && t[before].pos === "DET") before--;
  let after = last.end;
  // "to Pyongyang, and Russian Security Council Secretary Sergei Shoigu visited …": the last name opens a titled
  // person's phrase, and the clause goes on after the person.
  const titled = s.mentions.find((x) => x.kind === "Person" && x.start >= after && x.start <= after + 3 && t.slice(after, x.start).every((y) => y.pos === "PROPN" || y.pos === "NOUN"));
  if (titled) after = titled.end;
  while (after < t.length && t[after].pos === "ADV") after++;
  const commaAnd = t[(last.outerStart ?? last.start) - 2]?.text === ",";
  // "Macron said France and Britain would send …": after a verb of saying, the list is the reported clause's subject.
  const reports = REPORTING_VERBS.has(t[before]?.lemma ?? "") && t[before].lemma !== "tell";
  const object = (t[before]?.pos === "VERB" && !reports) || (t[before]?.pos === "ADP" && pair && commaAnd);
  return object && (t[after]?.pos === "VERB" || t[after]?.pos === "AUX");
}

// Runs of name tokens: capitalised words joined over hyphens, name particles,
// a plural possessive ("Workers' Party"), and over "of"/"for" once a head word
// has been seen ("Bank of England"), and over "in" and a country after a
// headless name ("the Islamic Resistance in Iraq").
import type { Token } from "../nlp";
import type { SentenceView } from "./types";
import { matchAt } from "../gazetteer";
import { ADJECTIVE_ENDING, AGREEMENT_TITLE_HEADS, HYPHEN_PARTICLES, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, PERSON_CUES, REGION_SUFFIXED_HEADS, WATER_HEADS } from "./lexicon";
import { ALL_TITLES, PREFIX_TITLES, isHonorific } from "./titles";
import { glued, isCap, longestPhrase } from "./tokens";
import { isGivenName, isPersonSurname } from "../gazetteer/names";
import { FAMILY_NAME_FIRST } from "./entity-cues";
import { KOREAN_SYLLABLE, headKind } from "./classification";

/** A run of name tokens from i (capitalised words, hyphenated parts, particles): its end. */
export function nameRunEnd(s: SentenceView, i: number, allowConnectors: boolean): number {
  const t = s.tokens;
  let j = i;
  while (j < t.length) {
    const tok = t[j];
    // Words like "East" or "National" are names only inside a longer name.
    const notName = NOT_NAMES.has(tok.lower) && !(j + 1 < t.length && isCap(t[j + 1]) && !NOT_NAMES.has(t[j + 1].lower)) && !(j > i);
    // A title-case preposition ends the name: "An Audience With Alastair Campbell" is a show and a person.
    if (j > i && tok.pos === "ADP" && isCap(tok) && tok.lower !== "of" && tok.lower !== "for") break;
    if (isCap(tok) && !notName && (tok.pos !== "PRON" || pronounSurname(t, j)) && (tok.pos !== "DET" || koreanFamilyNameAt(t, j))) {
      const inner = j > i ? matchAt(t, j) : undefined;
      const before = t[j - 1]?.lower === "the" ? t[j - 2]?.lower : t[j - 1]?.lower;
      // "the East China Sea": a country inside a place's name before its head word does not end it.
      const placeHead = inner && t[j + inner.words.length] && isCap(t[j + inner.words.length]) && WATER_HEADS.has(t[j + inner.words.length].lower);
      if (inner && (inner.role === "country" || inner.role === "demonym") && !["of", "for", "on"].includes(before ?? "") && !placeHead) break;
      // "Embassy of the People's Republic of China": a country's full name after "of" is read whole, past its "'s".
      j += inner?.role === "country" ? inner.words.length : 1;
      continue;
    }
    // Hyphenated parts written without spaces: Kim Jong-Un, Kim Ju-ae, Tu-160M.
    // A word the tagger reads as a verb joins only after an Arabic article ("Al-Monitor"), never "US-Led".
    if (j > i && tok.text === "-" && j + 1 < t.length && glued(t[j - 1], tok) && glued(tok, t[j + 1]) && /^[\p{L}\d]/u.test(t[j + 1].text) && (t[j + 1].pos !== "VERB" || koreanGivenName(t, j) || (HYPHEN_PARTICLES.has(t[j - 1].lower) && isCap(t[j + 1])))) {
      j += 2;
      continue;
    }
    // "Workers' Party of Korea", "Teachers' Union": a plural possessive inside an organisation's name.
    if (allowConnectors && j > i && isPluralApostrophe(t, j) && organisationRunAt(s, j + 1)) {
      j++;
      continue;
    }
    // "Charles de Gaulle"; "Ursula von der Leyen", "Rafael van der Vaart": two particles in a row.
    if (j > i && NAME_PARTICLES.has(tok.text) && j + 1 < t.length && (isCap(t[j + 1]) || (NAME_PARTICLES.has(t[j + 1].text) && isCap(t[j + 2] ?? tok) && j + 2 < t.length))) {
      j++;
      continue;
    }
    // "Abdel Fattah al-Sisi", "Mohammed al-Sudani": a particle glued by a hyphen to the next name word.
    if (j > i && NAME_PARTICLES.has(tok.text) && t[j + 1]?.text === "-" && j + 2 < t.length && isCap(t[j + 2]) && glued(tok, t[j + 1]) && glued(t[j + 1], t[j + 2])) {
      j += 3;
      continue;
    }
    // "Center for Strategic and International Studies", "Department of Economic and Social Affairs": inside an
    // organisation's "of"/"for" part, an adjective left dangling before "and" is coordinated with what follows.
    if (allowConnectors && tok.lower === "and" && (danglingAdjective(t, i, j) || pairBeforeHead(t, i, j) || pairOfBody(t, i, j)) && j + 1 < t.length && isCap(t[j + 1]) && !matchAt(t, j + 1)) {
      j++;
      continue;
    }
    const joined = allowConnectors ? connectorJoin(t, i, j) : -1;
    if (joined > j) {
      j = joined;
      continue;
    }
    if (allowConnectors && tok.lower === "in") j = countrySuffixEnd(s, i, j);
    break;
  }
  // Never end on a connector.
  while (j > i && ["of", "for", "on", "and", "the", "-"].includes(t[j - 1].lower)) j--;
  return j;
}

/**
 * Joins the run from i over the connector at j, and returns where the run goes on (or -1).
 * "Bank of England", "Institute for Strategic Dialogue" join over "of"/"for"; "Xi Jinping for China" does not.
 * "Joint Chiefs of Staff": a capitalised plural before "of" and a body's head word after it. An agreement's
 * title also joins over "on" and "and": "Treaty on the Non-Proliferation of Nuclear Weapons", "Agreement on
 * Trade and Investment".
 */
function connectorJoin(t: Token[], i: number, j: number): number {
  const tok = t[j];
  if (j === i || j + 1 >= t.length) return -1;
  const agreement = t.slice(i, j).some((w) => AGREEMENT_TITLE_HEADS.has(w.lower));
  if (agreement && tok.lower === "and" && crossedConnector(t, i, j) && titleWordAt(t, j + 1) && !matchAt(t, j + 1)) return j + 1;
  const ofFor = tok.lower === "of" || tok.lower === "for";
  if (!ofFor && !(agreement && tok.lower === "on")) return -1;
  const sentenceInitial = i === 0 || /^["“‘(]$/.test(t[i - 1]?.text ?? "");
  const headAfter = isCap(t[j - 1]) && t[j - 1].lower.endsWith("s") && isCap(t[j + 1]) && headKind(t[j + 1].lower) === "Organization";
  const headSoFar = agreement || headAfter || theOneOfTheOne(t, i, j) || t.slice(i, j).some((w) => headKind(w.lower) || ALL_TITLES.has(w.lower) || w.lower === "house");
  if (!headSoFar || (sentenceInitial && j === i + 1 && t[i].pos !== "PROPN")) return -1;
  const k = t[j + 1].lower === "the" && j + 2 < t.length ? j + 2 : j + 1;
  // "the Treaty on Monday": a date after "on" is no part of the title; a known place is ("… on the Korean Peninsula").
  if (!ofFor) return titleWordAt(t, k) || matchAt(t, k) ? k : -1;
  // "the Eastern Theater Command of the People's Liberation Army": a known body after "of" is a name of its own.
  return isCap(t[k]) && (!NOT_NAMES.has(t[k].lower) || (k + 1 < t.length && isCap(t[k + 1]))) && (agreement || !knownBodyAt(t, k)) ? k : -1;
}

/**
 * "the Coalition of the Willing", "the Axis of the Resistance": one unknown capitalised word after "the", then "of the"
 * and one more, is one title-case name (a name the gazetteer knows on either side stays its own).
 */
function theOneOfTheOne(t: Token[], i: number, j: number): boolean {
  const k = j + 2;
  return j === i + 1 && t[i - 1]?.lower === "the" && t[j + 1]?.lower === "the" && titleWordAt(t, k) && !isCap(t[k + 1] ?? t[j]) && !matchAt(t, i) && !matchAt(t, k);
}

/**
 * "Vice Premier He Lifeng", "general He Weidong": the Chinese family name He, capitalised inside a sentence
 * and followed by a name word; the pronoun opening a sentence ("He met …") stays a pronoun.
 */
function pronounSurname(t: Token[], j: number): boolean {
  if (j === 0 || t[j].text !== "He" || /^[.!?"“‘(:;]$/.test(t[j - 1].text)) return false;
  const next = t[j + 1];
  return !!next && isCap(next) && next.pos === "PROPN" && !NOT_NAMES.has(next.lower) && !matchAt(t, j + 1);
}

/**
 * A known organisation or armed force of several words (not a country, a demonym or a capital) names the words at k;
 * a one-word alias may be a word of a longer name ("Institute for the Study of Labour").
 */
function knownBodyAt(t: Token[], k: number): boolean {
  const e = matchAt(t, k);
  return !!e && e.words.length > 1 && (e.kind === "Organization" || e.kind === "MilitaryForce") && e.role !== "country" && e.role !== "demonym" && e.role !== "capital";
}

/** A capitalised word that can carry on a title: not a date, a weekday or another word that names nothing alone. */
function titleWordAt(t: Token[], k: number): boolean {
  return k < t.length && isCap(t[k]) && !NOT_NAMES.has(t[k].lower);
}

/** The run from i crossed a connector before j: the title's "of"/"for"/"on" part has begun. */
function crossedConnector(t: Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (t[k].lower === "of" || t[k].lower === "for" || t[k].lower === "on") return true;
  return false;
}

/**
 * "the Islamic Resistance in Iraq", "the Islamic Jihad in Palestine": a movement's name of two or more capitalised
 * words after "the", ending in a word of `regionSuffixedHeads`, goes on over "in" and the country that ends it ("the
 * Grand Prix in Bahrain", "the Popular Mobilisation Forces in Iraq" do not). The end of the run, or j.
 */
function countrySuffixEnd(s: SentenceView, i: number, j: number): number {
  const t = s.tokens;
  if (j - i < 2 || t[i - 1]?.lower !== "the" || !REGION_SUFFIXED_HEADS.has(t[j - 1].lower) || !t.slice(i, j).every(isCap)) return j;
  const country = matchAt(t, j + 1);
  if (country?.role !== "country") return j;
  const end = j + 1 + country.words.length;
  return t[end] && isCap(t[end]) ? j : end;
}

/** The word before "and" at j is an adjective (by its ending), after the run from i crossed "of" or "for". */
function danglingAdjective(t: Token[], i: number, j: number): boolean {
  // The tagger calls capitalised words proper nouns: the adjective is told by its ending.
  if (j < i + 3 || !isCap(t[j - 1]) || !ADJECTIVE_ENDING.test(t[j - 1].lower)) return false;
  for (let k = i + 1; k < j - 1; k++) if (t[k].lower === "of" || t[k].lower === "for") return true;
  return false;
}

/**
 * "the Greek Track and Field Federation", "the Science and Technology Committee": two subjects joined by "and" before
 * a body's head word; not two names ("Israel and Hamas"), nor a run that already has its head ("the Labour Party and
 * Unite Union").
 */
function pairBeforeHead(t: Token[], i: number, j: number): boolean {
  // Each side a plain word or two: no acronym ("UPS and Deutsche Post"), no given name ("Emily Blunt and Nathalie Press").
  const plain = (w: Token) => isCap(w) && !/^[\p{Lu}\d]{2,}$/u.test(w.text) && !isGivenName(w.text);
  if (j - i > 3 || matchAt(t, j - 1) || t.slice(i, j).some((w) => !plain(w) || headKind(w.lower))) return false;
  for (let k = j + 1; k <= j + 3 && k < t.length && plain(t[k]); k++) if (k > j + 1 && headKind(t[k].lower) === "Organization") return true;
  return false;
}

/**
 * "the Ministry of Culture and Tourism", "the Bureau of Industry and Security": a body's head word, "of" or "for", a
 * word, "and", and one last plain word that ends the name (lower case or a stop after it); not a known name after
 * "and" ("the Ministry of Defence and Rosneft", checked by the caller), a given name or an acronym.
 */
function pairOfBody(t: Token[], i: number, j: number): boolean {
  const of = j - 2;
  return of > i && ["of", "for"].includes(t[of].lower) && headKind(t[of - 1].lower) === "Organization" && isCap(t[j - 1]) && lastWordAfterAnd(t, j);
}

/** After "and" at j, one plain capitalised word that ends a name: no acronym, given name, body's head word or known name. */
export function lastWordAfterAnd(t: Token[], j: number): boolean {
  const last = t[j + 1];
  if (t[j]?.lower !== "and" || !last || !isCap(last) || /^[\p{Lu}\d]{2,}$/u.test(last.text) || isGivenName(last.text) || matchAt(t, j + 1)) return false;
  // "Ministry of Trade and Energy": a firm's head word may close the body's field; another body's ("and Parliament") may not.
  if (["Organization", "MilitaryForce", "Person"].includes(headKind(last.lower) ?? "")) return false;
  return !(t[j + 2] && isCap(t[j + 2]));
}

/** A bare apostrophe closing a plural glued to it ("Workers'"), or the "'s" of a plural without -s ("Women's"). */
function isPluralApostrophe(t: Token[], j: number): boolean {
  if (!glued(t[j - 1], t[j])) return false;
  if (t[j].text === "'" || t[j].text === "’") return /s$/.test(t[j - 1].text);
  return /^['’]s$/.test(t[j].text) && IRREGULAR_PLURALS.has(t[j - 1].lower);
}

/** English plurals without -s, whose possessive opens a body's name: "Women's Tennis Association", "Children's Fund". */
const IRREGULAR_PLURALS = new Set(["women", "men", "children", "people"]);

/**
 * A capitalised run from k with an organisation's head word in it ("Party of Korea", "Union") that ends
 * its noun phrase: in "the Tories' Commons presence", "the Blues' Celtic League match" the possessor is
 * a name of its own.
 */
function organisationRunAt(s: SentenceView, k: number): boolean {
  const t = s.tokens;
  if (k >= t.length || !isCap(t[k])) return false;
  const end = nameRunEnd(s, k, true);
  const after = t[end];
  const continues = !!after && !isCap(after) && (after.pos === "NOUN" || (after.pos === "VERB" && after.lemma === after.lower));
  return !continues && t.slice(k, end).some((w) => ORG_HEADS.has(w.lower));
}

/**
 * Where the name of a title ending at k starts: after a comma too ("Russian culture minister, Olga Lyubimova";
 * "as Russian president, Putin has ruled"), unless the name is the speaker of a reporting clause
 * ("his second term as US President, Tony Blair has said").
 */
export function nameAfterTitleComma(s: SentenceView, k: number): number {
  const t = s.tokens;
  if (t[k]?.text !== "," || !t[k + 1] || !isCap(t[k + 1])) return k;
  let end = nameRunEnd(s, k + 1, false);
  if (["has", "had", "have"].includes(t[end]?.lower ?? "")) end++;
  if (PERSON_CUES.has(t[end]?.lower ?? "")) return k;
  // "Qatar's emir, Sheikh Tamim bin Hamad Al Thani,": the form of address is no part of the name; nor is a rank
  // ("the commander of the army, Gen. X", "Lt. Gen. X").
  if (isHonorific(t[k + 1].lower) && t[k + 2] && isCap(t[k + 2])) return k + 2;
  const rankEnd = longestPhrase(s, k + 1, PREFIX_TITLES, 3);
  return rankEnd > k + 1 && rankEnd < end && t[rankEnd] && isCap(t[rankEnd]) ? rankEnd : k + 1;
}

/** "Hyun-woo", "Jae-in": two romanised Korean syllables joined by the hyphen at j, the second one read as a verb by the tagger. */
function koreanGivenName(t: readonly Token[], j: number): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t[j - 1].text) && KOREAN_SYLLABLE.test(t[j - 1].lower) && KOREAN_SYLLABLE.test(t[j + 1].text);
}

const syllableWord = (x: Token | undefined, capital: boolean) =>
  !!x && (capital ? /^\p{Lu}\p{Ll}+$/u : /^\p{Ll}+$/u).test(x.text) && KOREAN_SYLLABLE.test(x.lower);

/**
 * "No Kwang Chol", "Park Ji-won": a Korean family name that is also an English word (which the tagger reads as a
 * determiner or a noun) opens a name when a Korean given name follows: two capitalised syllables and no more
 * capitalised words, or two syllables joined by a hyphen.
 */
export function koreanFamilyNameAt(t: Token[], j: number): boolean {
  // Family names are spelt in English ways ("Park", "Rhee"), so only their length is checked, with the surname lists.
  if (!/^\p{Lu}\p{Ll}{1,4}$/u.test(t[j]?.text ?? "") || !syllableWord(t[j + 1], true) || !isPersonSurname(t[j].text, FAMILY_NAME_FIRST)) return false;
  // "In Hong Kong": a preposition is no family name, and a known place after it no given name.
  if (!["DET", "NOUN", "PROPN"].includes(t[j].pos) || matchAt(t, j + 1)) return false;
  if (t[j + 2]?.text === "-") return glued(t[j + 1], t[j + 2]) && !!t[j + 3] && glued(t[j + 2], t[j + 3]) && (syllableWord(t[j + 3], false) || syllableWord(t[j + 3], true));
  return syllableWord(t[j + 2], true) && !(t[j + 3] && isCap(t[j + 3]));
}

// A tagger correction for the relation rules: verbs the tagger read as nouns.
// News headlines and short present-tense clauses put a verb right after its
// subject in a form that is also a plural noun ("Israel strikes Beirut suburb",
// "Iran backs the Houthis") or a plain form after two names ("Japan,
// Philippines sign defence pact"), and past forms read as nouns or adjectives
// ("Ukraine retook X", "Turkey liberated X"); every rule reads them as verbs once retagged. The reverse
// too: an attack noun in -ing after a demonym ("Russian shelling killed …") read as a verb is the noun.
import type { Token } from "../nlp";
import type { SentenceInput } from "./types";
import { IRREGULAR_PASTS, NOUNS, VERBS } from "./lexicon";
import { isMentionStart } from "./syntax";
import { isHeadline } from "./lists";
import { ARTICLES } from "../mentions/lexicon";

/**
 * The sentence with trigger verbs the tagger read as nouns (or past forms as adjectives) tagged VERB, and attack
 * nouns it read as verbs tagged NOUN; the same object when there are none.
 */
export function withMisreadVerbs(s: SentenceInput): SentenceInput {
  let tokens: Token[] | undefined;
  // A plain loop: this runs for every token of every sentence that names something.
  for (let k = 0; k < s.tokens.length; k++) {
    const tok = s.tokens[k];
    if (attackGerundAfterCountry(s, k)) {
      tokens ??= s.tokens.slice();
      tokens[k] = { ...tok, pos: "NOUN", lemma: tok.lower };
      continue;
    }
    if (tok.pos !== "NOUN" && tok.pos !== "ADJ") continue;
    const past = misreadPast(s, k);
    const present = past ? undefined : presentLemma(tok);
    if (!past && (tok.pos !== "NOUN" || !present || !presentAfterSubject(s, k))) continue;
    tokens ??= s.tokens.slice();
    tokens[k] = { ...tok, pos: "VERB", lemma: past ?? present ?? tok.lemma };
  }
  return tokens ? { ...s, tokens } : s;
}

/** The trigger verb a present form read as a noun is of: its lemma, or the word less its "-s" ("thanks" → thank). */
function presentLemma(tok: Token): string | undefined {
  if (VERBS[tok.lemma]) return tok.lemma;
  const stem = tok.lower.endsWith("s") ? tok.lower.slice(0, -1) : "";
  return stem && VERBS[stem] ? stem : undefined;
}

/**
 * "Ukraine retook X", "Turkey liberated X", "Israel has retaken X": a past form the tagger read as a noun or an
 * adjective is the verb when it stands right after its subject (a name, or a noun ending the subject's phrase) or
 * after "has"/"have"/"had", and before its object (a determiner or a name). Its trigger verb's lemma, or undefined.
 */
function misreadPast(s: SentenceInput, k: number): string | undefined {
  const t = s.tokens;
  const tok = t[k];
  const lemma = k > 0 ? IRREGULAR_PASTS[tok.lower] ?? regularLemma(tok.lower) : undefined;
  if (!lemma) return undefined;
  const next = t[k + 1];
  if (!next || !(next.pos === "DET" || isMentionStart(s, k + 1))) return undefined;
  const prev = t[k - 1];
  if (PERFECT_AUXILIARIES.has(prev.lower)) return lemma;
  const subject = s.mentions.some((m) => m.end === k && !m.possessive && m.ref !== "adjective");
  return subject || (prev.pos === "NOUN" && !ARTICLES.has(t[k - 2]?.lower ?? "")) ? lemma : undefined;
}

/** "liberated" → "liberate", "attacked" → "attack", "occupied" → "occupy": the trigger verb a regular past form is of. */
function regularLemma(word: string): string | undefined {
  if (!word.endsWith("ed")) return undefined;
  const stem = word.slice(0, -2);
  for (const lemma of [stem + "e", stem, stem.endsWith("i") ? stem.slice(0, -1) + "y" : ""]) if (lemma && VERBS[lemma]) return lemma;
  return undefined;
}

const PERFECT_AUXILIARIES = new Set(["has", "have", "had"]);

/**
 * "Iran backs the Houthis", "Iran, which backs the Houthis": a present-tense verb the tagger read as a plural noun,
 * right after its subject (a name, or "which"/"who") and before its object's determiner. After two coordinated
 * names, headline style, the plain form is the verb before any noun phrase ("Japan, Philippines sign defence pact",
 * "Putin and Kim sign treaty").
 */
function presentAfterSubject(s: SentenceInput, k: number): boolean {
  const t = s.tokens;
  const tok = t[k];
  if (tok.pos !== "NOUN" || k === 0) return false;
  const prev = t[k - 1];
  const subject = s.mentions.find((m) => m.end === k && !m.possessive && m.ref !== "adjective");
  // "Russia controls about a fifth of Ukraine", "Russian forces control most of X": a share of the object follows.
  if (subject && SHARE_WORDS.has(t[k + 1]?.lower ?? "")) return true;
  // Before a name it may be a compound ("BBC hits Little Britain"): only before a determiner; in a headline, before
  // any noun phrase ("Israel strikes Beirut suburb", "Russia pounds Kyiv with drones").
  if (tok.lower.endsWith("s")) {
    // A person's name before it is no compound's first word: "Guterres thanks Egypt", "Putin praises Kim".
    const opener = t[k + 1]?.pos === "DET" || (isHeadline(t) && !!subject && PHRASE_OPENERS.has(t[k + 1]?.pos ?? "")) || (subject?.kind === "Person" && isMentionStart(s, k + 1));
    return opener && (prev.lower === "which" || prev.lower === "who" || !!subject);
  }
  return !!subject && tok.lower === tok.lemma && coordinatedBefore(s, subject.outerStart ?? subject.start) && PHRASE_OPENERS.has(t[k + 1]?.pos ?? "");
}

/** Words that open a share of what a verb acts on: "about a fifth of", "most of", "parts of". */
const SHARE_WORDS = new Set(["about", "around", "nearly", "almost", "roughly", "most", "all", "much", "part", "parts", "half"]);

/** Tags that open the noun phrase of a headline's object: "sign defence pact", "sign a treaty", "strike Houthi targets". */
const PHRASE_OPENERS = new Set(["DET", "NOUN", "ADJ", "NUM", "PROPN"]);

/**
 * Another name ends right before the "and" or comma before token i: "Japan, Philippines", "Putin and Kim"; and it is
 * no verb's or preposition's object ("Celtic host Dundee United and Rangers visit …" has two clauses).
 */
function coordinatedBefore(s: SentenceInput, i: number): boolean {
  const t = s.tokens;
  const joint = t[i - 1]?.lower === "and" || t[i - 1]?.text === "," ? i - 1 : t[i - 1]?.lower === "the" && t[i - 2]?.lower === "and" ? i - 2 : -1;
  const first = joint > 0 ? s.mentions.find((m) => m.end === joint && !m.possessive) : undefined;
  if (!first) return false;
  let before = (first.outerStart ?? first.start) - 1;
  if (ARTICLES.has(t[before]?.lower ?? "")) before--;
  return before < 0 || !["VERB", "NOUN", "ADP"].includes(t[before].pos);
}

/**
 * "Russian shelling killed two", "Israeli bombing of X": an attack noun in -ing (a noun frame of relations.json) that
 * the tagger read as a verb, right after a country's demonym standing for it, is the noun.
 */
function attackGerundAfterCountry(s: SentenceInput, k: number): boolean {
  const tok = s.tokens[k];
  if (tok.pos !== "VERB" || !tok.lower.endsWith("ing") || NOUNS[tok.lower]?.relation !== "ATTACKED") return false;
  return s.mentions.some((m) => m.end === k && m.kind === "Country" && !m.possessive);
}

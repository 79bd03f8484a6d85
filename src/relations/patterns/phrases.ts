// Multi-word triggers (lexicons/relations.json: phrases): "take part in", "hold talks", "impose sanctions on". Found by
// their first word, then read as verb frames (verb-frames.ts); the tokens they use are not read again as single words.
import { RELATIONS } from "../../schema";
import type { SentenceContext, SentenceInput } from "../types";
import { INDIRECT_MODIFIERS, PHRASES, type Phrase } from "../lexicon";
import { POSSESSIVE_PRONOUNS } from "../syntax";
import { verbRelations } from "./verb-frames";

/** Multi-word triggers ("take part in", "hold talks"): the tokens they use, so that single words there are not read again. */
export function phraseTriggers(c: SentenceContext): Set<number> {
  const t = c.s.tokens;
  const usedTokens = new Set<number>();
  for (const { phrase: ph, start: k, end } of phraseMatches(t)) {
    if (ph.requires && !requiredWordFollows(c, end, ph.requires)) continue;
    // "held indirect talks": no meeting in person (the noun "talks" is then read, and gives none either).
    if (ph.relation === "MET_WITH" && t.slice(k, end).some((x) => INDIRECT_MODIFIERS.has(x.lower))) continue;
    // "held talks between A and B": the noun names its parties after "between" (noun-frames.ts: betweenParties).
    if (ph.relation && RELATIONS[ph.relation].symmetric && t[end]?.lower === "between") continue;
    for (let q = k; q < end; q++) usedTokens.add(q);
    verbRelations(c, k, end, ph, ph.relation);
  }
  return usedTokens;
}

/** Whether one of the required words comes within ten words after the phrase, a name counting as one ("designated both Asaib Ahl al-Haq and Kataib Hezbollah as terrorist groups"). */
function requiredWordFollows(c: SentenceContext, end: number, required: readonly string[]): boolean {
  const t = c.s.tokens;
  for (let q = end, words = 0; q < t.length && words < 10; words++) {
    if (required.includes(t[q].lower)) return true;
    const name = c.s.mentions.find((m) => m.start === q);
    q = name ? name.end : q + 1;
  }
  return false;
}

/** Phrase numbers by their first word: a token is tried only against the phrases it can start. */
let phrasesByFirstWord: Map<string, number[]> | undefined;

function indexPhrases(): Map<string, number[]> {
  const index = new Map<string, number[]>();
  PHRASES.forEach((ph, n) => {
    const list = index.get(ph.words[0]);
    if (list) list.push(n);
    else index.set(ph.words[0], [n]);
  });
  return index;
}

/** Every phrase of the lexicon found in the tokens, in lexicon order, then by position (the order rules are applied in). */
export function phraseMatches(t: SentenceInput["tokens"]): { phrase: Phrase; start: number; end: number }[] {
  const index = (phrasesByFirstWord ??= indexPhrases());
  const found: { n: number; start: number; end: number }[] = [];
  const tryPhrases = (numbers: number[], k: number) => {
    for (const n of numbers) {
      const end = phraseEnd(t, k, PHRASES[n].words);
      if (end >= 0) found.push({ n, start: k, end });
    }
  };
  // The first word matches by form or by lemma (one phrase never by both, unless they are equal). A plain loop that
  // calls nothing at a word opening no phrase: this runs for every token of a sentence that names something.
  for (let k = 0; k < t.length; k++) {
    const tok = t[k];
    const byForm = index.get(tok.lower);
    if (byForm) tryPhrases(byForm, k);
    const byLemma = tok.lemma !== tok.lower ? index.get(tok.lemma) : undefined;
    if (byLemma) tryPhrases(byLemma, k);
  }
  return found.sort((a, b) => a.n - b.n || a.start - b.start).map(({ n, start, end }) => ({ phrase: PHRASES[n], start, end }));
}

/**
 * Where the phrase starting at k ends, or -1; adjectives, possessive pronouns and a noun compounded with a later noun
 * word may stand before it: "imposed similar sanctions", "bolstered its security ties", "held peace talks".
 */
export function phraseEnd(t: SentenceInput["tokens"], k: number, words: string[]): number {
  let q = k;
  const modifier = (x: SentenceInput["tokens"][number], next: SentenceInput["tokens"][number] | undefined, w: string) =>
    x.pos === "ADJ" || x.pos === "DET" || POSSESSIVE_PRONOUNS.has(x.lower) || (x.pos === "NOUN" && next?.pos === "NOUN" && (next.lower === w || next.lemma === w));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0) while (q < t.length && modifier(t[q], t[q + 1], w) && q - k < words.length + 2) q++;
    if (q >= t.length || (t[q].lemma !== w && t[q].lower !== w)) return -1;
    q++;
  }
  return q;
}

// Single-word triggers: each token is read as a verb frame, a noun frame or
// an evaluative verb, by its tag and the lexicon.
import type { SentenceContext } from "../types";
import type { Token } from "../../nlp";
import { EVAL_VERBS, JUDGEMENT_VERBS, NOTING_VERBS, NOUNS, SANCTION_NOUNS, VERBS } from "../lexicon";
import { agentPhrase, isMentionStart } from "../syntax";
import { evaluative, judgedClause, meritNoted } from "./evaluative";
import { hyphenedPair, nounRelations } from "./noun-frames";
import { gerundLemma, verbRelations } from "./verb-frames";
import { isCompoundParticiple } from "./places";
import { ARTICLES } from "../../mentions/lexicon";

/** The lemmas of every verb list below, in one set: one lookup per token. */
let triggerLemmas: Set<string> | undefined;

/**
 * Whether a token could trigger anything below: its lemma or word is in a trigger list, or it is a noun in -ing
 * (a gerund, read by another lemma). Most tokens are neither and are skipped before any other test (issue 9).
 */
export function mayTrigger(tok: Token): boolean {
  return (triggerLemmas ??= new Set([...Object.keys(VERBS), ...EVAL_VERBS, ...JUDGEMENT_VERBS, ...NOTING_VERBS])).has(tok.lemma) || !!NOUNS[tok.lower] || (tok.pos === "NOUN" && tok.lower.endsWith("ing"));
}

/** Every token not already used by a phrase trigger. */
export function wordTriggers(c: SentenceContext, usedTokens: Set<number>): void {
  const { s } = c;
  const t = s.tokens;
  t.forEach((tok, k) => {
    if (!mayTrigger(tok) || usedTokens.has(k) || isCompoundParticiple(s, k)) return; // "Iranian-backed": read by compoundParticiples
    // "The sanctions target …", "The sanctions, announced by X, target …": a verb tagged as a noun.
    const afterSanctions = k > 0 && tok.pos === "NOUN" && (SANCTION_NOUNS.has(t[k - 1].lower) || (t[k - 1].text === "," && !!VERBS[tok.lemma] && !!agentPhrase(s, k)));
    // "after meeting his counterpart": a gerund tagged as a noun, taking an object, is the verb.
    const gerund = tok.pos === "NOUN" && /ing$/.test(tok.lower) && k > 0 && t[k - 1].pos === "ADP" && ["DET", "PRON", "PROPN"].includes(t[k + 1]?.pos ?? "") ? gerundLemma(tok.lower) : undefined;
    const lemma = gerund ?? tok.lemma;
    if ((tok.pos === "VERB" || tok.pos === "NOUN" && /ing$/.test(tok.lower) || afterSanctions) && VERBS[lemma]) {
      // A noun trigger of the same spelling ("support", "visit") tagged as a verb after a determiner or possessive is a noun.
      if (k > 0 && (t[k - 1].pos === "DET" || /^['’]s$/.test(t[k - 1].text)) && NOUNS[tok.lower]) return nounRelations(c, k, NOUNS[tok.lower]);
      // "Israel and the occupied West Bank", "the captured town": a participle after an article qualifies its noun; it
      // has no subject of its own.
      if (k > 0 && ARTICLES.has(t[k - 1].lower) && tok.lower.endsWith("ed")) return;
      // "starred in hit BBC comedy X", "a role in captured territory": a verb's form right after a preposition
      // qualifies the noun after it (a gerund still acts: "after attacking Kyiv").
      if (k > 0 && t[k - 1].pos === "ADP" && t[k - 1].lower !== "to" && !tok.lower.endsWith("ing")) return;
      const f = VERBS[lemma];
      return verbRelations(c, k, k + 1, f, f.relation);
    }
    // "a surprise offensive in August": a word tagged as an adjective that ends its noun phrase is the noun.
    // A capitalised noun opening a sentence or headline ("Talks between …") is still the noun.
    const openingWord = k === 0 && s.mentions.some((m) => m.start === 0 && m.end === 1 && m.initial);
    // "The U.S.-ROK Alliance": a capitalised noun after a hyphened pair of names is still the noun.
    const afterPair = tok.pos === "PROPN" && k > 2 && !!NOUNS[tok.lower] && !!hyphenedPair(s, k - 1);
    const nounLike = tok.pos === "NOUN" || (tok.pos === "PROPN" && (!isMentionStart(s, k) || openingWord || afterPair)) || (tok.pos === "ADJ" && !["NOUN", "PROPN", "ADJ"].includes(t[k + 1]?.pos ?? ""));
    if (nounLike && NOUNS[tok.lower]) nounRelations(c, k, NOUNS[tok.lower]);
    if (tok.pos === "VERB" && EVAL_VERBS.has(tok.lemma)) evaluative(c, k);
    if ((tok.pos === "VERB" || tok.pos === "NOUN") && JUDGEMENT_VERBS.has(tok.lemma)) judgedClause(c, k);
    if (tok.pos === "VERB" && NOTING_VERBS.has(tok.lemma)) meritNoted(c, k);
  });
}

// Modality of a fact: negated facts are dropped; planned, possible and
// reported ones say so on their evidence.
import type { Modality } from "../schema";
import type { Token } from "../nlp";
import type { Mention } from "../mentions";
import type { SentenceInput } from "./types";
import { DENIAL_CUES, HYPOTHETICAL, INDIRECT_MODIFIERS, MEDIATED_NOUNS, MEDIATING_VERBS, NEGATION_PHRASES, NEGATIONS, PLANNED, POSSIBLE, REPORTED, REPORTED_SENTENCE, THREAT_VERBS } from "./lexicon";

/** "according to …", "reportedly": the whole sentence is reported. */
export function modalityOfSentence(t: Token[]): Modality {
  for (let k = 0; k < t.length; k++) if (REPORTED_SENTENCE.has(t[k].lower)) return "reported";
  return "asserted";
}

/** The modality of a trigger at k from the words between its subject and it. */
export function modalityAt(s: SentenceInput, subjectEnd: number, k: number, base: Modality): Modality | "negated" {
  const from = Math.max(subjectEnd, k - 5);
  const span = s.tokens.slice(from, k);
  if (span.some((x, i) => NEGATIONS.has(x.lower) || (i + 1 < span.length && NEGATION_PHRASES.has(`${x.lower} ${span[i + 1].lower}`)))) return "negated";
  // "Russia could attack a NATO country": a modal before the bare verb is a possibility to come, no fact ("may have sent" stays possible).
  if (couldDo(s.tokens, k)) return "negated";
  // "warned its citizens against travelling to Japan": a gerund after "against" is advised against, not done.
  if (s.tokens[k - 1]?.lower === "against" && s.tokens[k].lower.endsWith("ing")) return "negated";
  // "threatened to attack Israel": the attack is only threatened.
  if (span.some((x, i) => THREAT_VERBS.has(x.lower) && span[i + 1]?.lower === "to" && !span.slice(i + 2).some((y) => y.pos === "CCONJ" || y.text === ","))) return "negated";
  // "warned that they will impose sanctions on Iran": the subject is inside the clause, so look past it.
  if (threatenedClause(s.tokens, k)) return "negated";
  if (span.some((x, i) => PLANNED.has(x.lower) && !concludes(s.tokens, from + i))) return "planned";
  if (span.some((x) => POSSIBLE.has(x.lower) && x.pos !== "NOUN" && x.pos !== "PROPN")) return "possible"; // not the month "in May"
  if (span.some((x) => REPORTED.has(x.lower))) return "reported";
  return base;
}

/**
 * "warned that they will strike X", "threatened that it would retaliate": the index of the act the speaker says it
 * will do, or -1 ("warned that China will strike Taiwan" is another's act, no threat of the speaker's).
 */
export function willActAfterThat(t: Token[], end: number): number {
  if (t[end]?.lower !== "that" || !SELF_PRONOUNS.has(t[end + 1]?.lower ?? "")) return -1;
  const will = t[end + 2]?.lower === "will" || t[end + 2]?.lower === "would" ? end + 3 : -1;
  return will > 0 && t[will]?.pos === "ADV" ? will + 1 : will;
}
const SELF_PRONOUNS = new Set(["it", "they", "we", "he", "she"]);

/** "warned that they will impose …": the trigger at k is the act a threat or warning announces. */
function threatenedClause(t: Token[], k: number): boolean {
  for (let i = Math.max(0, k - 7); i < k - 1; i++) if (THREAT_VERBS.has(t[i].lower) && willActAfterThat(t, i + 1) === k) return true;
  return false;
}

/** A modal right before the trigger at k, an adverb between at most, and the trigger in its bare form. */
function couldDo(t: Token[], k: number): boolean {
  const modal = t[k - 1]?.pos === "ADV" ? t[k - 2] : t[k - 1];
  return !!modal && POSSIBLE.has(modal.lower) && modal.pos !== "NOUN" && modal.pos !== "PROPN" && t[k].pos === "VERB" && t[k].lower === t[k].lemma;
}

/** "agreed to meet" is a plan, "agreed a deal", "agreed to a ceasefire" a conclusion. */
function concludes(t: Token[], i: number): boolean {
  return t[i].lemma === "agree" && !(t[i + 1]?.lower === "to" && t[i + 2]?.pos === "VERB");
}

/**
 * "whether Putin would meet Zelensky", "if Russia attacks Poland": a question or a condition states no fact; nor
 * does a denied clause ("denied that Pyongyang sent troops", "rejected claims that …", "no evidence that …").
 */
export function statesNoFact(s: SentenceInput, subj: Mention | undefined): boolean {
  if (!subj) return false;
  let start = (subj.outerStart ?? subj.start) - 1;
  if (HYPOTHETICAL.has(s.tokens[start]?.lower ?? "")) return true;
  while (start > 0 && s.tokens[start].pos === "DET") start--;
  if (s.tokens[start]?.lower !== "that") return false;
  // One word ("denied") or two ("no evidence"), up to four words before "that".
  for (let q = Math.max(0, start - 4); q < start; q++) if (DENIAL_CUES.has(s.tokens[q].lower) || (q > 0 && DENIAL_CUES.has(`${s.tokens[q - 1].lower} ${s.tokens[q].lower}`))) return true;
  return false;
}

/**
 * "held indirect talks", "proximity talks", "Qatar mediated talks between A and B": the parties of the meeting noun at k
 * did not meet in person (a third party carried the messages), so it is no MET_WITH.
 */
export function notInPerson(t: Token[], k: number): boolean {
  // A mediated meeting or summit still brings the parties together; mediated talks need not.
  const mediable = MEDIATED_NOUNS.has(t[k].lower);
  let j = k - 1;
  const modifier = (x: Token) => x.pos === "ADJ" || x.pos === "NOUN" || x.pos === "DET" || x.text === "-" || INDIRECT_MODIFIERS.has(x.lower);
  for (; j >= 0 && j >= k - 4 && modifier(t[j]); j--) {
    if (INDIRECT_MODIFIERS.has(t[j].lower) || (mediable && isMediated(t, j))) return true;
  }
  return mediable && j >= 0 && (MEDIATING_VERBS.has(t[j].lemma) || isMediated(t, j));
}

/** "mediated", "brokered" read as a verb or an adjective; "U.S.-brokered talks" say who brokered, not that no one met. */
function isMediated(t: Token[], j: number): boolean {
  const w = t[j].lower;
  return w.endsWith("ed") && t[j - 1]?.text !== "-" && (MEDIATING_VERBS.has(w.slice(0, -1)) || MEDIATING_VERBS.has(w.slice(0, -2)));
}

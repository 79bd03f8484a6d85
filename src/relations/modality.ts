// Modality of a fact: negated facts are dropped; planned, possible and
// reported ones say so on their evidence.
import type { Modality } from "../schema";
import type { Token } from "../nlp";
import type { Mention } from "../mentions";
import type { SentenceInput } from "./types";
import { DENIAL_CUES, HYPOTHETICAL, NEGATIONS, PLANNED, POSSIBLE, REPORTED, REPORTED_SENTENCE } from "./lexicon";

/** "according to …", "reportedly": the whole sentence is reported. */
export function modalityOfSentence(t: Token[]): Modality {
  if (t.some((x) => REPORTED_SENTENCE.has(x.lower))) return "reported";
  return "asserted";
}

/** The modality of a trigger at k from the words between its subject and it. */
export function modalityAt(s: SentenceInput, subjectEnd: number, k: number, base: Modality): Modality | "negated" {
  const from = Math.max(subjectEnd, k - 5);
  const span = s.tokens.slice(from, k);
  if (span.some((x) => NEGATIONS.has(x.lower))) return "negated";
  if (span.some((x, i) => PLANNED.has(x.lower) && !concludes(s.tokens, from + i))) return "planned";
  if (span.some((x) => POSSIBLE.has(x.lower) && x.pos !== "NOUN" && x.pos !== "PROPN")) return "possible"; // not the month "in May"
  if (span.some((x) => REPORTED.has(x.lower))) return "reported";
  return base;
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

// Modality of a fact: negated facts are dropped; planned, possible and
// reported ones say so on their evidence.
import type { Modality } from "../schema";
import type { Token } from "../nlp";
import type { Mention } from "../mentions";
import type { SentenceInput } from "./types";
import { HYPOTHETICAL, NEGATIONS, PLANNED, POSSIBLE, REPORTED, REPORTED_SENTENCE } from "./lexicon";

/** "according to …", "reportedly": the whole sentence is reported. */
export function modalityOfSentence(t: Token[]): Modality {
  if (t.some((x) => REPORTED_SENTENCE.has(x.lower))) return "reported";
  return "asserted";
}

/** The modality of a trigger at k from the words between its subject and it. */
export function modalityAt(s: SentenceInput, subjectEnd: number, k: number, base: Modality): Modality | "negated" {
  const span = s.tokens.slice(Math.max(subjectEnd, k - 5), k);
  if (span.some((x) => NEGATIONS.has(x.lower))) return "negated";
  if (span.some((x) => PLANNED.has(x.lower))) return "planned";
  if (span.some((x) => POSSIBLE.has(x.lower) && x.pos !== "NOUN" && x.pos !== "PROPN")) return "possible"; // not the month "in May"
  if (span.some((x) => REPORTED.has(x.lower))) return "reported";
  return base;
}

/** "whether Putin would meet Zelensky", "if Russia attacks Poland": a question or a condition states no fact. */
export function isHypothetical(s: SentenceInput, subj: Mention | undefined): boolean {
  return !!subj && HYPOTHETICAL.has(s.tokens[(subj.outerStart ?? subj.start) - 1]?.lower ?? "");
}

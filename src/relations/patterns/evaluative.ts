// Evaluations: "described the soldiers as heroes" (PRAISED), "called the move
// illegal" (CRITICIZED).
import type { SentenceContext } from "../types";
import { NEGATIVE, POSITIVE } from "../lexicon";
import { modalityAt } from "../modality";
import { subjectOf } from "../syntax";

/** An evaluative verb at k: praise or criticism by the words after its object. */
export function evaluative(c: SentenceContext, k: number): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  const subj = subjectOf(s, k);
  const obj = s.mentions.find((m) => m.start > k && m.start <= k + 4);
  if (!subj || !obj) return;
  const window = t.slice(obj.end, Math.min(t.length, obj.end + 12)).map((x) => x.lower);
  const mod = modalityAt(s, subj.end, k, c.modality);
  if (mod === "negated") return;
  if (window.some((w) => POSITIVE.has(w))) add(entityOf(subj), entityOf(obj), "PRAISED", t[k].text, mod);
  else if (window.some((w) => NEGATIVE.has(w))) add(entityOf(subj), entityOf(obj), "CRITICIZED", t[k].text, mod);
}

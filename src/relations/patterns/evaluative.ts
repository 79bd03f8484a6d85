// Evaluations: "described the soldiers as heroes" (PRAISED), "called the move
// illegal" (CRITICIZED); a judged clause after a verb of saying or belief
// ("believed Putin was a war criminal", "said Russia's invasion was illegal");
// merit noted ("noted good results from the Security Service").
import type { Mention } from "../../mentions";
import type { SentenceContext, SentenceInput } from "../types";
import { COPULAS, MERIT_ADJECTIVES, MERIT_NOUNS, NEGATIONS, NEGATIVE, POSITIVE } from "../lexicon";
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

/**
 * A verb of saying or belief at k, then "[that] X was [a] <evaluative word>": the speaker judges X ("he believed
 * Putin was a war criminal"); a possessor is judged for what it owns ("Russia's invasion of Ukraine was illegal").
 */
export function judgedClause(c: SentenceContext, k: number): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  const open = t[k + 1]?.lower === "that" ? k + 2 : k + 1;
  const judged = s.mentions.find((m) => (m.outerStart ?? m.start) >= open && (m.outerStart ?? m.start) <= open + 1 && m.ref !== "adjective");
  const copula = judged ? copulaAfter(s, judged) : -1;
  if (!judged || copula < 0) return;
  const verdict = verdictAfter(t, copula + 1);
  const judge = subjectOf(s, k);
  const mod = judge ? modalityAt(s, judge.end, k, c.modality) : "negated";
  if (!verdict || mod === "negated") return;
  add(entityOf(judge), entityOf(judged), verdict, t[k].text, mod);
}

/** The copula that ends the judged one's phrase: "Putin was", "Russia's 2022 invasion of Ukraine was". */
function copulaAfter(s: SentenceInput, m: Mention): number {
  const t = s.tokens;
  let b = m.end;
  // Only a possessor's phrase runs on to its noun: "Ukraine aid was a waste" judges the aid, not Ukraine.
  if (m.possessive) while (b < t.length && b - m.end < 7 && (["PART", "NUM", "NOUN", "ADJ", "PROPN", "DET", "ADP"].includes(t[b].pos) || t[b].text === "-")) b++;
  return b < t.length && COPULAS.has(t[b].lemma) ? b : -1;
}

/** The verdict a few words after a copula: "a war criminal", "still illegal", "a true friend"; none if negated. */
function verdictAfter(t: SentenceInput["tokens"], from: number): "PRAISED" | "CRITICIZED" | undefined {
  for (let q = from; q < Math.min(t.length, from + 4) && ["ADV", "DET", "ADJ", "NOUN", "PART"].includes(t[q].pos); q++) {
    if (NEGATIONS.has(t[q].lower)) return undefined;
    if (NEGATIVE.has(t[q].lower)) return "CRITICIZED";
    if (POSITIVE.has(t[q].lower)) return "PRAISED";
  }
  return undefined;
}

/** A noting verb at k, then "[the] good results / excellent work from|of|by X": the subject praises X. */
export function meritNoted(c: SentenceContext, k: number): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  let q = k + 1;
  const skip = (ok: (x: SentenceInput["tokens"][number]) => boolean) => {
    while (q < t.length && q - k < 8 && ok(t[q])) q++;
  };
  skip((x) => x.pos === "DET" || x.pos === "PUNCT" || x.lower === "to" || x.pos === "ADV");
  if (!MERIT_ADJECTIVES.has(t[q]?.lower ?? "")) return;
  q++;
  skip((x) => x.pos === "ADJ");
  if (!MERIT_NOUNS.has(t[q]?.lower ?? "")) return;
  q++;
  skip((x) => x.pos === "PUNCT" && x.text !== ",");
  if (!["from", "of", "by"].includes(t[q]?.lower ?? "")) return;
  const judged = s.mentions.find((m) => (m.outerStart ?? m.start) > q && (m.outerStart ?? m.start) <= q + 2 && m.ref !== "adjective");
  const judge = subjectOf(s, k);
  const mod = judge ? modalityAt(s, judge.end, k, c.modality) : "negated";
  if (judged && mod !== "negated") add(entityOf(judge), entityOf(judged), "PRAISED", t[k].text, mod);
}

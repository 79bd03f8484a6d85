// Partners and allies stated with a copula (ALLIED_WITH): "China and Russia are comprehensive strategic partners",
// "Japan and Australia remain close allies". The coordinated subjects are allied with each other; partners only with
// an alliance qualifier before the noun ("trading partners" are none), allies in the plural always.
import type { SentenceContext } from "../types";
import { ALLIANCE_QUALIFIERS, ALLY_NOUNS, COPULAS, PARTNER_NOUNS } from "../lexicon";
import { modalityAt } from "../modality";
import { subjectOf } from "../syntax";
import { coordinated } from "../lists";

/** Every copula followed by a plural ally noun, or a qualified partner noun, whose subject is a list of names. */
export function partnersStated(c: SentenceContext): void {
  const t = c.s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!COPULAS.has(t[k].lemma) || (t[k].pos !== "AUX" && t[k].pos !== "VERB")) continue;
    const head = allianceNounAfter(c, k);
    if (head < 0) continue;
    const subj = subjectOf(c.s, k);
    if (!subj) continue;
    const parties = [subj, ...coordinated(c.s, subj, -1)];
    const mod = modalityAt(c.s, subj.end, k, c.modality);
    if (mod === "negated" || parties.length < 2) continue;
    parties.forEach((a, i) => parties.slice(i + 1).forEach((b) => c.add(c.entityOf(a), c.entityOf(b), "ALLIED_WITH", t[head].text, mod)));
  }
}

/** The ally or partner noun after the copula at k, past determiners and modifiers, or -1. */
function allianceNounAfter(c: SentenceContext, k: number): number {
  const t = c.s.tokens;
  let qualified = false;
  for (let q = k + 1; q < t.length && q <= k + 7; q++) {
    const w = t[q].lower;
    if (ALLY_NOUNS.has(w) && w.endsWith("s")) return q;
    if (PARTNER_NOUNS.has(w)) return qualified ? q : -1;
    if (ALLIANCE_QUALIFIERS.has(w)) qualified = true;
    if (!["DET", "ADJ", "ADV", "NOUN"].includes(t[q].pos) && t[q].text !== "-") return -1;
  }
  return -1;
}

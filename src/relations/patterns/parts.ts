// A body named as a part of another: "the Qassam Brigades, Hamas's armed
// wing" and "Hamas's military wing, the Qassam Brigades" (PART_OF).
import type { Mention } from "../../mentions";
import type { SentenceContext, SentenceInput } from "../types";
import { WING_NOUNS } from "../../mentions/structure-lexicon";
import { isCap } from "../../mentions/tokens";

const isBody = (m: Mention | undefined): boolean => !!m && !m.ref && (m.kind === "Organization" || m.kind === "MilitaryForce" || m.kind === "Company");

/** The wing noun closing "Owner's [modifiers] wing" from j ("armed wing", "investment arm"): its index, or -1. */
function wingAfter(s: SentenceInput, j: number): number {
  const t = s.tokens;
  let k = j;
  while (k < t.length && k - j < 3 && (t[k].pos === "ADJ" || t[k].pos === "NOUN") && !isCap(t[k]) && !WING_NOUNS.has(t[k].lower)) k++;
  return WING_NOUNS.has(t[k]?.lower) ? k : -1;
}

/** Every "Body, Owner's wing" and "Owner's wing, Body" of the sentence. */
export function wingsOfBodies(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  for (const owner of s.mentions) {
    // A plural possessive's apostrophe is tagged as punctuation: "Barclays' investment arm".
    const possessive = owner.possessive || (/^['’]$/.test(t[owner.end]?.text ?? "") && /s$/.test(t[owner.end - 1].text));
    if (!possessive || owner.ref || !(isBody(owner) || owner.kind === "Country")) continue;
    const wing = wingAfter(s, owner.end + 1);
    if (wing < 0) continue;
    // Before: "the Qassam Brigades, Hamas's armed wing"; after: "Hamas's military wing, the Qassam Brigades".
    let open = (owner.outerStart ?? owner.start) - 1;
    if (["a", "an", "the"].includes(t[open]?.lower)) open--;
    const before = t[open]?.text === "," ? s.mentions.find((m) => m.end === open) : undefined;
    const from = t[wing + 1]?.text === "," ? wing + 2 + (t[wing + 2]?.lower === "the" ? 1 : 0) : -1;
    const after = from > 0 ? s.mentions.find((m) => (m.outerStart ?? m.start) === from) : undefined;
    for (const part of [before, after]) if (part && isBody(part)) add(entityOf(part), entityOf(owner), "PART_OF", t[wing].text, "asserted");
  }
}

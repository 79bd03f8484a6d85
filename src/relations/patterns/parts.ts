// A body named as a part of another: "the Qassam Brigades, Hamas's armed
// wing" and "Hamas's military wing, the Qassam Brigades" (PART_OF).
import type { Mention } from "../../mentions";
import type { SentenceContext, SentenceInput } from "../types";
import { OWNER_PARTICIPLES, SUBORDINATE_NOUNS, WING_NOUNS } from "../../mentions/structure-lexicon";
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

/** The mention opening at q (past "the"), or the one after a possessive owner. */
function bodyOpeningAt(s: SentenceInput, q: number): Mention | undefined {
  if (s.tokens[q]?.lower === "the") q++;
  const m = s.mentions.find((x) => (x.outerStart ?? x.start) === q || x.start === q);
  // "China's Wingtech", "the Communist Party's People's Daily": the owned name, not its possessor.
  if (m && m.possessive && (m.kind === "Country" || isBody(m))) return s.mentions.find((x) => x.start > m.start && x.start <= m.end + 1);
  return m;
}

/** "a tabloid run by", "a broadcaster owned by" from j: the index of "by", or -1. */
function ownerParticipleAfter(s: SentenceInput, j: number): number {
  const t = s.tokens;
  let k = j;
  while (k < t.length && k - j < 3 && (t[k].pos === "ADJ" || t[k].pos === "NOUN") && !isCap(t[k])) k++;
  return k > j && OWNER_PARTICIPLES.has(t[k]?.lower) && t[k + 1]?.lower === "by" ? k + 1 : -1;
}

/**
 * "the Eastern Theater Command of the People's Liberation Army" (a body named, then "of" and a known body),
 * "Nexperia, a unit of China's Wingtech," (a wing noun in apposition, then "of" and the owner) and "the Global
 * Times, a tabloid run by the People's Daily," (a noun and an owner's participle): PART_OF.
 */
export function bodiesOfBodies(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  for (const part of s.mentions) {
    if (!isBody(part) || part.possessive) continue;
    if (t[part.end]?.lower === "of") {
      const owner = bodyOpeningAt(s, part.end + 1);
      // A known name before "of" is mostly a whole body ("Hamas of Gaza"), unless the owner comes with its country's
      // possessive: "the Quds Force of Iran's Revolutionary Guards".
      const countryOwned = owner !== undefined && s.mentions.some((x) => x.kind === "Country" && x.possessive && x.end + 1 === owner.start);
      if ((!part.known || countryOwned) && owner && owner.known && isBody(owner)) add(entityOf(part), entityOf(owner), "PART_OF", "of", "asserted");
      continue;
    }
    if (t[part.end]?.text !== "," || !["a", "an", "the"].includes(t[part.end + 1]?.lower)) continue;
    const qualifier = ownerQualifyingPart(s, part.end + 2);
    if (qualifier && qualifier !== part) {
      add(entityOf(part), entityOf(qualifier), "PART_OF", "apposition", "asserted");
      continue;
    }
    const wing = wingAfter(s, part.end + 2);
    const by = wing > 0 ? -1 : ownerParticipleAfter(s, part.end + 2);
    const from = wing > 0 && t[wing + 1]?.lower === "of" ? wing + 2 : by > 0 ? by + 1 : -1;
    const owner = from > 0 ? bodyOpeningAt(s, from) : undefined;
    if (owner && owner !== part && isBody(owner)) add(entityOf(part), entityOf(owner), "PART_OF", t[from - 1].text, "asserted");
  }
}

/**
 * "UNICEF, the UN children's agency", "the IAEA, the U.N. nuclear watchdog": a body's name qualifying a part's noun
 * (`subordinateNouns`, `wingNouns`) at j in an apposition; a country's ("the Israeli spy agency") says only whose it is.
 */
function ownerQualifyingPart(s: SentenceInput, j: number): Mention | undefined {
  const t = s.tokens;
  const owner = s.mentions.find((x) => x.start === j);
  if (!owner || owner.possessive || !isBody(owner)) return undefined;
  let k = owner.end;
  while (k < t.length && k - owner.end < 4 && !SUBORDINATE_NOUNS.has(t[k].lower) && ((["ADJ", "NOUN"].includes(t[k].pos) && !isCap(t[k])) || /^['’]s?$/.test(t[k].text))) k++;
  return SUBORDINATE_NOUNS.has(t[k]?.lower) ? owner : undefined;
}

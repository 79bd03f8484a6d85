// A delegation's head leads no country: "the Russian delegation was led by X", "X headed Iran's delegation" make X
// one of the country's people (MEMBER_OF), not its leader (`names.json: delegationNouns`).
import type { Mention } from "../../mentions";
import type { SentenceContext, SentenceInput } from "../types";
import { COUNTRY_SIDE_NOUNS, DELEGATION_NOUNS } from "../../mentions/lexicon";
import { isCap, longestPhrase } from "../../mentions/tokens";
import { countryOrEntity } from "../syntax";
import { coordinated } from "../lists";

/** The end of the delegation noun after the name ("Iran's delegation", "the Russian negotiators"); -1 if none. */
function delegationNounEnd(s: SentenceInput, m: Mention): number {
  const q = /^['’]s?$/.test(s.tokens[m.end]?.text ?? "") ? m.end + 1 : m.end;
  const end = longestPhrase(s, q, DELEGATION_NOUNS, 2);
  if (end > 0 || m.kind !== "Country") return end;
  // The gazetteer's "Russian side" holds its noun.
  return COUNTRY_SIDE_NOUNS.has(s.tokens[m.end - 1].lower) ? m.end : longestPhrase(s, q, COUNTRY_SIDE_NOUNS, 1);
}

/** Whether a delegation noun follows the name: "Iran's delegation", "the Russian negotiators". */
export function ownsDelegation(s: SentenceInput, m: Mention): boolean {
  return delegationNounEnd(s, m) > 0;
}

/**
 * Whether the participle at k qualifies the delegation itself, right after its noun or a comma: "held talks with a
 * Russian delegation led by X", "a delegation of Russia, headed by X". The clause's subject is then not what is led.
 */
export function participleOnDelegation(s: SentenceInput, m: Mention, k: number): boolean {
  const noun = delegationNounEnd(s, m);
  const end = noun > 0 ? noun : m.end;
  return end === k || (end === k - 1 && s.tokens[end]?.text === ",");
}

/** Whether a delegation noun and "of" come before the name: "a delegation of the Russian Federation". */
function delegationOf(s: SentenceInput, m: Mention): boolean {
  let q = (m.outerStart ?? m.start) - 1;
  if (s.tokens[q]?.lower === "the") q--;
  return s.tokens[q]?.lower === "of" && q > 0 && DELEGATION_NOUNS.has(s.tokens[q - 1].lower);
}

/** The country whose delegation is the subject of a passive verb at k: "Russia's delegation was led by X", "a delegation of Russia led by X". */
export function delegationBefore(s: SentenceInput, k: number): Mention | undefined {
  return s.mentions.find((m) => (m.end < k && m.end >= k - 5 && ownsDelegation(s, m)) || (m.end === k && delegationOf(s, m)));
}

/** Verbs that list a delegation's people after it. */
const LISTING_VERBS = new Set(["included", "includes", "include", "comprised", "comprises"]);

/**
 * "the Ukrainian delegation, which also included Defence Minister A and B": each person listed is one of the
 * country's people (MEMBER_OF), like the delegation's head. Only "also" may come between; "did not include" lists none.
 */
export function delegationMembersListed(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  if (!t.some((x) => LISTING_VERBS.has(x.lower))) return;
  for (const m of s.mentions) {
    let q = delegationNounEnd(s, m);
    if (q < 0) continue;
    if (t[q]?.text === ",") q++;
    if (t[q]?.lower === "which" || t[q]?.lower === "that") q++;
    if (t[q]?.lower === "also") q++;
    if (!LISTING_VERBS.has(t[q]?.lower ?? "")) continue;
    const first = s.mentions.find((x) => x.start > q && x.start <= q + 5 && x.kind === "Person" && !x.ref);
    // Only a capitalised title may come before the first name: "included Defence Minister A".
    if (!first || !t.slice(q + 1, first.outerStart ?? first.start).every(isCap)) continue;
    const country = countryOrEntity(c.entities, entityOf, m);
    for (const p of [first, ...coordinated(s, first, 1)]) if (p.kind === "Person" && !p.ref) add(entityOf(p), country, "MEMBER_OF", t[q].text, "asserted");
  }
}

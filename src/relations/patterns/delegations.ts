// A delegation's head leads no country: "the Russian delegation was led by X", "X headed Iran's delegation" make X
// one of the country's people (MEMBER_OF), not its leader (`names.json: delegationNouns`).
import type { Mention } from "../../mentions";
import type { SentenceInput } from "../types";
import { DELEGATION_NOUNS } from "../../mentions/lexicon";
import { longestPhrase } from "../../mentions/tokens";

/** Whether a delegation noun follows the name: "Iran's delegation", "the Russian negotiators". */
export function ownsDelegation(s: SentenceInput, m: Mention): boolean {
  const q = /^['’]s?$/.test(s.tokens[m.end]?.text ?? "") ? m.end + 1 : m.end;
  return longestPhrase(s, q, DELEGATION_NOUNS, 2) > 0;
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

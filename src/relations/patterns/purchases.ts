// Purchases as supply (SUPPLIED_WEAPONS_TO), read from the buyer's side: "Japan bought Tomahawk missiles from the
// United States", "Manila has acquired BrahMos missiles from India", "Poland ordered K2 tanks from South Korea". The
// seller after "from" supplied the buyer; only weapons count ("bought Russian oil from Moscow" supplies none), and
// the seller must be a state, a body or a firm.
import type { Mention } from "../../mentions";
import type { SentenceContext } from "../types";
import { PURCHASE_VERBS } from "../lexicon";
import { modalityAt } from "../modality";
import { nameAfterWord, subjectOf } from "../syntax";
import { objectClasses } from "./verb-frames";

const SELLER_KINDS = new Set(["Country", "Organization", "Company"]);

/** Every purchase verb whose goods are weapons and whose seller is named after "from". */
export function purchases(c: SentenceContext): void {
  const t = c.s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (t[k].pos !== "VERB" || !PURCHASE_VERBS.has(t[k].lemma)) continue;
    const from = fromAfter(c, k);
    if (from < 0 || !objectClasses(c.s, k + 1, from).includes("weapons")) continue;
    const seller = sellerAt(c, from);
    const buyer = subjectOf(c.s, k);
    if (!seller || !buyer || !SELLER_KINDS.has(c.entityOf(seller)?.kind ?? "")) continue;
    const mod = modalityAt(c.s, buyer.end, k, c.modality);
    if (mod !== "negated") c.add(c.entityOf(seller), c.entityOf(buyer), "SUPPLIED_WEAPONS_TO", t[k].text, mod);
  }
}

/** The "from" of the goods bought at k, within the clause (no comma or other verb before it), or -1. */
function fromAfter(c: SentenceContext, k: number): number {
  const t = c.s.tokens;
  for (let q = k + 1; q < t.length && q <= k + 10; q++) {
    if (t[q].lower === "from") return q;
    if (t[q].pos === "PUNCT" && t[q].text !== "-") return -1;
    if (t[q].pos === "VERB" || (t[q].pos === "CCONJ" && t[q + 1]?.pos === "VERB")) return -1;
  }
  return -1;
}

/** The name right after "from", past a determiner: "from the United States". */
function sellerAt(c: SentenceContext, from: number): Mention | undefined {
  return nameAfterWord(c.s, from, (m) => m.ref !== "adjective");
}

// Names of products, which are no entity of any kind (issue 10, BBC class 1):
// a name a firm owns ("Sony's Vexa"), a name after an owner and before a
// product noun ("its Volt Mini players"), a name of several words after an
// article and before one ("the Tempest Arc console"). A lone name before a
// product noun names the maker as often as the product ("Kestrel phones"), so
// it stays a name.
import type { Mention, SentenceView } from "./types";
import type { Token } from "../nlp";
import { isGivenName } from "../gazetteer/names";
import { titleAt } from "./titles";
import { hasPersonEvidence } from "./lookup-kind";
import { OWNER_DETERMINERS, PRODUCT_NOUNS } from "./entity-cues";
import { ARTICLES } from "./lexicon";

/** Words between a determiner and a product's name ("its new", "the latest"). */
const isQualifier = (t: Token) => t.pos === "ADJ" || t.lower === "new" || t.lower === "latest";

/** Whether the capitalised name [i, end) is a product's, by the words around it. */
export function isProductName(s: SentenceView, i: number, end: number, sofar: Mention[]): boolean {
  return productOfFirm(s, i, end, sofar) || beforeProductNoun(s, i, end);
}

/**
 * "Microsoft's Xbox", "Sony's PlayStation", "Microsoft Windows": a word a firm owns, or that follows a firm the
 * gazetteer knows, other than a person's ("Microsoft's Bill Gates") or a post, is its product.
 */
function productOfFirm(s: SentenceView, i: number, end: number, sofar: Mention[]): boolean {
  const firm = sofar[sofar.length - 1];
  if (!firm || firm.kind !== "Company" || end - i !== 1 || isGivenName(s.tokens[i].text) || titleAt(s, i) >= 0) return false;
  return firm.possessive ? firm.end + 1 === i : firm.known && firm.end === i;
}

/** "its new Volt Mini players", "the Tempest Arc console": a product noun heads the phrase, after an owner, or after an article for a name of several words. */
function beforeProductNoun(s: SentenceView, i: number, end: number): boolean {
  const t = s.tokens;
  // "the Kestrel phone network": the product noun must be the phrase's head.
  if (!t[end] || !PRODUCT_NOUNS.has(t[end].lower) || ["NOUN", "PROPN"].includes(t[end + 1]?.pos ?? "")) return false;
  let k = i - 1;
  while (k >= 0 && k > i - 3 && isQualifier(t[k])) k--;
  const before = t[k]?.lower ?? "";
  if (OWNER_DETERMINERS.has(before)) return true;
  // "the Xi Jinping model" is a person's.
  return end - i >= 2 && ARTICLES.has(before) && !hasPersonEvidence(t.slice(i, end));
}

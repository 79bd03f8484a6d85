// Places said to lie in held territory (CAPTURED): "the plant, which is in
// Russian-controlled territory", "Rafah, in Israeli-held territory", "the dam
// in Russian-occupied territory". The holder is the name joined to the control
// participle; the place held is the name the phrase qualifies.
import type { Mention } from "../../mentions";
import type { SentenceContext, SentenceInput } from "../types";
import { CONTROL_PARTICIPLES, PLACE_NOUNS } from "../lexicon";
import { isCompoundParticiple } from "./places";
import { countryOrEntity } from "../syntax";
import { ARTICLES } from "../../mentions/lexicon";

/** Every "X, which is in <Holder>-controlled territory" of the sentence. */
export function heldTerritory(c: SentenceContext): void {
  const { s, entities, entityOf, add } = c;
  const t = s.tokens;
  for (const holder of s.mentions) {
    const word = t[holder.end + 1];
    // "Russian-controlled territory" with no name after the noun: the place held is named before.
    if (!word || !CONTROL_PARTICIPLES.has(word.lower) || !isCompoundParticiple(s, holder.end + 1) || !PLACE_NOUNS.has(t[holder.end + 2]?.lower ?? "")) continue;
    if (s.mentions.some((m) => m.start === holder.end + 3 || (m.start === holder.end + 4 && t[holder.end + 3].lower === "of"))) continue;
    const held = placeBefore(s, (holder.outerStart ?? holder.start) - 1);
    const actor = countryOrEntity(entities, entityOf, holder);
    if (held && actor) add(actor, entityOf(held), "CAPTURED", word.text, c.modality);
  }
}

/** The name an "in" phrase at j qualifies: "X in", "X, in", "X, which is in", "X, the largest in Europe, which lies in". */
function placeBefore(s: SentenceInput, j: number): Mention | undefined {
  const t = s.tokens;
  if (t[j]?.lower !== "in") return undefined;
  j--;
  while (j >= 0 && (t[j].pos === "AUX" || t[j].pos === "VERB" || t[j].pos === "ADV")) j--; // "is", "lies", "located"
  if (t[j]?.lower === "which" || t[j]?.lower === "that") j--;
  if (t[j]?.text === ",") j--;
  return appositionSkipped(s, j) ?? s.mentions.find((m) => m.end === j + 1);
}

/** Back over an apposition that ends at j ("X, the largest in Europe,"), to the name before it. */
function appositionSkipped(s: SentenceInput, j: number): Mention | undefined {
  const t = s.tokens;
  let open = j;
  while (open > 0 && j - open < 8 && t[open].text !== "," && t[open].pos !== "VERB" && t[open].pos !== "AUX") open--;
  if (t[open]?.text !== "," || !ARTICLES.has(t[open + 1]?.lower ?? "")) return undefined;
  return s.mentions.find((m) => m.end === open);
}

// "in Gyeongju, South Korea", "at a hotel in Busan, South Korea, on Thursday": a place after a place preposition,
// a comma and a country that closes the phrase is in that country (LOCATED_IN). A list goes on past the country
// ("in Seoul, Japan and China"), a capital is a list's next place ("in Geneva, London and Madrid"), and a clause
// starts with the country ("in Moscow, Russia said"): none places anything.
import type { SentenceContext } from "../types";
import { PLACE_PREPS } from "../../mentions/lexicon";
import { capitalOf } from "../../gazetteer/countries";

/** Every "PREP Place, Country" whose country closes the phrase. */
export function placeCommaCountry(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  s.mentions.forEach((m, i) => {
    const country = s.mentions[i + 1];
    // "in Geneva, London, Stockholm and Madrid": a capital read as its country is a list's next place, not a country.
    if (t[m.end]?.text !== "," || !country || country.start !== m.end + 1 || country.ref || country.possessive || capitalOf(country.surface)) return;
    if (!PLACE_PREPS.has(t[(m.outerStart ?? m.start) - 1]?.lower ?? "") || entityOf(m)?.kind !== "Location") return;
    // The country closes the phrase: a stop, a preposition, or a comma before no list word or name ("in South America,
    // Italy, Spain and …" lists; "in Paris, Ireland face …" opens a clause whatever the tag of "face").
    const after = t[country.end];
    const listGoesOn = after?.text === "," && (["and", "or"].includes(t[country.end + 1]?.lower ?? "") || s.mentions.some((x) => x.start === country.end + 1));
    if ((after && ![",", ".", ";", ")"].includes(after.text) && after.pos !== "ADP") || listGoesOn) return;
    if (entityOf(country)?.kind === "Country") add(entityOf(m), entityOf(country), "LOCATED_IN", ",", "asserted");
  });
}

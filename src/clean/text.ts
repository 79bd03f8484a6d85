// Character-level normalisation of scraped text, before any line is judged.
import { decodeHTMLStrict } from "../html-libs";

/** Decodes HTML character references left in scraped text (`&#x27;`, `&quot;`, `&Eacute;`); a bare `&` stays. */
export function decodeEntities(text: string): string {
  return text.includes("&") ? decodeHTMLStrict(text) : text;
}

/** Normalises text: entities decoded, odd spaces folded, sentences run together without a space split. */
export function normalizeText(text: string): string {
  return decodeEntities(text)
    .replace(/\r\n?/g, "\n")
    // A transcript's speaker labels ("Q: Yesterday, …", "A: Arms sales …"): the line's words open its sentence.
    .replace(/^(?:Q|A|Question|Answer)[ \t]?:[ \t]+(?=\S)/gm, "")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    // "ceremony.The event": a lower-case word, a full stop, a capitalised word.
    .replace(/([a-z]{2}[.!?])([A-Z][a-z])/g, "$1 $2")
    // "International Peacetold Newsweek": a speech verb glued to the name before it.
    .replace(/\b([A-Z][a-z]{3,})(told|said|says|added)\b/g, "$1 $2")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/[ \t]{2,}/g, " ");
}

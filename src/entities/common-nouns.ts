// A one-word name the article also writes in lower case ("the Budget" …
// "budget cuts"; "the Government" … "a government plan"; "the Games" …
// "computer games") is a common noun capitalised by house style, not a name.
import type { EntityTable } from "./table";
import type { SentenceMentions } from "./types";

/** Marks, in place, the entities of the table that are common nouns written with a capital. */
export function markCommonNouns(table: EntityTable, sentences: SentenceMentions[]): void {
  const lowerWords = new Set<string>();
  for (const s of sentences) for (const t of s.tokens ?? []) if (t.text === t.lower) lowerWords.add(t.lower);
  for (const e of table.entities) {
    // Countries, places and persons are names however the article writes other words ("turkey", "china", "bush").
    if (e.known || e.kind === "Person" || e.kind === "Country" || e.kind === "Location" || /[\s-]/.test(e.label)) continue;
    if (lowerWords.has(e.label.toLowerCase())) e.noEntity = true;
  }
}

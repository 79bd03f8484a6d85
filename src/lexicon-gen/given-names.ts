// Given names: the English, German, Spanish, French, Italian and Turkish name
// lists of gender-detection-from-name (MIT), and the first words of the
// real-world persons of the Phoenix actor dictionary (MIT), which bring names
// the Western lists lack ("Narendra", "Volodymyr"). For East Asian persons
// that first word is the family name ("Xi", "Kim"), which is as much a sign
// of a person.
import { nameKey } from "../names";
import type { PersonEntry } from "./phoenix";

export const NAME_LISTS = ["en", "de", "es", "fr", "it", "tr"] as const;

/** The package's list for a language: lower-case names. */
export function packageNames(lang: (typeof NAME_LISTS)[number]): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
  return [...new Set([...names.keys()].map(nameKey))].filter((n) => /^\p{L}[\p{L}' -]*$/u.test(n)).sort();
}

/** First words of Phoenix persons (of at least minPersons of them), without initials ("A.") or role words ("Sir", "General"). */
export function phoenixFirstNames(persons: PersonEntry[], roleWords: Set<string>, minPersons = 1): string[] {
  const count = new Map<string, number>();
  for (const p of persons) {
    const first = nameKey(p.name).split(" ")[0];
    if (first.length < 2 || roleWords.has(first) || !/^\p{L}+$/u.test(first)) continue;
    count.set(first, (count.get(first) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n >= minPersons).map(([w]) => w).sort();
}

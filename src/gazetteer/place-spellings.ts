// One place, two spellings: "Kiev" and "Kyiv", "Kharkov" and "Kharkiv", "Odessa" and "Odesa", "Lugansk" and
// "Luhansk". The administrative divisions lexicon lists a division's other spellings among its aliases; a one-word
// alias that differs from the division's own short name by a letter or two is that name spelt another way (a region's
// other names, "Kharkivshchyna", differ by more and are left alone).
import { nameKey } from "../names";
import { lexiconIndex } from "../lexicon-snapshot";
import { loadAdminDivisions, type AdminDivision } from "./places";

/** Levenshtein distance, given up past `most` (names of a few letters: a row at a time). */
function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > most) return most + 1;
    prev = row;
  }
  return prev[b.length];
}

/** The division's short name as news writes it: its name without the type word ("Kharkiv" of "Kharkiv Oblast"). */
const shortName = (d: AdminDivision) => (d.type && d.name.toLowerCase().endsWith(` ${d.type}`) ? d.name.slice(0, -d.type.length - 1) : d.name);

/** Other spelling (name key) → the short name it spells, from every division; a spelling of two places is dropped. */
export function placeSpellingsOf(divisions: AdminDivision[]): Map<string, string> {
  const shortNames = new Set(divisions.map((d) => nameKey(shortName(d))));
  const found = new Map<string, string | null>();
  for (const d of divisions) {
    const own = shortName(d);
    const ownKey = nameKey(own);
    if (own.includes(" ")) continue;
    for (const a of d.aliases) {
      const key = nameKey(a);
      // Another place's own name ("Georgia") is never a spelling; five letters at least, so that short names stay apart.
      if (a.includes(" ") || key === ownKey || key.length < 4 || shortNames.has(key) || key[0] !== ownKey[0] || editDistance(key, ownKey, 2) > 2) continue;
      const before = found.get(key);
      found.set(key, before === undefined || before === own ? own : null);
    }
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null));
}

const spellings = lexiconIndex("place-spellings", () => placeSpellingsOf(loadAdminDivisions()));

/** The spelling the divisions lexicon names a place by, when this name is another spelling of it ("Kiev" → "Kyiv"). */
export function placeSpelling(name: string): string | undefined {
  return spellings().get(nameKey(name));
}

// Entries indexed by the name key of every name and alias, for lookups that
// ignore case, accents, punctuation and a leading "the".
import { nameKey } from "../names";

/** Each key → the entries it names, in file order; an entry once per key. */
export function indexByName<T extends { name: string; aliases: string[] }>(entries: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const e of entries)
    for (const key of new Set([e.name, ...e.aliases].map(nameKey))) {
      const list = index.get(key);
      if (list) list.push(e);
      else index.set(key, [e]);
    }
  return index;
}

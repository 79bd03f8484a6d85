// Writing a generated lexicon: one list element per line, so that a
// regeneration reads as a reviewable diff, replaced atomically.
import { writeFileAtomic } from "../write";

export function writeLexicon(path: string, comment: string, lists: Record<string, unknown[]>): void {
  const parts = [`"_comment": ${JSON.stringify(comment)}`];
  for (const [key, list] of Object.entries(lists)) parts.push(`${JSON.stringify(key)}: [\n${list.map((e) => JSON.stringify(e)).join(",\n")}\n]`);
  writeFileAtomic(path, `{\n${parts.join(",\n")}\n}\n`);
}

/** Keeps the first of each group of strings with the same key, in order. */
export function uniqueBy(values: string[], key: (s: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// Given names written several ways (lexicons/given-name-variants.json): "Steve" and "Steven", "Vladimir" and
// "Volodymyr" are one given name, so two full names that differ only there name one person.
import { entry, lexiconError, lexiconPath, list, readLexicon, shaped } from "../lexicon-check";

const FIX = "fix the group in lexicons/given-name-variants.json";
const LOWER_NAME = /^\p{Ll}+$/u;

/** Each variant (lower case) → the first name of its group. */
export function loadGivenNameVariants(path = lexiconPath("given-name-variants.json")): Map<string, string> {
  const { at, data } = readLexicon(path, FIX);
  const canonical = new Map<string, string>();
  list(data.groups, entry(at, "groups"), (group, g) => {
    const names = list(group, g, (v, a) => shaped(v, a, LOWER_NAME, "a lower-case given name"));
    if (names.length < 2) throw lexiconError(g, "must list two spellings or more");
    names.forEach((name, k) => {
      if (canonical.has(name)) throw lexiconError(entry(g, k), `"${name}" is in two groups: a given name belongs to one`);
      canonical.set(name, names[0]);
    });
  });
  return canonical;
}

let variants: Map<string, string> | undefined;

/** The one spelling of a given name's group ("volodymyr" → "vladimir"), else the name itself; lower case in and out. */
export function givenNameGroup(lowerName: string): string {
  variants ??= loadGivenNameVariants();
  return variants.get(lowerName) ?? lowerName;
}

// Given names written several ways (lexicons/given-name-variants.json): "Vladimir" and "Volodymyr" are one name
// spelt two ways, "Steve" a short form of "Steven", so two full names that differ only there may name one person.
import { entry, lexiconError, lexiconPath, list, readLexicon, shaped, type At } from "../lexicon-check";

const FIX = "fix the group in lexicons/given-name-variants.json";
const LOWER_NAME = /^\p{Ll}+$/u;

export interface GivenNameVariants {
  /** Each spelling (lower case) → the first of its group. */
  spellings: Map<string, string>;
  /** Each short form or full name (lower case, spelt canonically) → the full name of its group. */
  shortForms: Map<string, string>;
}

/** One list of groups, each name → its group's first name; a name in two groups of the list is refused. */
function readGroups(value: unknown, at: At): Map<string, string> {
  const canonical = new Map<string, string>();
  list(value, at, (group, g) => {
    const names = list(group, g, (v, a) => shaped(v, a, LOWER_NAME, "a lower-case given name"));
    if (names.length < 2) throw lexiconError(g, "must list two names or more");
    names.forEach((name, k) => {
      if (canonical.has(name)) throw lexiconError(entry(g, k), `"${name}" is in two groups: a given name belongs to one`);
      canonical.set(name, names[0]);
    });
  });
  return canonical;
}

export function loadGivenNameVariants(path = lexiconPath("given-name-variants.json")): GivenNameVariants {
  const { at, data } = readLexicon(path, FIX);
  return { spellings: readGroups(data.spellings, entry(at, "spellings")), shortForms: readGroups(data.shortForms, entry(at, "shortForms")) };
}

let variants: GivenNameVariants | undefined;

/** The canonical spelling of a given name ("volodymyr" → "vladimir"); lower case in and out. */
export function givenNameSpelling(lowerName: string): string {
  variants ??= loadGivenNameVariants();
  return variants.spellings.get(lowerName) ?? lowerName;
}

/** The full name a given name's short form stands for, spelt canonically ("jim" → "james", "oleksandr" → "alexander"). */
export function givenNameGroup(lowerName: string): string {
  const spelt = givenNameSpelling(lowerName);
  return variants!.shortForms.get(spelt) ?? spelt;
}

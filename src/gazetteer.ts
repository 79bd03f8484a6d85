// Gazetteer: the known names of lexicons/gazetteer.json (countries with their
// aliases, demonyms, capitals and forces; organisations, firms, places, events)
// indexed for longest-match lookup over tokens.
import type { EntityKind } from "./schema";
import rawGazetteer from "../lexicons/gazetteer.json";
import rawCountries from "../lexicons/countries.json";
import { tokenize, type Token } from "./nlp";
import { readCountriesLexicon, readGazetteerLexicon, type NamedEntry } from "./gazetteer-lexicon";
import { lexiconIndex } from "./lexicon-snapshot";

const world = { countries: readCountriesLexicon(rawCountries) };
const data = readGazetteerLexicon(rawGazetteer, world.countries);

export type GazRole = "country" | "demonym" | "capital" | "force" | "name";

export interface GazEntry {
  /** Canonical label of the entity this alias names. */
  canonical: string;
  kind: EntityKind;
  role: GazRole;
  /** For demonyms, capitals and forces: the country's canonical name. */
  country?: string;
  words: string[];
  caseSensitive: boolean;
}

export interface CountryInfo {
  name: string;
  demonym: string;
  military: string;
  capitals: string[];
}

interface Index {
  byFirst: Map<string, GazEntry[]>;
  countries: Map<string, CountryInfo>;
  /** Canonical name → kind and owning country, for every named entry. */
  known: Map<string, KnownEntry>;
}

/** A named entry's kind, owning country and other names ("North Atlantic Alliance" for NATO). */
interface KnownEntry {
  kind: EntityKind;
  country?: string;
  aliases?: readonly string[];
}

/** Letters and single spaces: split on the spaces, the tagger splits such an alias the same way (checked by a test over the lexicons). */
const PLAIN_ALIAS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** An alias's words as the tagger splits them, as written; a plain alias without the tagger (one parse per alias cost each worker about 0.2 s). */
export function aliasWords(alias: string): string[] {
  return PLAIN_ALIAS.test(alias) && !/\bcannot\b/i.test(alias) ? alias.split(" ") : tokenize(alias).map((t) => t.text);
}

function build(): Index {
  const byFirst = new Map<string, GazEntry[]>();
  const countries = new Map<string, CountryInfo>();
  const known = new Map<string, KnownEntry>();
  const add = (alias: string, e: Omit<GazEntry, "words" | "caseSensitive">) => {
    const written = aliasWords(alias);
    if (!written.length) return;
    const words = written.map((w) => w.toLowerCase());
    // Acronyms and other all-capital aliases ("US", "UN") must match in capitals, or "us" would be the United States.
    const caseSensitive = alias === alias.toUpperCase() && /[A-Z]/.test(alias);
    const entry: GazEntry = { ...e, words: caseSensitive ? written : words, caseSensitive };
    const first = words[0];
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push(entry);
  };
  // Hand-written entries first; the generated world list fills in the rest.
  const taken = new Set<string>();
  for (const c of data.countries) for (const a of [c.name, ...(c.aliases ?? []), ...c.demonyms]) taken.add(a.toLowerCase());
  for (const l of [...data.locations, ...data.organizations]) for (const a of [l.name, ...(l.aliases ?? [])]) taken.add(a.toLowerCase());
  const extra = world.countries.filter((c) => ![c.name, ...(c.aliases ?? [])].some((a) => taken.has(a.toLowerCase())));
  for (const c of [...data.countries, ...extra]) {
    const demonym = c.demonyms[0] ?? c.name;
    const military = c.military ?? `${demonym} armed forces`;
    countries.set(c.name, { name: c.name, demonym, military, capitals: c.capitals ?? [] });
    known.set(c.name, { kind: "Country" });
    known.set(military, { kind: "MilitaryForce", country: c.name });
    for (const a of [c.name, ...(c.aliases ?? [])]) add(a, { canonical: c.name, kind: "Country", role: "country" });
    for (const d of c.demonyms) add(d, { canonical: c.name, kind: "Country", role: "demonym", country: c.name });
    for (const cap of c.capitals ?? []) add(cap, { canonical: c.name, kind: "Country", role: "capital", country: c.name });
    if (c.military) add(c.military, { canonical: military, kind: "MilitaryForce", role: "force", country: c.name });
  }
  const named = (list: NamedEntry[], kind: EntityKind) => {
    for (const o of list) {
      const k = o.kind ?? kind;
      known.set(o.name, { kind: k, country: o.country, aliases: o.aliases });
      for (const a of [o.name, ...(o.aliases ?? [])]) add(a, { canonical: o.name, kind: k, role: "name", country: o.country });
    }
  };
  named(data.organizations, "Organization");
  named(data.locations, "Location");
  named(data.events, "Event");
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, countries, known };
}

const idx = lexiconIndex("gazetteer", build);

/** The longest gazetteer entry that starts at token i, if any. */
export function matchAt(tokens: Token[], i: number): GazEntry | undefined {
  const cands = idx().byFirst.get(tokens[i].lower);
  if (!cands) return undefined;
  const split = splitBySecondWord(cands);
  const next = tokens[i + 1];
  // Only the entries whose second word is the next token's can match it; one-word entries, the shortest, come last.
  const several = next ? split.several.get(straightened(next.lower)) : undefined;
  return (several && firstMatch(tokens, i, several)) || firstMatch(tokens, i, split.single);
}

/** matchAt read over all of the first word's entries, without the split by second word; exported for the test that both agree. */
export function matchAtByScan(tokens: Token[], i: number): GazEntry | undefined {
  const cands = idx().byFirst.get(tokens[i].lower);
  return cands && firstMatch(tokens, i, cands);
}

/** The first of the entries (longest first) whose words are the tokens from i. */
function firstMatch(tokens: Token[], i: number, entries: readonly GazEntry[]): GazEntry | undefined {
  for (const e of entries) {
    if (i + e.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < e.words.length && ok; k++) {
      const t = tokens[i + k];
      // A typographic apostrophe is the same letter: "People’s Republic" is "People's Republic".
      const text = e.caseSensitive ? t.text : t.lower;
      ok = text === e.words[k] || (text.includes("’") && text.replace(/’/g, "'") === e.words[k]);
    }
    // A lower-case word is not a name ("china" the porcelain, "turkey" the bird), unless shouted in capitals.
    const first = tokens[i].text;
    if (ok && !e.caseSensitive && !/^\p{Lu}/u.test(first)) ok = false;
    if (ok) return e;
  }
  return undefined;
}

/** The word with its typographic apostrophes straight, as entries match them. */
const straightened = (word: string) => (word.includes("’") ? word.replace(/’/g, "'") : word);

/** A first word's entries, those of several words by their (lower-case) second word, and those of one word. */
interface SplitEntries {
  several: Map<string, GazEntry[]>;
  single: GazEntry[];
}

/**
 * Each first word's entries split by their second word, on first use: "the" opens hundreds of entries, and matchAt
 * read them all at every "the" of the text (issue 9). Order within each part is the entries' order, longest first.
 */
const splitEntries = new WeakMap<GazEntry[], SplitEntries>();

function splitBySecondWord(entries: GazEntry[]): SplitEntries {
  let split = splitEntries.get(entries);
  if (split) return split;
  split = { several: new Map(), single: [] };
  for (const e of entries) {
    if (e.words.length === 1) {
      split.single.push(e);
      continue;
    }
    // A case-sensitive entry keeps its words as written: its second word matches the token whose lower case is this.
    const second = straightened(e.words[1].toLowerCase());
    const list = split.several.get(second);
    if (list) list.push(e);
    else split.several.set(second, [e]);
  }
  splitEntries.set(entries, split);
  return split;
}

/** Per role, the lower-case first words its entries open with. */
let firstWordsByRole: Map<GazRole, Set<string>> | undefined;

/** The lower-case words some entry of the role opens with: matchAt finds no entry of the role at a token whose lower-case word is not one. */
export function firstWordsOf(role: GazRole): ReadonlySet<string> {
  if (!firstWordsByRole) {
    firstWordsByRole = new Map();
    for (const [first, list] of idx().byFirst)
      for (const e of list) {
        let words = firstWordsByRole.get(e.role);
        if (!words) firstWordsByRole.set(e.role, (words = new Set()));
        words.add(first);
      }
  }
  return firstWordsByRole.get(role) ?? new Set();
}

/** The lower-case words any entry opens with: matchAt finds nothing at a token whose lower-case word is not one. */
export function entryFirstWords(): ReadonlySet<string> {
  return new Set(idx().byFirst.keys());
}

export function countryInfo(name: string): CountryInfo | undefined {
  return idx().countries.get(name);
}

export function knownEntity(name: string): KnownEntry | undefined {
  return idx().known.get(name);
}

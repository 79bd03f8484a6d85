// Country names as the gazetteer knows them: every name and alias (lower-cased
// name key) → the canonical name, hand-written lexicons/gazetteer.json first,
// then the generated lexicons/countries.json, as in src/gazetteer.ts.
import hand from "../../lexicons/gazetteer.json";
import world from "../../lexicons/countries.json";
import { nameKey } from "../names";
import { lexiconError, word, type At } from "../lexicon-check";
import { lexiconIndex } from "../lexicon-snapshot";

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of world.countries) for (const a of [c.name, ...c.aliases]) map.set(nameKey(a), c.name);
  // Hand-written names win: "Czech Republic" over the package's "Czechia".
  const written = new Map<string, string>();
  for (const c of hand.countries as { name: string; aliases?: string[] }[]) for (const a of [c.name, ...(c.aliases ?? [])]) written.set(nameKey(a), c.name);
  for (const [k, name] of written) map.set(k, name);
  for (const c of world.countries) {
    const mine = [c.name, ...c.aliases].map((a) => written.get(nameKey(a))).find(Boolean);
    if (mine) for (const a of [c.name, ...c.aliases]) map.set(nameKey(a), mine);
  }
  return map;
}

const byKey = lexiconIndex("countries", build);

/** The canonical country a name or alias means ("Czechia" → "Czech Republic"), if it names one. */
export const countryNamed = (name: string): string | undefined => byKey().get(nameKey(name));

let canonical: Set<string> | undefined;

/** Every canonical country name. */
export const countryNames = (): Set<string> => (canonical ??= new Set(byKey().values()));

/** A lexicon entry that must be a canonical country name ("Russia", not "Russian Federation"). */
export function canonicalCountry(value: unknown, at: At): string {
  const name = word(value, at);
  if (!countryNames().has(name)) throw lexiconError(at, `is ${JSON.stringify(name)}, not a canonical country name of lexicons/gazetteer.json or countries.json`);
  return name;
}

function buildCapitals(): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of [...world.countries, ...hand.countries] as { name: string; capitals?: string[] }[]) {
    const country = countryNamed(c.name) ?? c.name;
    for (const cap of c.capitals ?? []) map.set(nameKey(cap), country);
  }
  return map;
}

const capitals = lexiconIndex("capitals", buildCapitals);

/** The country whose capital the name is ("Washington" → "United States"), if any. */
export const capitalOf = (name: string): string | undefined => capitals().get(nameKey(name));

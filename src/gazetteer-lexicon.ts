// The known-names lexicons, checked when loaded: lexicons/gazetteer.json (written
// by hand: countries with demonyms, capitals and forces; organisations, places,
// events) and lexicons/countries.json (generated from world-countries). A broken
// entry fails naming the file and the entry, instead of a silently missing name.
import type { EntityKind } from "./schema";
import { entityKind, entry, fields, list, lexiconError, optional, word, words, type At } from "./lexicon-check";

export interface CountryEntry {
  name: string;
  aliases?: string[];
  demonyms: string[];
  capitals?: string[];
  military?: string;
}

export interface NamedEntry {
  name: string;
  aliases?: string[];
  kind?: EntityKind;
  /** Canonical name of the country it belongs to. */
  country?: string;
}

export interface GazetteerLexicon {
  countries: CountryEntry[];
  organizations: NamedEntry[];
  locations: NamedEntry[];
  events: NamedEntry[];
}

function readCountry(value: unknown, at: At): CountryEntry {
  const o = fields(value, at, ["name", "demonyms"], ["aliases", "capitals", "military"]);
  return {
    name: word(o.name, entry(at, "name")),
    aliases: optional(o, "aliases", at, words),
    demonyms: words(o.demonyms, entry(at, "demonyms")),
    capitals: optional(o, "capitals", at, words),
    military: optional(o, "military", at, word),
  };
}

function readNamed(value: unknown, at: At, countries: Set<string>): NamedEntry {
  const o = fields(value, at, ["name"], ["aliases", "kind", "country"]);
  const country = optional(o, "country", at, word);
  if (country !== undefined && !countries.has(country)) throw lexiconError(entry(at, "country"), `is "${country}", not the name of a country in the lexicon`);
  return { name: word(o.name, entry(at, "name")), aliases: optional(o, "aliases", at, words), kind: optional(o, "kind", at, entityKind), country };
}

/** Checks the parsed gazetteer.json and returns it typed; throws naming the file and the entry. */
export function readGazetteerLexicon(value: unknown, worldCountries: readonly CountryEntry[] = [], file = "lexicons/gazetteer.json"): GazetteerLexicon {
  const at: At = { file, path: "" };
  const o = fields(value, at, ["countries", "organizations", "locations", "events"]);
  const countries = list(o.countries, entry(at, "countries"), readCountry);
  const names = new Set([...countries, ...worldCountries].map((c) => c.name));
  const named = (key: string) => list(o[key], entry(at, key), (v, a) => readNamed(v, a, names));
  return { countries, organizations: named("organizations"), locations: named("locations"), events: named("events") };
}

/** Checks the parsed countries.json (generated) and returns its countries typed. */
export function readCountriesLexicon(value: unknown, file = "lexicons/countries.json"): CountryEntry[] {
  const at: At = { file, path: "", fix: "fix the entry or regenerate with: node -r ts-node/register scripts/make-places-lexicon.ts" };
  const o = fields(value, at, ["countries"]);
  return list(o.countries, entry(at, "countries"), readCountry);
}

// Places no city list holds: first-level administrative divisions
// (lexicons/admin-divisions.json) and continents, world regions, seas and
// disputed areas (lexicons/world-regions.json), looked up by any of their
// names, case, accents, punctuation and a leading "the" ignored.
import { nameKey } from "../names";
import { canonicalCountry, capitalOf, countryNamed, countryNames } from "./countries";
import { entry, fields, hasOnlyFields, isOptionalList, isWord, lexiconPath, list, oneOf, optional, optionalWords, plainList, readLexicon, shaped, word, type At } from "../lexicon-check";
import { indexByName } from "./name-index";
import { lexiconIndex } from "../lexicon-snapshot";
import cityList from "../../lexicons/places.json";

const REGENERATE = "fix the entry or regenerate with: node -r ts-node/register scripts/make-gazetteer-lexicons.ts";

export interface AdminDivision {
  /** Canonical English name ("Kursk Oblast"). */
  name: string;
  /** Canonical name of its country, as the gazetteer spells it. */
  country: string;
  /** ISO 3166-2 code ("RU-KRS"). */
  code: string;
  /** The English word for this kind of division ("oblast", "state"), when known. */
  type?: string;
  aliases: string[];
}

const REGION_TYPES = ["continent", "subregion", "region", "area", "sea"] as const;
export type RegionType = (typeof REGION_TYPES)[number];

export interface WorldRegion {
  name: string;
  type: RegionType;
  aliases: string[];
  /** Member countries (canonical names) where well established; empty otherwise. */
  countries: string[];
}

const DIVISION_REQUIRED = ["name", "country", "code"];
const DIVISION_OPTIONAL = ["type", "aliases"];
const DIVISION_FIELDS = new Set([...DIVISION_REQUIRED, ...DIVISION_OPTIONAL]);
const ISO_3166_2 = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

export function checkDivision(value: unknown, at: At): AdminDivision {
  const e = fields(value, at, DIVISION_REQUIRED, DIVISION_OPTIONAL);
  const code = shaped(e.code, entry(at, "code"), ISO_3166_2, 'an ISO 3166-2 code like "RU-KRS"');
  const type = optional(e, "type", at, word);
  return { name: word(e.name, entry(at, "name")), country: canonicalCountry(e.country, entry(at, "country")), code, ...(type ? { type } : {}), aliases: optionalWords(e, "aliases", at) };
}

function checkRegion(value: unknown, at: At): WorldRegion {
  const e = fields(value, at, ["name", "type"], ["aliases", "countries"]);
  const type = oneOf(e.type, entry(at, "type"), REGION_TYPES);
  const countries = optional(e, "countries", at, (v, a) => list(v, a, canonicalCountry)) ?? [];
  return { name: word(e.name, entry(at, "name")), type, aliases: optionalWords(e, "aliases", at), countries };
}

/** An entry checkDivision would accept, read without building error context for each of its fields (3,900 divisions); undefined otherwise. */
function plainDivision(value: unknown): AdminDivision | undefined {
  if (!hasOnlyFields(value, DIVISION_FIELDS)) return undefined;
  const { name, country, code, type, aliases } = value;
  if (!isWord(name) || !isWord(country) || !countryNames().has(country) || !isWord(code) || !ISO_3166_2.test(code)) return undefined;
  if ((type !== undefined && !isWord(type)) || !isOptionalList(aliases, isWord)) return undefined;
  return { name, country, code, ...(type ? { type: type as string } : {}), aliases: aliases ? [...(aliases as string[])] : [] };
}

export function loadAdminDivisions(path = lexiconPath("admin-divisions.json")): AdminDivision[] {
  const { at, data } = readLexicon(path, REGENERATE);
  return plainList(data.divisions, entry(at, "divisions"), plainDivision, checkDivision);
}

export function loadWorldRegions(path = lexiconPath("world-regions.json")): WorldRegion[] {
  const { at, data } = readLexicon(path, REGENERATE);
  return list(data.regions, entry(at, "regions"), checkRegion);
}

const divisions = lexiconIndex("admin-divisions", () => indexByName(loadAdminDivisions()));
const regions = lexiconIndex("world-regions", () => indexByName(loadWorldRegions()));
const cities = lexiconIndex("places", () => new Set(cityList.cities.map(nameKey)));

/** Every division a name may mean: "Georgia" → the US state; "Punjab" → India's and Pakistan's. */
export function adminDivisions(name: string): AdminDivision[] {
  return divisions().get(nameKey(name)) ?? [];
}

/** The one division a name means (in country, if given); undefined when none or several. */
export function adminDivision(name: string, country?: string): AdminDivision | undefined {
  const found = adminDivisions(name).filter((d) => !country || d.country === country);
  return found.length === 1 ? found[0] : undefined;
}

/** The continent, world region, sea or disputed area a name means ("the Middle East", "East Asia"). */
export function worldRegion(name: string): WorldRegion | undefined {
  return regions().get(nameKey(name))?.[0];
}

/** Whether the name is a city of lexicons/places.json. */
export const isCity = (name: string): boolean => cities().has(nameKey(name));

export interface PlaceSenses {
  country?: string;
  divisions: AdminDivision[];
  region?: WorldRegion;
  /** The country whose capital this is. */
  capitalOf?: string;
  city: boolean;
}

/** Every place a name may mean, for a caller that must choose ("Georgia": a country and a US state; "Washington": a US state and the capital of the United States). */
export function placeSenses(name: string): PlaceSenses {
  return { country: countryNamed(name), divisions: adminDivisions(name), region: worldRegion(name), capitalOf: capitalOf(name), city: isCity(name) };
}

// Places no city list holds: first-level administrative divisions
// (lexicons/admin-divisions.json) and continents, world regions, seas and
// disputed areas (lexicons/world-regions.json), looked up by any of their
// names, case, accents, punctuation and a leading "the" ignored.
import { nameKey } from "../names";
import { capitalOf, countryNamed, countryNames } from "./countries";
import { fail, lexiconPath, listOf, readLexicon, record, text, texts, type Where } from "./lexicon-file";
import { indexByName } from "./name-index";
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

export const REGION_TYPES = ["continent", "subregion", "region", "area", "sea"] as const;
export type RegionType = (typeof REGION_TYPES)[number];

export interface WorldRegion {
  name: string;
  type: RegionType;
  aliases: string[];
  /** Member countries (canonical names) where well established; empty otherwise. */
  countries: string[];
}

function knownCountry(value: unknown, where: Where, field: string): string {
  const name = text(value, where, field, REGENERATE);
  if (!countryNames().has(name)) fail(where, `${field} "${name}" is not a canonical country name of lexicons/gazetteer.json or countries.json`, REGENERATE);
  return name;
}

function checkDivision(value: unknown, where: Where): AdminDivision {
  const e = record(value, where, ["name", "country", "code", "type", "aliases"], REGENERATE);
  const code = text(e.code, where, "code", REGENERATE);
  if (!/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(code)) fail(where, `code "${code}" is not an ISO 3166-2 code like "RU-KRS"`, REGENERATE);
  const type = e.type === undefined ? undefined : text(e.type, where, "type", REGENERATE);
  return { name: text(e.name, where, "name", REGENERATE), country: knownCountry(e.country, where, "country"), code, ...(type ? { type } : {}), aliases: texts(e.aliases, where, "aliases", REGENERATE) };
}

function checkRegion(value: unknown, where: Where): WorldRegion {
  const e = record(value, where, ["name", "type", "aliases", "countries"], REGENERATE);
  const type = text(e.type, where, "type", REGENERATE) as RegionType;
  if (!REGION_TYPES.includes(type)) fail(where, `type "${type}" is not one of ${REGION_TYPES.join(", ")}`, REGENERATE);
  const countries = texts(e.countries, where, "countries", REGENERATE);
  countries.forEach((c, i) => knownCountry(c, where, `countries[${i}]`));
  return { name: text(e.name, where, "name", REGENERATE), type, aliases: texts(e.aliases, where, "aliases", REGENERATE), countries };
}

export function loadAdminDivisions(path = lexiconPath("admin-divisions.json")): AdminDivision[] {
  const { file, data } = readLexicon(path, REGENERATE);
  return listOf(file, data, "divisions", REGENERATE, checkDivision);
}

export function loadWorldRegions(path = lexiconPath("world-regions.json")): WorldRegion[] {
  const { file, data } = readLexicon(path, REGENERATE);
  return listOf(file, data, "regions", REGENERATE, checkRegion);
}

let divisions: Map<string, AdminDivision[]> | undefined;
let regions: Map<string, WorldRegion[]> | undefined;
let cities: Set<string> | undefined;

/** Every division a name may mean: "Georgia" → the US state; "Punjab" → India's and Pakistan's. */
export function adminDivisions(name: string): AdminDivision[] {
  return (divisions ??= indexByName(loadAdminDivisions())).get(nameKey(name)) ?? [];
}

/** The one division a name means (in country, if given); undefined when none or several. */
export function adminDivision(name: string, country?: string): AdminDivision | undefined {
  const found = adminDivisions(name).filter((d) => !country || d.country === country);
  return found.length === 1 ? found[0] : undefined;
}

/** The continent, world region, sea or disputed area a name means ("the Middle East", "East Asia"). */
export function worldRegion(name: string): WorldRegion | undefined {
  return (regions ??= indexByName(loadWorldRegions())).get(nameKey(name))?.[0];
}

/** Whether the name is a city of lexicons/places.json. */
export const isCity = (name: string): boolean => (cities ??= new Set(cityList.cities.map(nameKey))).has(nameKey(name));

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

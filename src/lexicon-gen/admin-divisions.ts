// First-level administrative divisions of every country (states, provinces,
// oblasts, krais, prefectures, governorates), each with its country and the
// English name variants news uses ("Kursk Oblast", "Kursk region", "Kursk").
// Sources: the list of divisions from country-region-data (MIT), their English
// names from Unicode CLDR (cldr-subdivisions-full, Unicode-3.0), corrected by
// the hand-written lexicons/admin-divisions-extra.json.
import { nameKey } from "../names";
import { uniqueBy } from "./write-lexicon";
import type { AdminDivision } from "../gazetteer/places";

/** The generated entry is what the runtime loader reads. */
export type AdminDivisionEntry = AdminDivision;

export interface AdminExtra {
  replace: Record<string, string[]>;
  defaultTypes: Record<string, string>;
  names: Record<string, string>;
  aliases: Record<string, string[]>;
  notAlone: string[];
}

/** A division as the sources give it: its code, country and raw names. */
export interface SourceDivision {
  code: string;
  country: string;
  names: string[];
  english?: string;
}

// Longest first, so that "autonomous oblast" wins over "oblast".
const TYPE_WORDS = ["autonomous community", "autonomous okrug", "autonomous oblast", "autonomous region", "autonomous republic", "capital territory", "oblast", "voblast", "krai", "province", "governorate", "prefecture", "region", "state", "republic", "okrug", "district", "voivodeship", "county", "territory", "municipality", "emirate", "department", "canton", "division"];
/** Types whose divisions news also calls "X region" or "X province". */
const VARIANT_TYPES = new Set(["oblast", "voblast", "krai", "province", "governorate", "prefecture", "region", "voivodeship", "okrug", "autonomous okrug"]);
const KOREAN_SUFFIX = /-(do|bukto|namdo)$/i;
const KOREAN_CITY = /-(si|gwangyeoksi|teukbyeolsi|teukbyeoljachisi)$/i;

/** A name split into its base and type word: "Kursk Oblast" → Kursk + oblast; "Gyeonggi-do" → Gyeonggi + province. */
export function splitType(name: string): { base: string; type?: string } {
  const republicOf = /^(Autonomous Republic|Republic) of (.+)$/i.exec(name);
  if (republicOf) return { base: republicOf[2], type: republicOf[1].toLowerCase() };
  if (KOREAN_SUFFIX.test(name) && !/-(bukto|namdo)$/i.test(name)) return { base: name.replace(KOREAN_SUFFIX, ""), type: "province" };
  const lower = name.toLowerCase();
  for (const t of TYPE_WORDS) if (lower.endsWith(` ${t}`) && lower.length > t.length + 1) return { base: name.slice(0, -t.length - 1), type: t };
  return { base: name };
}

const title = (type: string) => type.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** Raw names of one source entry: "Araba/Álava" is two names; a parenthesis is kept only when it is a name with a type ("(North Hamgyong Province)"), not a capital ("(Sokhumi)"). */
function rawNames(name: string): string[] {
  const paren = /^(.*?)\s*\((.+)\)$/.exec(name);
  const main = paren ? paren[1] : name;
  const extra = paren && splitType(paren[2]).type ? [paren[2]] : [];
  return [...main.split("/").map((s) => s.trim()), ...extra].filter(Boolean);
}

interface CrdCountry {
  countryShortCode: string;
  regions: { name: string; shortCode?: string }[];
}

/** Divisions of the countries the gazetteer knows, with raw names from both sources. */
export function sourceDivisions(countries: Map<string, string>, extra: AdminExtra): SourceDivision[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const crd = require("country-region-data/data.json") as CrdCountry[];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cldr = (require("cldr-subdivisions-full/subdivisions/en/en.json") as { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } }).subdivisions.localeDisplayNames.subdivisions;
  const english = (code: string) => cldr[code.replace("-", "").toLowerCase()];
  const countryKeys = new Set([...countries.values()].map(nameKey));
  const out: SourceDivision[] = [];
  for (const c of crd) {
    const country = countries.get(c.countryShortCode);
    if (!country) continue;
    const replaced = extra.replace[c.countryShortCode];
    const regions = replaced ? replaced.map((s) => ({ shortCode: s, name: english(`${c.countryShortCode}-${s}`) ?? s })) : c.regions;
    for (const r of regions) {
      if (!r.shortCode || /^Armed Forces/.test(r.name)) continue;
      const code = (r.shortCode.includes("-") ? r.shortCode : `${c.countryShortCode}-${r.shortCode}`).toUpperCase();
      const en = english(code);
      // The source lists a few independent states as US regions (Palau, Micronesia); CLDR does not.
      if (!en && countryKeys.has(nameKey(r.name))) continue;
      out.push({ code, country, names: rawNames(r.name), english: en });
    }
  }
  return out;
}

/** The canonical English name: the hand-written one, else the source name with its type word when it is the CLDR name plus a type ("Kursk Oblast"), else CLDR's, else the source's. */
function canonicalName(src: SourceDivision, extra: AdminExtra, type: string | undefined): string {
  const fixed = extra.names[src.code];
  if (fixed) return fixed;
  const englishBase = src.english && nameKey(splitType(src.english).base);
  const typed = src.names.find((n) => /^[A-Za-z .'-]+$/.test(n) && !KOREAN_SUFFIX.test(n) && splitType(n).type && nameKey(splitType(n).base) === englishBase);
  const name = typed ?? src.english ?? src.names[0];
  // A bare name that means something else alone ("Delta", "Jewish", "Paul") is named with its type ("Delta State").
  const alone = !extra.notAlone.some((n) => nameKey(n) === nameKey(name));
  return alone || splitType(name).type ? name : `${name} ${title(type ?? "region")}`;
}

/** The division's type: from a source name's type word ("Kursk Oblast"), else the country's usual one; none for cities ("Seoul-teukbyeolsi"). */
function divisionType(names: string[], country: string, extra: AdminExtra): string | undefined {
  if (names.some((n) => KOREAN_CITY.test(n))) return undefined;
  return names.map((n) => splitType(n).type).find(Boolean) ?? extra.defaultTypes[country];
}

/** One division's entry: canonical name, type, and every name variant other than the canonical one. */
export function divisionEntry(src: SourceDivision, extra: AdminExtra): AdminDivisionEntry {
  const type = divisionType([extra.names[src.code], ...src.names, src.english].filter((n): n is string => !!n), src.code.slice(0, 2), extra);
  const name = canonicalName(src, extra, type);
  // Variants are built on the English names only, never on local forms ("Kharkivska oblast", or CLDR's "Kharkivshchyna" where a name is hand-written).
  const variants: string[] = [];
  for (const base of new Set([name, extra.names[src.code] ? undefined : src.english].filter((n): n is string => !!n).map((n) => splitType(n).base))) {
    variants.push(base);
    if (type && VARIANT_TYPES.has(type)) variants.push(`${base} ${title(type)}`, `${base} region`, `${base} province`);
  }
  const notAlone = new Set(extra.notAlone.map(nameKey));
  const raw = [src.english, ...src.names, ...(extra.aliases[src.code] ?? [])].filter((n): n is string => !!n);
  const aliases = uniqueBy([name, ...variants, ...raw], nameKey).filter((a) => a !== name && !notAlone.has(nameKey(a)));
  return { name, country: src.country, code: src.code, ...(type ? { type } : {}), aliases };
}

export function adminDivisionEntries(countries: Map<string, string>, extra: AdminExtra): AdminDivisionEntry[] {
  return sourceDivisions(countries, extra)
    .map((d) => divisionEntry(d, extra))
    .sort((a, b) => (a.country === b.country ? (a.name < b.name ? -1 : 1) : a.country < b.country ? -1 : 1));
}

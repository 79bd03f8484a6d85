// The name lexicons (lexicons/names.json, lexicons/places.json), checked when
// loaded and served as lower-case sets.
import type { EntityKind } from "../schema";
import { ENTITY_KINDS } from "../schema";
import { entityKind, entry, fields, record, words, type At } from "../lexicon-check";
import rawNames from "../../lexicons/names.json";
import rawPlaces from "../../lexicons/places.json";

const NAME_LISTS = [
  "organizationHeads", "companyHeads", "forceHeads", "locationHeads", "agreementHeads", "agreementTitleHeads", "eventHeads", "locationAfter", "locationBefore",
  "personCues", "notNames", "forceNouns", "attackerNouns", "orgNouns", "governmentNouns", "motionWords", "placePrepositions",
  "loneNamePlacePrepositions", "nameParticles", "personPronouns", "determiners", "governmentSeats", "holidays", "premodifiers", "openingPremodifiers", "quantifiers",
  "adjectiveSuffixes", "locationPrefixes", "multiWordPlacePrepositions", "shipPrefixes", "regionSuffixedHeads", "indefinites", "delegationNouns", "sovereignSpaceNouns", "importNouns", "exportNouns", "eventPrefixes", "hyphenParticles", "waterHeads", "featureHeads", "nameSuffixes", "cityTitleNouns",
  "countrySideNouns",
] as const;

export type NamesLexicon = Record<(typeof NAME_LISTS)[number], string[]> & {
  /** Head nouns of an apposition by the kind they give: "one of Russia's largest oil producers" → Company. */
  appositiveHeads: Partial<Record<EntityKind, string[]>>;
};

/** Checks the parsed names lexicon and returns it typed; throws naming the file and the entry. */
export function readNamesLexicon(value: unknown, file = "lexicons/names.json"): NamesLexicon {
  const at: At = { file, path: "" };
  const o = fields(value, at, [...NAME_LISTS, "appositiveHeads"]);
  const heads = record(o.appositiveHeads, entry(at, "appositiveHeads"), words);
  const appositiveHeads: Partial<Record<EntityKind, string[]>> = {};
  for (const [kind, ws] of Object.entries(heads)) appositiveHeads[entityKind(kind, entry(entry(at, "appositiveHeads"), kind))] = ws;
  const lists = Object.fromEntries(NAME_LISTS.map((k) => [k, words(o[k], entry(at, k))])) as Record<(typeof NAME_LISTS)[number], string[]>;
  return { ...lists, appositiveHeads };
}

/** Checks the parsed world-cities list. */
export function readPlacesLexicon(value: unknown, file = "lexicons/places.json"): { cities: string[] } {
  const at: At = { file, path: "" };
  return { cities: words(fields(value, at, ["cities"]).cities, entry(at, "cities")) };
}

const names = readNamesLexicon(rawNames);
const places = readPlacesLexicon(rawPlaces);

const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
export const ORG_HEADS = set(names.organizationHeads);
export const COMPANY_HEADS = set(names.companyHeads);
export const FORCE_HEADS = set(names.forceHeads);
export const LOCATION_HEADS = set(names.locationHeads);
export const AGREEMENT_HEADS = set(names.agreementHeads);
/** Heads that name an agreement only with an "of"/"for"/"on" part: "Joint Comprehensive Plan of Action"; and the agreement heads. */
export const AGREEMENT_TITLE_HEADS = set([...names.agreementHeads, ...names.agreementTitleHeads]);
export const EVENT_HEADS = set(names.eventHeads);
export const LOCATION_AFTER = set(names.locationAfter);
export const PLACE_PREPS = set(names.placePrepositions);
export const LONE_NAME_PLACE_PREPS = set(names.loneNamePlacePrepositions);
export const LOCATION_BEFORE = set(names.locationBefore.filter((p) => p.includes(" ")));
export const PERSON_CUES = set(names.personCues);
export const NOT_NAMES = set(names.notNames);
export const FORCE_NOUNS = set(names.forceNouns);
export const ATTACKER_NOUNS = set(names.attackerNouns);
export const ORG_NOUNS = set(names.orgNouns);
export const NAME_PARTICLES = new Set(names.nameParticles);
/** The articles: "the", "a", "an". */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** Words that open a place's name: "Fort Bragg", "Camp David", "Joint Base Lewis-McChord". */
export const LOCATION_PREFIXES = set(names.locationPrefixes);
export const WATER_HEADS = set(names.waterHeads);
/** Natural features a lone first or head word may stand for: "the Litani" (River), "the Peninsula" (the Korean Peninsula). */
export const FEATURE_HEADS = set(names.featureHeads);
export const MULTI_WORD_PLACE_PREPS = set(names.multiWordPlacePrepositions);
export const SHIP_PREFIXES = set(names.shipPrefixes);
/** Words that open the name of an operation or exercise: "Operation Rising Lion", "Exercise Steadfast Defender". */
export const EVENT_PREFIXES = set(names.eventPrefixes);
/** Particles glued by a hyphen that may open a name written mid-sentence: "al-Sharaa", "el-Sisi". */
export const HYPHEN_PARTICLES = set(names.hyphenParticles);
/** Generational suffixes after a surname ("Ferdinand Marcos Jr."): no part of it. */
export const NAME_SUFFIXES = set(names.nameSuffixes);
/** "the Islamic Resistance in Iraq": a movement's last word before "in" and a country that still belong to its name. */
export const REGION_SUFFIXED_HEADS = set(names.regionSuffixedHeads);
/** Endings of adjectives ("Strategic", "Social"), for names that coordinate them. */
export const ADJECTIVE_ENDING = new RegExp(`(?:${names.adjectiveSuffixes.join("|")})$`);
export const GOVERNMENT_NOUNS = set(names.governmentNouns);
/** "the Ukrainian and Russian delegations": a demonym before one is its country acting. */
export const DELEGATION_NOUNS = set(names.delegationNouns);
/** "the U.S. side", "the Russian side": a delegation only after a country or its demonym ("the Chelsea side" is a team). */
export const COUNTRY_SIDE_NOUNS = set(names.countrySideNouns);
/** "Polish airspace", "Romanian territory": after a demonym, the country itself. */
export const SOVEREIGN_SPACE_NOUNS = set(names.sovereignSpaceNouns);
/** Flows of goods: "imports of Japanese seafood", "exports to Japanese firms" (a demonym on them is the trading country). */
export const IMPORT_NOUNS = set(names.importNouns);
export const EXPORT_NOUNS = set(names.exportNouns);
export const GOVERNMENT_SEATS = set(names.governmentSeats);
/** "the Qatari capital Doha", "the capital, Tehran", "the city of Beirut": a capital named as a city is the place. */
export const CITY_TITLE_NOUNS = set(names.cityTitleNouns);
export const MOTION = set(names.motionWords);
export const CITIES = new Set(places.cities);
export const APPOSITIVE_HEADS = new Map<string, EntityKind>(ENTITY_KINDS.flatMap((kind) => (names.appositiveHeads[kind] ?? []).map((w) => [w, kind] as const)));
export const PRONOUNS = set(names.personPronouns);
export const DETERMINERS = set(names.determiners);
export const HOLIDAYS = set(names.holidays);
export const PREMODIFIERS = set(names.premodifiers);
/** "Opposition People Power Party leader X", "Ruling Democratic Party lawmakers": premodifiers only where they open a sentence. */
export const OPENING_PREMODIFIERS = set(names.openingPremodifiers);
export const QUANTIFIERS = set(names.quantifiers);
/** "a", "another": before a post many hold, nobody in particular ("a Tory MP"). */
export const INDEFINITES = set(names.indefinites);

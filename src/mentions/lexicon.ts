// The name lexicons (lexicons/names.json, lexicons/places.json) as sets.
import type { EntityKind } from "../schema";
import names from "../../lexicons/names.json";
import places from "../../lexicons/places.json";

const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
export const ORG_HEADS = set(names.organizationHeads);
export const COMPANY_HEADS = set(names.companyHeads);
export const FORCE_HEADS = set(names.forceHeads);
export const LOCATION_HEADS = set(names.locationHeads);
export const AGREEMENT_HEADS = set(names.agreementHeads);
export const EVENT_HEADS = set(names.eventHeads);
export const LOCATION_AFTER = set(names.locationAfter);
export const PLACE_PREPS = new Set(["in", "at", "near", "from", "into", "to", "across", "outside", "around", "inside", "toward", "towards", "via"]);
export const LOCATION_BEFORE = set(names.locationBefore.filter((p) => p.includes(" ")));
export const PERSON_CUES = set(names.personCues);
export const NOT_NAMES = set(names.notNames);
export const FORCE_NOUNS = set(names.forceNouns);
export const ATTACKER_NOUNS = set(names.attackerNouns);
export const ORG_NOUNS = set(names.orgNouns);
export const NAME_PARTICLES = new Set(["de", "da", "di", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le", "du", "dos"]);
export const GOVERNMENT_NOUNS = set(names.governmentNouns);
export const MOTION = set(names.motionWords);
export const CITIES = new Set(places.cities);
export const APPOSITIVE_HEADS = new Map<string, EntityKind>(Object.entries(names.appositiveHeads).flatMap(([kind, ws]) => ws.map((w) => [w, kind as EntityKind] as [string, EntityKind])));
export const PRONOUNS = new Set(["he", "she", "his", "her", "him"]);
export const DETERMINERS = new Set(["the", "its", "their", "our", "his", "her", "these", "those"]);

// Named weapon systems (lexicons/weapons.json): designations of a known
// family ("Hwasong-18", "Su-35S", "Leopard 2") and named systems ("Storm
// Shadow", "HIMARS"), so that they are Weapons, not organisations or persons.
import { nameKey } from "../names";
import { countryNames } from "./countries";
import { fail, lexiconPath, listOf, readLexicon, record, text, texts, type Where } from "./lexicon-file";
import { indexByName } from "./name-index";

const FIX = "fix lexicons/weapons.json (hand-written)";
export const WEAPON_TYPES = ["missile", "air defence", "aircraft", "drone", "artillery", "armour", "ship", "weapon"] as const;
export type WeaponType = (typeof WEAPON_TYPES)[number];

export interface WeaponFamily {
  prefix: string;
  country: string;
  type: WeaponType;
}

export interface WeaponSystem {
  name: string;
  aliases: string[];
  country: string;
  type: WeaponType;
  /** The bare name means other things too ("the Lancet"): a weapon only beside a cue word. */
  needsCue: boolean;
}

export interface WeaponMatch {
  name: string;
  country: string;
  type: WeaponType;
  /** True when the name matched is a system's bare name that needs a cue ("Patriot" alone, not "Patriot missile system"). */
  needsCue: boolean;
}

function checkCommon(e: Record<string, unknown>, where: Where): { country: string; type: WeaponType } {
  const country = text(e.country, where, "country", FIX);
  if (!countryNames().has(country)) fail(where, `country "${country}" is not a canonical country name of lexicons/gazetteer.json or countries.json`, FIX);
  const type = text(e.type, where, "type", FIX) as WeaponType;
  if (!WEAPON_TYPES.includes(type)) fail(where, `type "${type}" is not one of ${WEAPON_TYPES.join(", ")}`, FIX);
  return { country, type };
}

function checkFamily(value: unknown, where: Where): WeaponFamily {
  const e = record(value, where, ["prefix", "country", "type"], FIX);
  const prefix = text(e.prefix, where, "prefix", FIX);
  if (!/^\p{L}+$/u.test(prefix)) fail(where, `prefix "${prefix}" must be letters only`, FIX);
  return { prefix, ...checkCommon(e, where) };
}

function checkSystem(value: unknown, where: Where): WeaponSystem {
  const e = record(value, where, ["name", "aliases", "country", "type", "needsCue"], FIX);
  if (e.needsCue !== undefined && typeof e.needsCue !== "boolean") fail(where, "needsCue must be true or false", FIX);
  return { name: text(e.name, where, "name", FIX), aliases: texts(e.aliases, where, "aliases", FIX), ...checkCommon(e, where), needsCue: e.needsCue === true };
}

export function loadWeapons(path = lexiconPath("weapons.json")): { families: WeaponFamily[]; systems: WeaponSystem[] } {
  const { file, data } = readLexicon(path, FIX);
  return { families: listOf(file, data, "families", FIX, checkFamily), systems: listOf(file, data, "systems", FIX, checkSystem) };
}

let loaded: { families: Map<string, WeaponFamily>; systems: Map<string, WeaponSystem[]> } | undefined;

function index() {
  const { families, systems } = loadWeapons();
  return { families: new Map(families.map((f) => [f.prefix, f])), systems: indexByName(systems) };
}

/** A designation of a known family: "Hwasong-18", "Su-35S", "Leopard 2"; one- and two-letter prefixes need the hyphen, one-letter ones two digits ("F-16", not "F-1"). */
function familyOf(name: string): WeaponFamily | undefined {
  const m = /^(\p{L}+)(-| )?(\d+)[\p{L}\d]*$/u.exec(name.trim());
  if (!m) return undefined;
  const [, prefix, sep, digits] = m;
  const family = (loaded ??= index()).families.get(prefix);
  if (!family) return undefined;
  if (prefix.length <= 2 && sep !== "-") return undefined;
  if (prefix.length === 1 && digits.length < 2) return undefined;
  return family;
}

/** The weapon a name names, if any: a named system by name or alias, else a family designation. */
export function weapon(name: string): WeaponMatch | undefined {
  const [system] = (loaded ??= index()).systems.get(nameKey(name)) ?? [];
  if (system) return { name: system.name, country: system.country, type: system.type, needsCue: system.needsCue && nameKey(name) === nameKey(system.name) };
  const family = familyOf(name);
  return family && { name: name.trim(), country: family.country, type: family.type, needsCue: false };
}

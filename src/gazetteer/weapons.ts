// Named weapon systems (lexicons/weapons.json): designations of a known
// family ("Hwasong-18", "Su-35S", "Leopard 2") and named systems ("Storm
// Shadow", "HIMARS"), so that they are Weapons, not organisations or persons.
import { nameKey } from "../names";
import { canonicalCountry } from "./countries";
import { entry, fields, flag, lexiconPath, list, oneOf, optional, optionalWords, readLexicon, shaped, word, type At } from "../lexicon-check";
import { indexByName } from "./name-index";
import { lexiconIndex } from "../lexicon-snapshot";

const WEAPON_TYPES = ["missile", "air defence", "aircraft", "drone", "artillery", "armour", "ship", "weapon"] as const;
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

function checkCommon(e: Record<string, unknown>, at: At): { country: string; type: WeaponType } {
  return { country: canonicalCountry(e.country, entry(at, "country")), type: oneOf(e.type, entry(at, "type"), WEAPON_TYPES) };
}

function checkFamily(value: unknown, at: At): WeaponFamily {
  const e = fields(value, at, ["prefix", "country", "type"]);
  const prefix = shaped(e.prefix, entry(at, "prefix"), /^\p{L}+$/u, "letters only");
  return { prefix, ...checkCommon(e, at) };
}

function checkSystem(value: unknown, at: At): WeaponSystem {
  const e = fields(value, at, ["name", "country", "type"], ["aliases", "needsCue"]);
  const needsCue = optional(e, "needsCue", at, flag);
  return { name: word(e.name, entry(at, "name")), aliases: optionalWords(e, "aliases", at), ...checkCommon(e, at), needsCue: needsCue === true };
}

/** The hand-written weapons lexicon, checked. */
export function loadWeapons(path = lexiconPath("weapons.json")): { families: WeaponFamily[]; systems: WeaponSystem[] } {
  const { at, data } = readLexicon(path);
  return { families: list(data.families, entry(at, "families"), checkFamily), systems: list(data.systems, entry(at, "systems"), checkSystem) };
}

function index(): { families: Map<string, WeaponFamily>; systems: Map<string, WeaponSystem[]> } {
  const { families, systems } = loadWeapons();
  return { families: new Map(families.map((f) => [f.prefix, f])), systems: indexByName(systems) };
}

const loaded = lexiconIndex("weapons", index);

/** A designation of a known family: "Hwasong-18", "Su-35S", "Leopard 2"; one- and two-letter prefixes need the hyphen, one-letter ones two digits ("F-16", not "F-1"). */
function familyOf(name: string): WeaponFamily | undefined {
  const m = /^(\p{L}+)(-| )?(\d+)[\p{L}\d]*$/u.exec(name.trim());
  if (!m) return undefined;
  const [, prefix, sep, digits] = m;
  const family = loaded().families.get(prefix);
  if (!family) return undefined;
  if (prefix.length <= 2 && sep !== "-") return undefined;
  if (prefix.length === 1 && digits.length < 2) return undefined;
  return family;
}

/** The weapon a name names, if any: a named system by name or alias, else a family designation. */
export function weapon(name: string): WeaponMatch | undefined {
  const [system] = loaded().systems.get(nameKey(name)) ?? [];
  if (system) return { name: system.name, country: system.country, type: system.type, needsCue: system.needsCue && nameKey(name) === nameKey(system.name) };
  const family = familyOf(name);
  return family && { name: name.trim(), country: family.country, type: family.type, needsCue: false };
}

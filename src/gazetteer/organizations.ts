// Real-world organisations of the Phoenix actor dictionary
// (lexicons/phoenix-organizations.json): firms, media, international and
// non-governmental bodies, armed groups, so that "Texas Instruments said" is
// a company and "Boko Haram" an organisation, not persons.
import { nameKey } from "../names";
import { lexiconIndex } from "../lexicon-snapshot";
import { indexByName } from "./name-index";
import { canonicalCountry, countryNames } from "./countries";
import { entry, fields, hasOnlyFields, isOptionalList, isWord, lexiconPath, list, oneOf, optional, optionalWords, plainList, readLexicon, shaped, word, type At } from "../lexicon-check";

const REGENERATE = "fix the entry or regenerate with: node -r ts-node/register scripts/make-gazetteer-lexicons.ts --only phoenix";
const KINDS = ["Company", "Organization"] as const;

export interface KnownOrganization {
  name: string;
  /** Company for firms; Organization for international and non-governmental bodies, media outside firms, armed groups. */
  kind: (typeof KINDS)[number];
  country?: string;
  /** CAMEO codes as the dictionary gives them ("MNCUSA", "IGOUNOHLHWHO", "LBNREB"). */
  sectors: string[];
  aliases: string[];
}

/** An entry's fields and its codes' shape: read by checkOrganization and by the plain-entry fast path alike. */
const REQUIRED = ["name", "kind"];
const OPTIONAL = ["country", "sectors", "aliases"];
const CAMEO_CODE = /^[A-Z][A-Z0-9]{2,17}$/;

export function checkOrganization(value: unknown, at: At): KnownOrganization {
  const e = fields(value, at, REQUIRED, OPTIONAL);
  const kind = oneOf(e.kind, entry(at, "kind"), KINDS);
  const country = optional(e, "country", at, canonicalCountry);
  const sectors = optional(e, "sectors", at, (v, a) => list(v, a, (s, b) => shaped(s, b, CAMEO_CODE, "a CAMEO code"))) ?? [];
  return { name: word(e.name, entry(at, "name")), kind, ...(country ? { country } : {}), sectors, aliases: optionalWords(e, "aliases", at) };
}

const FIELDS = new Set([...REQUIRED, ...OPTIONAL]);
const isKind = (v: unknown): v is KnownOrganization["kind"] => (KINDS as readonly unknown[]).includes(v);
const isCode = (x: unknown) => typeof x === "string" && CAMEO_CODE.test(x);

/** An entry checkOrganization would accept, read without building error context for each of its fields (13,000 organisations); undefined otherwise. */
function plainOrganization(value: unknown): KnownOrganization | undefined {
  if (!hasOnlyFields(value, FIELDS)) return undefined;
  const { name, kind, country, sectors, aliases } = value;
  if (!isWord(name) || !isKind(kind) || (country !== undefined && !(isWord(country) && countryNames().has(country)))) return undefined;
  if (!isOptionalList(sectors, isCode) || !isOptionalList(aliases, isWord)) return undefined;
  return { name, kind, ...(country !== undefined ? { country: country as string } : {}), sectors: sectors ? [...(sectors as string[])] : [], aliases: aliases ? [...(aliases as string[])] : [] };
}

export function loadKnownOrganizations(path = lexiconPath("phoenix-organizations.json")): KnownOrganization[] {
  const { at, data } = readLexicon(path, REGENERATE);
  return plainList(data.organizations, entry(at, "organizations"), plainOrganization, checkOrganization);
}

const byName = lexiconIndex("phoenix-organizations", () => indexByName(loadKnownOrganizations()));

/** Organisations a name or alias names ("Exxon" → Company, United States; "Hizbullah" → Hezbollah). */
export function knownOrganizations(name: string): KnownOrganization[] {
  return byName().get(nameKey(name)) ?? [];
}

// Real-world organisations of the Phoenix actor dictionary
// (lexicons/phoenix-organizations.json): firms, media, international and
// non-governmental bodies, armed groups, so that "Texas Instruments said" is
// a company and "Boko Haram" an organisation, not persons.
import { nameKey } from "../names";
import { indexByName } from "./name-index";
import { canonicalCountry } from "./countries";
import { entry, fields, lexiconPath, list, oneOf, optional, optionalWords, readLexicon, shaped, word, type At } from "../lexicon-check";

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

function checkOrganization(value: unknown, at: At): KnownOrganization {
  const e = fields(value, at, ["name", "kind"], ["country", "sectors", "aliases"]);
  const kind = oneOf(e.kind, entry(at, "kind"), KINDS);
  const country = optional(e, "country", at, canonicalCountry);
  const sectors = optional(e, "sectors", at, (v, a) => list(v, a, (s, b) => shaped(s, b, /^[A-Z][A-Z0-9]{2,17}$/, "a CAMEO code"))) ?? [];
  return { name: word(e.name, entry(at, "name")), kind, ...(country ? { country } : {}), sectors, aliases: optionalWords(e, "aliases", at) };
}

export function loadKnownOrganizations(path = lexiconPath("phoenix-organizations.json")): KnownOrganization[] {
  const { at, data } = readLexicon(path, REGENERATE);
  return list(data.organizations, entry(at, "organizations"), checkOrganization);
}

let byName: Map<string, KnownOrganization[]> | undefined;

/** Organisations a name or alias names ("Exxon" → Company, United States; "Hizbullah" → Hezbollah). */
export function knownOrganizations(name: string): KnownOrganization[] {
  return (byName ??= indexByName(loadKnownOrganizations())).get(nameKey(name)) ?? [];
}

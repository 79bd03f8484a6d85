// Real-world organisations of the Phoenix actor dictionary
// (lexicons/phoenix-organizations.json): firms, media, international and
// non-governmental bodies, armed groups, so that "Texas Instruments said" is
// a company and "Boko Haram" an organisation, not persons.
import { nameKey } from "../names";
import { indexByName } from "./name-index";
import { countryNames } from "./countries";
import { fail, lexiconPath, listOf, readLexicon, record, text, texts, type Where } from "./lexicon-file";

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

function checkOrganization(value: unknown, where: Where): KnownOrganization {
  const e = record(value, where, ["name", "kind", "country", "sectors", "aliases"], REGENERATE);
  const kind = text(e.kind, where, "kind", REGENERATE) as KnownOrganization["kind"];
  if (!KINDS.includes(kind)) fail(where, `kind "${kind}" is not one of ${KINDS.join(", ")}`, REGENERATE);
  const country = e.country === undefined ? undefined : text(e.country, where, "country", REGENERATE);
  if (country && !countryNames().has(country)) fail(where, `country "${country}" is not a canonical country name of lexicons/gazetteer.json or countries.json`, REGENERATE);
  const sectors = texts(e.sectors, where, "sectors", REGENERATE);
  for (const s of sectors) if (!/^[A-Z][A-Z0-9]{2,17}$/.test(s)) fail(where, `sector "${s}" is not a CAMEO code`, REGENERATE);
  return { name: text(e.name, where, "name", REGENERATE), kind, ...(country ? { country } : {}), sectors, aliases: texts(e.aliases, where, "aliases", REGENERATE) };
}

export function loadKnownOrganizations(path = lexiconPath("phoenix-organizations.json")): KnownOrganization[] {
  const { file, data } = readLexicon(path, REGENERATE);
  return listOf(file, data, "organizations", REGENERATE, checkOrganization);
}

let byName: Map<string, KnownOrganization[]> | undefined;

/** Organisations a name or alias names ("Exxon" → Company, United States; "Hizbullah" → Hezbollah). */
export function knownOrganizations(name: string): KnownOrganization[] {
  return (byName ??= indexByName(loadKnownOrganizations())).get(nameKey(name)) ?? [];
}

// Role nouns ("agents" of the Phoenix dictionary, lexicons/phoenix-agents.json):
// "foreign minister", "rebels", "professor", each with its CAMEO sector. A
// capitalised run of role words alone ("Assistant Professor") names no one.
import { nameKey } from "../names";
import { fields, entry, lexiconPath, list, lowerWord, optionalWords, readLexicon, shaped, type At } from "../lexicon-check";
import roles from "../../lexicons/roles.json";
import { lexiconIndex } from "../lexicon-snapshot";

const REGENERATE = "fix the entry or regenerate with: node -r ts-node/register scripts/make-gazetteer-lexicons.ts --only phoenix";

export interface Agent {
  phrase: string;
  plurals: string[];
  /** CAMEO sector code: "GOV", "MIL", "REB", "GOVMED", "IGO"... */
  sector: string;
}

function checkAgent(value: unknown, at: At): Agent {
  const e = fields(value, at, ["phrase", "sector"], ["plurals"]);
  const phrase = lowerWord(e.phrase, entry(at, "phrase"));
  const sector = shaped(e.sector, entry(at, "sector"), /^[A-Z]{3,9}$/, 'a CAMEO code like "GOV" or "GOVMED"');
  return { phrase, plurals: optionalWords(e, "plurals", at), sector };
}

export function loadAgents(path = lexiconPath("phoenix-agents.json")): Agent[] {
  const { at, data } = readLexicon(path, REGENERATE);
  return list(data.agents, entry(at, "agents"), checkAgent);
}

/** Regular plurals, as the Phoenix format leaves them to the reader: +s, y → ies, ss → sses. */
const regularPlural = (p: string) => (/[^aeiou]y$/.test(p) ? `${p.slice(0, -1)}ies` : /(ss|sh|ch|x)$/.test(p) ? `${p}es` : `${p}s`);

function indexAgents(): Map<string, string> {
  const index = new Map<string, string>();
  for (const a of loadAgents()) {
    // "{}" in the source means no plural: the phrase is already one ("police").
    const plurals = a.plurals.length ? a.plurals : [regularPlural(a.phrase)];
    for (const form of [a.phrase, ...plurals]) if (!index.has(nameKey(form))) index.set(nameKey(form), a.sector);
  }
  // Titles of lexicons/roles.json are roles too, for those the dictionary lacks.
  for (const t of [...roles.leader, ...roles.member, ...roles.prefixTitles]) if (!index.has(nameKey(t))) index.set(nameKey(t), "GOV");
  return index;
}

const sectors = lexiconIndex("phoenix-agents", indexAgents);

/** The CAMEO sector of a role phrase, singular or plural: "foreign minister" → GOVFRM? ; "rebels" → REB. */
export function roleSector(phrase: string): string | undefined {
  return sectors().get(nameKey(phrase));
}

export const isRoleWord = (word: string): boolean => roleSector(word) !== undefined;

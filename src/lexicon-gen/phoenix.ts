// The Phoenix (PETRARCH2) actor and agent dictionaries (Open Event Data
// Alliance, MIT; format in dictionaries.rst beside them): real-world persons
// with their country, sectors and dates, and agents, the role nouns
// ("foreign minister", "rebel") with their CAMEO sector.
import { nameKey } from "../names";
import { uniqueBy } from "./write-lexicon";
import type { KnownPerson } from "../gazetteer/names";
import type { KnownOrganization } from "../gazetteer/organizations";
import type { Agent } from "../gazetteer/agents";

/** The generated entries are what the runtime loaders read. */
export type PersonEntry = KnownPerson;
export type AgentEntry = Agent;

/** "VLADIMIR_PUTIN_" → "Vladimir Putin"; "AL-ASSAD" → "Al-Assad". */
export function phoenixName(raw: string): string {
  return raw
    .replace(/_+$/, "")
    .split("_")
    .filter(Boolean)
    .map((w) => w.toLowerCase().replace(/(^|[-'’.])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()))
    .join(" ");
}

/** A Phoenix date, YYYYMMDD or YYMMDD (years before 30 are 20YY), as ISO; undefined when malformed. */
export function phoenixDate(raw: string): string | undefined {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const year = m[1].length === 4 ? m[1] : `${Number(m[1]) < 30 ? "20" : "19"}${m[1]}`;
  return `${year}-${m[2]}-${m[3]}`;
}

interface RawActor {
  name: string;
  synonyms: string[];
  codes: { code: string; from?: string; to?: string }[];
  fromCountryInfo: boolean;
}

/** One code restriction: "[RUSGOV 20000507-20080507]", "[USAGOV >20130918]", "[AFGELI]". */
function restriction(text: string): RawActor["codes"][number] | undefined {
  const m = /^\[(\w+)(?:\s+([<>]?)(\d+)(?:-(\d+))?)?\]/.exec(text.trim());
  if (!m) return undefined;
  const [, code, op, a, b] = m;
  if (!a) return { code };
  if (op === "<") return { code, to: phoenixDate(a) };
  if (op === ">") return { code, from: phoenixDate(a) };
  return { code, from: phoenixDate(a), to: b ? phoenixDate(b) : undefined };
}

/** The records of an actor file: a primary phrase, "+" synonyms, tab-indented date restrictions. */
export function parseActors(text: string): RawActor[] {
  const out: RawActor[] = [];
  let cur: RawActor | undefined;
  for (const line of text.split("\n")) {
    const body = line.replace(/\s*[#;].*$/, "");
    if (!body.trim()) continue;
    if (/^\s/.test(body)) {
      const r = cur && restriction(body);
      if (r) cur!.codes.push(r);
    } else if (body.startsWith("+")) cur?.synonyms.push(body.slice(1).trim().split(/\s+/)[0]);
    else {
      const [name, ...rest] = body.trim().split(/\s+/);
      cur = { name, synonyms: [], codes: [], fromCountryInfo: /countryinfo/i.test(line) };
      const inline = restriction(rest.join(" "));
      if (inline) cur.codes.push(inline);
      out.push(cur);
    }
  }
  return out;
}

/** Whether a record is a person: listed from CountryInfo (heads of state, ministers), or a hand-added record of two to four words that starts with a known given name and holds no role word ("Tony Abbott", not "Communist Party Of China" or "Damascus Declaration"). */
function isPerson(a: RawActor, roleWords: Set<string>, firstNames: Set<string>): boolean {
  if (a.codes.some((c) => /^[A-Z]{3}$/.test(c.code))) return false;
  if (a.fromCountryInfo) return true;
  const words = nameKey(phoenixName(a.name)).split(" ");
  return words.length >= 2 && words.length <= 4 && firstNames.has(words[0]) && !words.some((w) => roleWords.has(w) || w === "of");
}

/** A person's entry: country from the most recent code, sectors most recent first, span of the dates. */
function personEntry(a: RawActor, countries: Map<string, string>, titles: Set<string>): PersonEntry | undefined {
  const dated = [...a.codes].sort((x, y) => (y.to ?? y.from ?? "9999").localeCompare(x.to ?? x.from ?? "9999"));
  const country = dated.map((c) => countries.get(c.code.slice(0, 3))).find(Boolean);
  if (!country) return undefined;
  const sectors = [...new Set(dated.map((c) => c.code.slice(3, 6)).filter(Boolean))];
  const name = phoenixName(a.name);
  // A synonym with a title in it ("Russian President Vladimir Putin") is a way to refer, not a name.
  const aliases = uniqueBy([name, ...a.synonyms.map(phoenixName)], nameKey)
    .slice(1)
    .filter((s) => !s.toLowerCase().split(" ").some((w) => titles.has(w)));
  return { name, country, sectors, ...span(a.codes), aliases };
}

/** Earliest and latest date of the restrictions; no end while one is open ("[USAGOV >20130918]": still held when the dictionary was made). */
function span(codes: { from?: string; to?: string }[]): { from?: string; to?: string } {
  const dates = codes.flatMap((c) => [c.from, c.to]).filter((d): d is string => !!d).sort();
  if (!dates.length) return {};
  return codes.some((c) => c.from && !c.to) ? { from: dates[0] } : { from: dates[0], to: dates[dates.length - 1] };
}

/** Persons of the actor files, one per name and country (records repeated in the source are merged). */
export function personEntries(actorFiles: string[], countries: Map<string, string>, roleWords: Set<string>, firstNames: Set<string>): PersonEntry[] {
  const byKey = new Map<string, PersonEntry>();
  for (const text of actorFiles)
    for (const a of parseActors(text)) {
      if (!isPerson(a, roleWords, firstNames)) continue;
      const p = personEntry(a, countries, roleWords);
      if (!p) continue;
      const key = `${nameKey(p.name)}|${p.country}`;
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, p);
      else byKey.set(key, mergePersons(seen, p));
    }
  return [...byKey.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.country < b.country ? -1 : 1));
}

function mergePersons(a: PersonEntry, b: PersonEntry): PersonEntry {
  return { name: a.name, country: a.country, sectors: [...new Set([...a.sectors, ...b.sectors])], ...span([a, b]), aliases: uniqueBy([...a.aliases, ...b.aliases], nameKey) };
}

/** Agents: "FOREIGN_MINISTER [~GOVFRM]" → foreign minister, GOVFRM; "!PERSON!" substitutions expanded; "{...}" plurals kept. */
export function agentEntries(text: string): AgentEntry[] {
  const subs = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const line of text.split("\n")) {
    const body = line.replace(/#.*$/, "").trim();
    const sub = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(body);
    if (sub) subs.set(sub[1], sub[2].split(",").map((s) => s.trim()));
    const m = /^([A-Z0-9_!'-]+)\s*(?:\{([^}]*)\})?\s*\[(~?)([A-Z]+)(~?)\]/.exec(body);
    if (!m) continue;
    const [, phrase, plural, , sector] = m;
    const forms = (p: string) => p.replace(/_/g, " ").toLowerCase().trim();
    const variants = phrase.includes("!") ? [...subs].flatMap(([mark, words]) => (phrase.includes(mark) ? words.map((w) => phrase.replace(mark, w)) : [])) : [phrase];
    for (const v of variants) out.push({ phrase: forms(v), plurals: plural === undefined ? [] : plural.split(/\s+/).filter(Boolean).map(forms), sector });
  }
  return out;
}

const ORG_PREFIXES = ["MNC", "NGO", "IGO"];

/** The organisation a record names: firms (MNC) are companies; NGOs, IGOs, media without a firm's code and armed groups are organisations; the country follows the prefix ("MNCUSA", "NGOUSA") or leads ("LBNREB"). */
function organizationEntry(a: RawActor, countries: Map<string, string>, personLike: (alias: string) => boolean): KnownOrganization | undefined {
  const codes = a.codes.map((c) => c.code);
  if (!codes.length || a.codes.some((c) => c.from || c.to) || codes.some((c) => c.includes("ELI"))) return undefined;
  const code = codes[0];
  const prefixed = ORG_PREFIXES.includes(code.slice(0, 3));
  const country = countries.get(prefixed ? code.slice(3, 6) : code.slice(0, 3));
  const kind = code.startsWith("MNC") ? "Company" : "Organization";
  const name = phoenixOrgName(a.name);
  if (!/^[\p{L}\p{N}][\p{L}\p{N} .&'’-]*$/u.test(name)) return undefined;
  // The non-state actors list leaders as their group ("Osama Bin Laden"); firms may bear a founder's name ("Eli Lilly").
  if (!prefixed && personLike(name)) return undefined;
  // The source codes a group's leaders as the group ("Hassan Nasrallah" under Hezbollah): those are persons, not names of it.
  const aliases = uniqueBy([name, ...a.synonyms.map(phoenixOrgName)], nameKey)
    .slice(1)
    .filter((s) => !personLike(s));
  return { name, kind, ...(country ? { country } : {}), sectors: [...new Set(codes)], aliases };
}

/** Like phoenixName, but short one-word names stay acronyms ("PKK", "FARC"). */
const phoenixOrgName = (raw: string) => (/^[A-Z]{2,4}_*$/.test(raw) ? raw.replace(/_+$/, "") : phoenixName(raw));

/** Firms, international and non-governmental bodies (International actors) and armed groups (MilNonState actors). */
export function organizationEntries(actorFiles: string[], countries: Map<string, string>, personLike: (alias: string) => boolean): KnownOrganization[] {
  const byKey = new Map<string, KnownOrganization>();
  for (const text of actorFiles)
    for (const a of parseActors(text)) {
      const o = organizationEntry(a, countries, personLike);
      const key = o && nameKey(o.name);
      if (o && key && !byKey.has(key)) byKey.set(key, o);
    }
  return [...byKey.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

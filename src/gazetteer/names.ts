// People's names: given names (lexicons/given-names.json), to tell a person's
// name ("Olaf Scholz") from other capitalised runs ("Leaders Agree"), and the
// real-world persons of the Phoenix actor dictionary (lexicons/phoenix-persons.json) and the holders of office
// since 2014 (lexicons/office-holders.json).
import { nameKey } from "../names";
import { ISO_DATE, entry, fields, hasOnlyFields, isOptionalList, isWord, isoDate, lexiconError, lexiconPath, list, optional, optionalWords, plainList, readLexicon, shaped, word, type At } from "../lexicon-check";
import { adminDivisions, isCity, worldRegion } from "./places";
import { canonicalCountry, capitalOf, countryNamed, countryNames } from "./countries";
import { isRoleWord } from "./agents";
import { indexByName } from "./name-index";
import { lexiconIndex } from "../lexicon-snapshot";
import { loadOfficeHolders, type OfficeHolder } from "./office-holders";

const REGENERATE = "fix the entry or regenerate with: node -r ts-node/register scripts/make-gazetteer-lexicons.ts --only phoenix,names";
const NAME_SOURCES = ["en", "de", "es", "fr", "it", "tr", "phoenix"] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

export interface KnownPerson {
  name: string;
  country: string;
  /** CAMEO sectors ("GOV", "MIL", "ELI", "LEG", "OPP"...). */
  sectors: string[];
  /** Span of the dated roles, ISO dates; no `to` while a role was still held (the dictionary dates from 2014). */
  from?: string;
  to?: string;
  aliases: string[];
  /** A head of state or government in this term (office-holders.json): LEADER_OF the country while in office. */
  leads?: boolean;
}

/** Given names: each source's list, lower-case. */
export function loadGivenNames(path = lexiconPath("given-names.json")): Map<NameSource, string[]> {
  const { at, data } = readLexicon(path, REGENERATE);
  const lists = new Map<NameSource, string[]>();
  for (const source of NAME_SOURCES) {
    const names = data[source];
    if (!Array.isArray(names)) throw lexiconError(entry(at, source), "must be a list");
    // 90,000 names are read by every worker: plain ASCII names are checked by one test each, without building error context.
    names.forEach((v, i) => {
      if (typeof v !== "string" || !/^[a-z]+$/.test(v)) checkGivenName(v, entry(entry(at, source), i));
    });
    lists.set(source, names as string[]);
  }
  return lists;
}

/** A name other than plain ASCII letters: a lower-case name key, accents already stripped. */
function checkGivenName(v: unknown, at: At): void {
  const name = word(v, at);
  // Checked without nameKey, whose cache the extractor's names should keep to themselves.
  if (!/^[\p{Ll}\p{Lo}]+( [\p{Ll}\p{Lo}]+)*$/u.test(name) || name.normalize("NFKD") !== name) throw lexiconError(at, `is ${JSON.stringify(name)}, not its lower-case name key "${nameKey(name)}"`);
}


/** A person entry's fields, and its sectors' shape: read by checkPerson and by the plain-entry fast path alike. */
const PERSON_REQUIRED = ["name", "country"];
const PERSON_OPTIONAL = ["sectors", "from", "to", "aliases"];
const CAMEO_SECTOR = /^[A-Z]{3}$/;

export function checkPerson(value: unknown, at: At): KnownPerson {
  const e = fields(value, at, PERSON_REQUIRED, PERSON_OPTIONAL);
  const country = canonicalCountry(e.country, entry(at, "country"));
  const sectors = optional(e, "sectors", at, (v, a) => list(v, a, (s, b) => shaped(s, b, CAMEO_SECTOR, "a three-letter CAMEO code"))) ?? [];
  const dates: { from?: string; to?: string } = {};
  for (const k of ["from", "to"] as const) {
    const d = optional(e, k, at, isoDate);
    if (d !== undefined) dates[k] = d;
  }
  return { name: word(e.name, entry(at, "name")), country, sectors, ...dates, aliases: optionalWords(e, "aliases", at) };
}

const PERSON_FIELDS = new Set([...PERSON_REQUIRED, ...PERSON_OPTIONAL]);
const isSector = (x: unknown) => typeof x === "string" && CAMEO_SECTOR.test(x);
const isOptionalDate = (v: unknown) => v === undefined || (typeof v === "string" && ISO_DATE.test(v));

/**
 * An entry checkPerson would accept, read without building error context for each of its fields (18,000 persons are
 * read by every worker); undefined for any other entry, which checkPerson then reads and reports.
 */
function plainPerson(value: unknown): KnownPerson | undefined {
  if (!hasOnlyFields(value, PERSON_FIELDS)) return undefined;
  const { name, country, sectors, from, to, aliases } = value;
  if (!isWord(name) || !isWord(country) || !countryNames().has(country)) return undefined;
  if (!isOptionalList(sectors, isSector) || !isOptionalDate(from) || !isOptionalDate(to) || !isOptionalList(aliases, isWord)) return undefined;
  const dates: { from?: string; to?: string } = {};
  if (from !== undefined) dates.from = from as string;
  if (to !== undefined) dates.to = to as string;
  return { name, country, sectors: sectors ? [...(sectors as string[])] : [], ...dates, aliases: aliases ? [...(aliases as string[])] : [] };
}

export function loadKnownPersons(path = lexiconPath("phoenix-persons.json")): KnownPerson[] {
  const { at, data } = readLexicon(path, REGENERATE);
  return plainList(data.persons, entry(at, "persons"), plainPerson, checkPerson);
}

/**
 * Each source's names in code-unit order, as the generator writes them (sorted here if a list is not), searched by
 * halves: no index of 90,000 names for every worker to build, for the few thousand words extraction asks about (issue 9).
 */
function sortGivenNames(): [NameSource, string[]][] {
  return [...loadGivenNames()].map(([source, names]) => [source, names.every((n, k) => k === 0 || names[k - 1] < n) ? names : [...new Set(names)].sort()]);
}

const sortedGivenNames = lexiconIndex("given-names", sortGivenNames);

/** Whether the sorted list holds the word. */
function sortedHas(sorted: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid];
    if (at === word) return true;
    if (at < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The name lists that hold a word as a given name (case and accents ignored): "Olaf" → en, de, es, fr. */
export function givenNameSources(word: string): NameSource[] {
  const key = nameKey(word);
  return sortedGivenNames().filter(([, names]) => sortedHas(names, key)).map(([source]) => source);
}

/** Answers per word, kept for the process: the rules ask about the same few thousand names again and again, and each answer reads several lexicons (issue 9). */
const givenNameAnswers = new Map<string, boolean>();

/** Whether the word is a given name, and not rather a title or a place. A role word counts only when three lists hold it ("Dean", not "General"); a place name only when real persons bear it (the Phoenix list) or four lists hold it ("Victoria", "Jordan", "Georgia", not "Washington" or "Paris"). */
export function isGivenName(word: string): boolean {
  let answer = givenNameAnswers.get(word);
  if (answer === undefined) {
    if (givenNameAnswers.size > 100000) givenNameAnswers.clear();
    givenNameAnswers.set(word, (answer = givenNameByLists(word)));
  }
  return answer;
}

/** isGivenName read from the lists, without the kept answers; exported for the test that both agree. */
export function givenNameByLists(word: string): boolean {
  const sources = givenNameSources(word);
  if (!sources.length || (sources.length < 3 && isRoleWord(word))) return false;
  if (sources.includes("phoenix") || sources.length >= 4) return true;
  return !isPlaceName(word);
}

const isPlaceName = (word: string) => !!countryNamed(word) || !!capitalOf(word) || isCity(word) || adminDivisions(word).length > 0 || !!worldRegion(word);

/** Persons by the last word of their name key (the surname) and by the first: both read in one pass over the persons. */
function indexByEdgeWords(all: KnownPerson[]): { last: Map<string, KnownPerson[]>; first: Map<string, KnownPerson[]> } {
  const last = new Map<string, KnownPerson[]>();
  const first = new Map<string, KnownPerson[]>();
  const add = (index: Map<string, KnownPerson[]>, key: string, p: KnownPerson) => {
    const list = index.get(key);
    if (list) list.push(p);
    else index.set(key, [p]);
  };
  for (const p of all) {
    const key = nameKey(p.name);
    const space = key.indexOf(" ");
    add(last, key.slice(key.lastIndexOf(" ") + 1), p);
    add(first, space < 0 ? key : key.slice(0, space), p);
  }
  return { last, first };
}

/** The persons by name and alias, and by edge word, on first use: built (or loaded from the snapshot) together, so both hold the same person objects. */
/** A term of office-holders.json as a known person of the government sector. */
const holderAsPerson = ({ name, country, leads, from, to, aliases }: OfficeHolder): KnownPerson => ({ name, country, sectors: ["GOV"], from, ...(to ? { to } : {}), aliases, leads });

/** Every known person: the Phoenix persons, then the terms of office-holders.json (a person may be in both). */
export const allKnownPersons = (): KnownPerson[] => [...loadKnownPersons(), ...loadOfficeHolders().map(holderAsPerson)];

const personIndexes = lexiconIndex("phoenix-persons", () => {
  const all = allKnownPersons();
  return { byName: indexByName(all), byEdgeWord: indexByEdgeWords(all) };
});
const byEdgeWord = () => personIndexes().byEdgeWord;

/** Real-world persons a full name or alias names ("Vladimir Putin", "Bibi Netanyahu"); several when namesakes. */
export function knownPersons(name: string): KnownPerson[] {
  return personIndexes().byName.get(nameKey(name)) ?? [];
}

/** Real-world persons whose name ends with this surname ("Scholz" → Olaf Scholz). */
export function personsBySurname(surname: string): KnownPerson[] {
  return byEdgeWord().last.get(nameKey(surname)) ?? [];
}

/**
 * Whether a lone word is the surname of a real person of the Phoenix dictionary ("Erdogan", "Kishida"; "Xi" in a
 * country of `familyNameFirst`), and not rather a place or a role word that some entry happens to end with
 * ("Liverpool", "Council").
 */
export function isPersonSurname(word: string, familyNameFirst: Set<string>): boolean {
  let answers = surnameAnswers.get(familyNameFirst);
  if (!answers) surnameAnswers.set(familyNameFirst, (answers = new Map()));
  let answer = answers.get(word);
  if (answer === undefined) {
    if (answers.size > 100000) answers.clear();
    answers.set(word, (answer = surnameByLists(word, familyNameFirst)));
  }
  return answer;
}

/** isPersonSurname's answers per set of family-name-first countries, then per word (see givenNameAnswers). */
const surnameAnswers = new WeakMap<Set<string>, Map<string, boolean>>();

/** isPersonSurname read from the lists, without the kept answers; exported for the test that both agree. */
export function surnameByLists(word: string, familyNameFirst: Set<string>): boolean {
  if (isPlaceName(word) || isRoleWord(word)) return false;
  const person = (p: KnownPerson) => p.name.includes(" ") && !p.sectors.includes("NGO") && !p.sectors.includes("IGO");
  if (personsBySurname(word).some(person)) return true;
  // "Xi" of Xi Jinping, "Moon" of Moon Jae-in: where the family name comes first.
  return (byEdgeWord().first.get(nameKey(word)) ?? []).some((p) => person(p) && familyNameFirst.has(p.country));
}

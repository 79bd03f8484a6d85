// Names that stand for another name of the same article, settled before the
// mentions are grouped: an acronym defined in brackets ("(OFAC)") is the full
// name wherever it appears, "the Trump administration" is the government of
// the country that leader leads, and a lone given name ("Vladimir") is the one
// person of the article who bears it; a place spelt another way ("Kiev") takes its one spelling ("Kyiv"), and a
// country's body named two ways ("Russian Central Bank", "Central Bank of Russia") one name.
import type { Mention } from "../mentions";
import type { SentenceMentions } from "./types";
import { countryNamed } from "../gazetteer/countries";
import { isGivenName, knownPersons, personsBySurname } from "../gazetteer/names";
import { placeSpelling } from "../gazetteer/place-spellings";
import { ownedBodyKey } from "./owned-bodies";
import { countryOfEpithet, isCountryEpithet } from "./country-epithets";
import { titleCase } from "../mentions/tokens";
import { initialsMatch, ownName } from "../mentions/post-pass";
import { headKind } from "../mentions/classification";
import { nameKey, nameTokens } from "../names";

/** Rewrites, in place, the names of mentions that stand for another name of the article. */
export function resolveStandIns(sentences: SentenceMentions[]): void {
  const named = sentences.flatMap((s) => s.mentions.filter((m) => !m.ref));
  expandAcronyms(named);
  familyNamesInCapitals(named);
  administrationsAreCountries(named);
  loneGivenNames(named);
  bareBodiesOfTheirCountry(sentences, named);
  placesUnderOneSpelling(named);
  ownedBodiesUnderOneName(named);
  epithetsAreTheirCountry(named);
  countriesByTheirLastWords(named);
}

/**
 * "Korea" in an article that names South Korea and no other Korea: an unknown name that ends the name of one country
 * the article names is that country. Beside both Koreas it stays as it is.
 */
// The generic last words of many countries' names: "the Republic", "the States" name no one country by their words.
const STATE_WORDS_OF_NAMES = new Set(["republic", "states", "islands", "kingdom", "federation", "union"]);

function countriesByTheirLastWords(named: Mention[]): void {
  const countries = [...new Set(named.filter((m) => m.kind === "Country").map((m) => m.name))];
  for (const m of named) {
    if (m.known || m.ref || m.name.includes(" ") || countries.includes(m.name) || STATE_WORDS_OF_NAMES.has(m.name.toLowerCase())) continue;
    const ending = countries.filter((c) => c.endsWith(` ${m.name}`));
    if (ending.length === 1) Object.assign(m, { name: ending[0], kind: "Country", certainty: 2, known: true });
  }
}

/** "The Islamic Republic" in an article that names Iran (and not Pakistan) is Iran. */
function epithetsAreTheirCountry(named: Mention[]): void {
  const epithets = named.filter((m) => !m.known && m.kind !== "Person" && isCountryEpithet(m.name));
  if (!epithets.length) return;
  const countries = new Set(named.filter((m) => m.kind === "Country").map((m) => m.name));
  for (const m of epithets) {
    const country = countryOfEpithet(m.name, countries);
    if (country) Object.assign(m, { name: country, kind: "Country", certainty: 2, known: true });
  }
}

/**
 * "the Russian Central Bank" … "the Central Bank of Russia": a country's body named both ways in one article is named
 * one way, the gazetteer's if it knows one, else the "of" form.
 */
function ownedBodiesUnderOneName(named: Mention[]): void {
  const byKey = new Map<string, Mention[]>();
  for (const m of named) {
    const key = ownedBodyKey(m.name, m.kind);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  for (const ms of byKey.values()) {
    if (ms.every((m) => nameKey(m.name) === nameKey(ms[0].name))) continue;
    const chosen = ms.find((m) => m.known) ?? ms.find((m) => / of /.test(m.name)) ?? ms[0];
    for (const m of ms) if (m !== chosen) Object.assign(m, { name: chosen.name, known: chosen.known, kind: chosen.kind });
  }
}

/** "Kiev" and "Kyiv", "Odessa" and "Odesa": a place spelt another way takes the spelling the divisions lexicon names it by. */
function placesUnderOneSpelling(named: Mention[]): void {
  for (const m of named) {
    const spelling = m.kind === "Location" && !m.name.includes(" ") ? placeSpelling(m.name) : undefined;
    if (spelling) m.name = spelling;
  }
}

/**
 * "Prime Minister ISHIBA Shigeru", "President YOON Suk Yeol": government readouts write the family name first, in
 * capitals. The name is written in title case, in the order the Phoenix persons know it by ("Shigeru Ishiba"),
 * else as given ("Yoon Suk Yeol", "Xi Jinping").
 */
function familyNamesInCapitals(named: Mention[]): void {
  for (const m of named) {
    const [, family, given] = m.kind === "Person" ? (m.name.match(/^(\p{Lu}{2,}) (\p{Lu}\p{Ll}+(?:[ -]\p{L}+)?)$/u) ?? []) : [];
    if (!family || !/[AEIOUY]/.test(family)) continue; // "JD Vance": initials, not a family name
    const familyWord = family[0] + family.slice(1).toLowerCase();
    const western = `${given} ${familyWord}`;
    const familyFirst = `${familyWord} ${given}`;
    // The persons' own names, whichever order found them: "Ishiba Shigeru" is an alias of Shigeru Ishiba.
    const knownAs = new Set([...knownPersons(western), ...knownPersons(familyFirst)].map((p) => nameKey(p.name)));
    m.name = knownAs.has(nameKey(western)) && !knownAs.has(nameKey(familyFirst)) ? western : familyFirst;
  }
}

/** The country of a real person, by full name, else by a surname all its bearers share. */
function countryOfPerson(name: string): string | undefined {
  const byName = new Set(knownPersons(name).map((p) => p.country));
  if (byName.size === 1) return [...byName][0];
  const words = nameTokens(name);
  const bySurname = new Set(personsBySurname(words[words.length - 1] ?? "").map((p) => p.country));
  return byName.size === 0 && bySurname.size === 1 ? [...bySurname][0] : undefined;
}

/**
 * "Deputy Chairman of the Security Council Dmitry Medvedev": a body named by its head alone is the UN's only where the
 * article speaks of the UN; elsewhere it is the council of the holder's country, when the holder is a known person.
 */
function bareBodiesOfTheirCountry(sentences: SentenceMentions[], named: Mention[]): void {
  if (!named.some((m) => m.bareBody) || named.some((m) => !m.bareBody && /\b(?:UN|U\.N\.|United Nations)\b/.test(m.surface))) return;
  for (const s of sentences)
    s.mentions.forEach((body, k) => {
      const holder = s.mentions[k + 1];
      if (!body.bareBody || holder?.role?.of !== body.name) return;
      const country = countryOfPerson(holder.name);
      if (!country) return;
      const local = `${titleCase(body.surface.toLowerCase())} of ${country}`;
      Object.assign(body, { name: local, known: false, owner: country });
      holder.role = { ...holder.role, of: local };
    });
}

function expandAcronyms(named: Mention[]): void {
  const full = new Map<string, Mention>();
  for (const m of named) if (m.definedAcronym) full.set(nameKey(m.surface), m);
  for (const m of named) {
    // Most articles define no acronym in brackets: no key to build then.
    const d = (full.size ? full.get(nameKey(m.name)) : undefined) ?? (m.known ? undefined : bodyOfInitials(m, named));
    if (d && !m.known) Object.assign(m, { name: d.name, kind: d.kind, certainty: d.certainty, known: d.known });
  }
}

/**
 * "South Korea's Joint Chiefs of Staff said … according to the JCS": an unknown acronym whose letters open the
 * words of the article's one body of several words (its owner's demonym aside) is that body, brackets or not.
 */
function bodyOfInitials(m: Mention, named: Mention[]): Mention | undefined {
  if (!/^\p{Lu}{3,6}$/u.test(m.surface)) return undefined;
  const bodies = new Set<string>();
  let body: Mention | undefined;
  for (const x of named) {
    // An armed group's too ("the Syrian Democratic Forces … the SDF").
    if ((x.kind !== "Organization" && x.kind !== "MilitaryForce") || x === m || bodies.has(x.name) || nameTokens(x.name).length < m.surface.length) continue;
    // A body by its shape: three words or more, or a body's head word ("Gelete Burka" is no body's name).
    const words = nameTokens(x.name);
    if (words.length < 3 && !headKind(words[words.length - 1])) continue;
    // Its owner's demonym aside ("South Korea's Joint Chiefs of Staff", JCS) or in it ("Syrian Democratic Forces", SDF).
    if (initialsMatch(m.surface, ownName(x)) || initialsMatch(m.surface, x.name)) [body] = [x, bodies.add(x.name)];
  }
  return bodies.size === 1 ? body : undefined;
}

/** The country a leader named by surname leads: as the article says ("US President Joe Biden"), else as the Phoenix dictionary of real persons says. */
function countryLedBy(surname: string, named: Mention[]): string | undefined {
  const key = nameKey(surname);
  // The surname comes last in "Joe Biden" and first in "Lee Jae-myung".
  const bears = (m: Mention) => nameTokens(m.name).at(-1) === key || nameTokens(m.name)[0] === key;
  const inText = named.find((m) => m.kind === "Person" && m.role?.leader && m.role.of && bears(m) && countryNamed(m.role.of));
  if (inText) return inText.role!.of;
  const countries = new Set(personsBySurname(surname).filter((p) => p.sectors.includes("GOV")).map((p) => p.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}

function administrationsAreCountries(named: Mention[]): void {
  for (const m of named) {
    if (!m.administrationOf) continue;
    const country = countryLedBy(m.administrationOf, named);
    if (country) Object.assign(m, { name: country, kind: "Country", certainty: 2, known: true });
  }
}

/** "Vladimir" after "Vladimir Putin": the only person of the article whose first name it is. */
function loneGivenNames(named: Mention[]): void {
  // The persons of several words by their first word, in article order (indexed once: this ran for every pair).
  const byFirstWord = new Map<string, Mention[]>();
  for (const p of named) {
    const words = nameTokens(p.name);
    if (p.kind !== "Person" || words.length < 2) continue;
    const list = byFirstWord.get(words[0]);
    if (list) list.push(p);
    else byFirstWord.set(words[0], [p]);
  }
  for (const m of named) {
    const words = nameTokens(m.name);
    if (words.length !== 1 || m.known || m.kind === "Country") continue;
    const bearers = byFirstWord.get(words[0]);
    // One person bears it, under one name or several of the same key.
    if (!bearers || bearers.some((p) => nameKey(p.name) !== nameKey(bearers[0].name)) || !isGivenName(m.name)) continue;
    Object.assign(m, { name: bearers[0].name, kind: "Person", certainty: 1 });
  }
}

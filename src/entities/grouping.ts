// Named mentions grouped into entities: equal name keys, a surname or given
// name that abbreviates a longer person name ("Kim" → Kim Jong Un), a prefix
// of a longer organisation name; then each entity's kind by vote.
import type { EntityKind } from "../schema";
import type { Mention } from "../mentions";
import type { DocEntity, SentenceMentions } from "./types";
import { knownEntity } from "../gazetteer";
import { knownPersons } from "../gazetteer/names";
import { nameKey, nameTokens } from "../names";
import { addAlias, createEntity, entitiesByEdgeWords, relabel, vote, type EntityTable } from "./table";
import { headKind } from "../mentions/classification";
import { FEATURE_HEADS, NAME_SUFFIXES } from "../mentions/lexicon";
import { KINSHIP } from "../mentions/titles";

const KIND_ORDER: EntityKind[] = ["Person", "Country", "Organization", "Company", "MilitaryForce", "Location", "Agreement", "Event", "Weapon"];

/** Named mentions (not references), full names first so that short forms can join them. */
export function groupNamedMentions(table: EntityTable, sentences: SentenceMentions[]): void {
  const { byKey, links } = table;
  // Each name's length in words, counted once for the sort.
  const named: { si: number; mi: number; m: Mention; words: number }[] = [];
  sentences.forEach((s, si) => s.mentions.forEach((m, mi) => { if (!m.ref) named.push({ si, mi, m, words: nameTokens(m.name).length }); }));
  const confirmed = new Set(named.filter((x) => !x.m.initial).map((x) => nameKey(x.m.name)));
  const kin = kinNamedIn(sentences);
  const order = [...named].sort((a, b) => b.words - a.words || a.si - b.si || a.mi - b.mi);
  for (const { si, mi, m, words } of order) {
    const key = nameKey(m.name);
    let e = byKey.get(key);
    const mayBeShortForm = (m.kind === "Person" || m.certainty === 0) && !m.known;
    // Looked up once: it scans every entity so far.
    const short = !e && (m.initial || mayBeShortForm) ? shortFormOf(m, table, kin[si]) : undefined;
    // A lone capitalised word opening a sentence and named nowhere else here may be an ordinary word
    // ("Images showed …"): kept as weak, it survives only if other articles confirm the name.
    const weak = m.initial && !e && !confirmed.has(key) && !knownEntity(m.name) && !short;
    if (!e && mayBeShortForm) e = short;
    if (!e && !m.known && m.kind !== "Person") e = prefixOf(m, table) ?? shortenedOf(m, table) ?? headWordOf(m, table) ?? headOf(m, table) ?? placeOfFirstWord(m, table);
    if (!e) {
      e = createEntity(table, m.name, m.kind, m.known);
      if (weak) e.weak = true;
    }
    if (m.known && !e.known) {
      e.known = true;
      relabel(table, e, m.name);
    }
    links[si][mi] = e.id;
    if (m.work) e.noEntity = true;
    if (m.club) e.club = true;
    // A person's full name counts as three guesses: it outweighs those its lone surname draws ("Zelenskyy got dinner").
    const fullName = m.kind === "Person" && m.certainty === 0 && !m.work && words > 1 && e.label === m.name;
    vote(table, e, m.kind, m.certainty, fullName ? 3 : 1);
    if (!m.adjectival) addAlias(e, m.surface);
    if (m.name !== e.label) addAlias(e, m.name);
    if (m.role) e.roles.push(m.role);
  }
}

/** Each entity takes the kind most of its mentions give, or the gazetteer's. */
export function settleKinds(table: EntityTable): void {
  for (const e of table.entities) {
    const v = table.votes.get(e.id)!;
    e.kind = [...v.entries()].sort((a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]))[0][0];
    const k = knownEntity(e.label);
    if (k) e.kind = k.kind;
    // "Newcastle fans … Newcastle were ninth": where the article names the club, every bare mention of its city is the club.
    if (e.club && !k) e.kind = "Organization";
    if (!k && !e.known && !table.sure.get(e.id)?.has(e.kind)) e.guess = true;
  }
}

/**
 * Posts stated without their country take it from the same post described elsewhere ("Ukraine's interior minister" …
 * "Interior minister Igor Klymenko"), only when the article gives that post one country: "Prime Minister Tony Blair"
 * does not become "US President" because the article also speaks of an American president.
 */
export function postsTakeTheirCountry(table: EntityTable, sentences: SentenceMentions[]): void {
  // Most entities hold no post, and most articles name no holder: skipped before any list or set is built (issue 9).
  const posted = table.entities.filter((e) => e.roles.length);
  if (!posted.length) return;
  const roleRefs: Mention[] = sentences.flatMap((s) => s.mentions.filter((m) => m.ref === "role"));
  const countryOfPost = (title: string) => {
    const countries = new Set(roleRefs.filter((x) => x.role?.of && x.role.title.toLowerCase() === title.toLowerCase()).map((x) => x.role!.of));
    return countries.size === 1 ? [...countries][0] : undefined;
  };
  // "President Musharraf" and "President George W Bush" in one article: a post two people hold here is of two countries.
  const holders = new Map<string, number>();
  for (const e of posted) for (const t of new Set(e.roles.filter((r) => !r.of).map((r) => r.title.toLowerCase()))) holders.set(t, (holders.get(t) ?? 0) + 1);
  for (const e of posted) {
    // A person with two leading posts ("Prime Minister X", "President X of the council") borrows no leading post's country.
    const leads = new Set(e.roles.filter((r) => r.leader).map((r) => r.title.toLowerCase())).size;
    // Two holders here ("President Castro", "President Bush"): the country goes only to one the Phoenix dictionary places there.
    const lend = (title: string, c = countryOfPost(title)) => (c && (holders.get(title.toLowerCase()) === 1 || knownPersons(e.label).some((p) => p.country === c)) ? c : undefined);
    const borrowed = e.roles.map((r) => (!r.of && !r.ofRef && !(r.leader && leads > 1) ? lend(r.title) : undefined));
    // Posts of two countries for one person contradict each other: borrow neither.
    const countries = new Set([...borrowed, ...e.roles.map((r) => r.of)].filter(Boolean));
    if (countries.size !== 1 || !borrowed.some(Boolean) || !mayHoldPostOf(e.label, [...countries][0]!)) continue;
    e.roles.forEach((r, k) => { if (borrowed[k]) r.of = borrowed[k]; });
  }
}

/** A person the Phoenix dictionary knows holds posts of their own country only: George W Bush is no Pakistani president. */
function mayHoldPostOf(person: string, country: string): boolean {
  const known = knownPersons(person);
  return !known.length || known.some((p) => p.country === country);
}

/** What a name says it belongs to is mentioned too: "Russian President Putin" names Russia; "the US-Japan Security Treaty" names both. */
export function ownersAreMentioned(table: EntityTable, sentences: SentenceMentions[]): void {
  for (const s of sentences)
    for (const m of s.mentions) {
      const owner = m.ref ? undefined : m.owner ?? m.role?.of;
      for (const name of owner ? [owner, ...(m.parties ?? [])] : m.parties ?? []) {
        const k = knownEntity(name);
        if (k && !table.byKey.has(nameKey(name))) vote(table, createEntity(table, name, k.kind, true), k.kind, 2);
      }
    }
  for (const e of table.entities) if (!table.votes.has(e.id)) vote(table, e, e.kind, 2);
}

/** A government named after its leader: "the Trump administration", "the Lee Jae-myung government". */
const LEADERS_GOVERNMENT = /\s(?:administration|government)$/i;

/** A single surname or given name that abbreviates a longer person name already seen. */
function shortFormOf(m: Mention, table: EntityTable, kinOfSentence?: Set<string>): DocEntity | undefined {
  const words = nameTokens(m.name);
  if (words.length > 2) return undefined;
  // The name's words end the entity's or open it: only entities with its last or first word can match.
  return candidates(table, words[0], words[words.length - 1]).find((e) => {
    // "Netanyahu and his son Yair Netanyahu": the surname beside a relative named in full is the other person.
    if (kinOfSentence?.has(nameKey(e.label))) return false;
    const person = e.kind === "Person";
    if (!person && !((e.kind === "Organization" || e.kind === "Company") && !e.known)) return false;
    // "Trump aides" after "the Trump administration": a name with evidence of a person is no short form of the
    // government named after that person ("Orbis said" still joins "the Orbis Institute").
    if (!person && m.kind === "Person" && m.certainty > 0 && LEADERS_GOVERNMENT.test(e.label)) return false;
    const full = person ? surnameLast(nameTokens(e.label)) : nameTokens(e.label);
    if (full.length <= words.length) return false;
    // "United" for "Manchester United"; "Orbis" for "the Orbis Institute", but not "Kestrel" for its product "Kestrel Volt Mini"
    // (a body's name ends in its head word), nor "Barclays" for "Barclays Capital", a firm of its own.
    const opens = person || (e.kind === "Organization" && !!headKind(full[full.length - 1]));
    // "Silk" is no short form of "Robert Kilroy-Silk": a short form is whole words of the name, not a hyphenated part.
    return (wordsAt(full, full.length - words.length, words) && startsWord(e.label, full.length - words.length)) || (opens && wordsAt(full, 0, words) && startsWord(e.label, words.length));
  });
}

/** A person's name words with the surname last: without a generational suffix ("Ferdinand Marcos Jr." ends in "Marcos"). */
export function surnameLast(words: readonly string[]): readonly string[] {
  return words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]) ? words.slice(0, -1) : words;
}

/** The entities a name of these edge words may abbreviate (see entitiesByEdgeWords); a name without words matches any, so all. */
function candidates(table: EntityTable, first: string | undefined, last: string | undefined): DocEntity[] {
  return first === undefined && last === undefined ? table.entities : entitiesByEdgeWords(table, first, last);
}

const SPACES = /\s+/;

/** Whether the name key's token at (0 … its length) begins a word of the written name, or ends the name: not inside "Kilroy-Silk". */
function startsWord(label: string, at: number): boolean {
  let k = 0;
  for (const w of label.split(SPACES)) {
    if (k === at) return true;
    k += nameTokens(w).length;
  }
  return k === at;
}

/** "the Games" for the one "Commonwealth Games" of the article: a lone head word stands for the longer name it ends. */
function headWordOf(m: Mention, table: EntityTable): DocEntity | undefined {
  const words = nameTokens(m.name);
  if (words.length !== 1) return undefined;
  // A guessed kind yields to the head word's own: "the Peninsula", guessed a body, is the "Korean Peninsula".
  const kind = m.certainty === 0 && FEATURE_HEADS.has(words[0]) ? "Location" : m.kind;
  const longer = candidates(table, undefined, words[0]).filter((e) => e.kind === kind && e.kind !== "Person" && nameTokens(e.label).length > 1 && nameTokens(e.label).at(-1) === words[0]);
  return longer.length === 1 ? longer[0] : longer.length === 0 ? knownHeadWordOf(m, words[0], table) : undefined;
}

/** "the Alliance" after "NATO": the one known body named here that the gazetteer also calls by a name ending in that head word ("North Atlantic Alliance"). */
function knownHeadWordOf(m: Mention, head: string, table: EntityTable): DocEntity | undefined {
  if (m.kind !== "Organization") return undefined;
  const bodies = table.entities.filter((e) => e.known && e.kind === m.kind && knownEntity(e.label)?.aliases?.some((a) => nameTokens(a).at(-1) === head));
  return bodies.length === 1 ? bodies[0] : undefined;
}

/** "the Litani" after "the Litani River": a lone guessed name opening the one natural feature of the article named by it and a feature's head word. */
function placeOfFirstWord(m: Mention, table: EntityTable): DocEntity | undefined {
  const words = nameTokens(m.name);
  // "the Huaral programme" names a work, not the Huaral Valley.
  if (words.length !== 1 || m.certainty !== 0 || m.work) return undefined;
  const places = candidates(table, words[0], undefined).filter((e) => {
    const label = nameTokens(e.label);
    return e.kind === "Location" && label.length === 2 && label[0] === words[0] && FEATURE_HEADS.has(label[1]);
  });
  return places.length === 1 ? places[0] : undefined;
}

/** "Carnegie Endowment" for "Carnegie Endowment for International Peace"; not "Kursk" for "Kursk nuclear power plant", a place of its own. */
function prefixOf(m: Mention, table: EntityTable): DocEntity | undefined {
  if (m.kind === "Location") return undefined;
  const words = nameTokens(m.name);
  return candidates(table, words[0], undefined).find((e) => e.kind === m.kind && !e.known && nameTokens(e.label).length > words.length && wordsAt(nameTokens(e.label), 0, words));
}

/** The name's words from position at are these words (compared in place: this runs for every pair of mention and entity). */
function wordsAt(name: readonly string[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (name[at + k] !== words[k]) return false;
  return true;
}

/** "the Zaporizhzhia plant" after "the Zaporizhzhia nuclear power plant": the same first and last word, fewer words between. */
function shortenedOf(m: Mention, table: EntityTable): DocEntity | undefined {
  const words = nameTokens(m.name);
  if (words.length < 2) return undefined;
  const within = (long: readonly string[]) => {
    let k = 0;
    for (const w of long) if (w === words[k]) k++;
    return k === words.length && long[0] === words[0] && long[long.length - 1] === words[words.length - 1];
  };
  const cands = candidates(table, words[0], undefined).filter((e) => e.kind === m.kind && !e.known && nameTokens(e.label).length > words.length && within(nameTokens(e.label)));
  return cands.length === 1 ? cands[0] : undefined;
}

/** "the Foreign Ministry" after "China's Foreign Ministry": the one body of the article whose name ends with these words (one word: `headWordOf`). */
function headOf(m: Mention, table: EntityTable): DocEntity | undefined {
  const words = nameTokens(m.name);
  // Only a body's generic head ("ministry", "department"): "Tata BT" is no short form of "Telco Tata BT".
  if (words.length < 2 || m.kind !== "Organization" || m.owner || headKind(words[words.length - 1]) !== "Organization") return undefined;
  const cands = candidates(table, undefined, words[words.length - 1]).filter((e) => e.kind === "Organization" && nameTokens(e.label).length > words.length && wordsAt(nameTokens(e.label), nameTokens(e.label).length - words.length, words));
  return cands.length === 1 ? cands[0] : undefined;
}

const KIN_OWNERS = new Set(["his", "her", "their", "'s", "’s"]);

/** Per sentence, the name keys of persons introduced as someone's relative ("his son Yair Netanyahu", "Kim's sister, Kim Yo Jong"). */
function kinNamedIn(sentences: SentenceMentions[]): (Set<string> | undefined)[] {
  return sentences.map(({ mentions, tokens: t }) => {
    if (!t) return undefined;
    let keys: Set<string> | undefined;
    for (const m of mentions) {
      const at = t[m.start - 1]?.text === "," ? m.start - 2 : m.start - 1;
      if (m.kind !== "Person" || m.ref || !KINSHIP.has(t[at]?.lower ?? "") || !KIN_OWNERS.has(t[at - 1]?.lower ?? "")) continue;
      (keys ??= new Set()).add(nameKey(m.name));
    }
    return keys;
  });
}

// Entities across articles: the same entity named in several articles becomes
// one group. Equal name keys merge, a lone surname joins the one full name it
// abbreviates, and a description ("the Kremlin leader") joins the person known
// to hold that post.
import type { EntityKind } from "../schema";
import type { DocExtraction } from "../extract";
import { nameKey, nameTokens } from "../names";
import { surnameLast } from "./grouping";
import { givenNameGroup, givenNameSpelling } from "../gazetteer/given-name-variants";
import { ownedBodyKey } from "./owned-bodies";
import { knownPersons } from "../gazetteer/names";
import { isFormerPost, isSingleHolderPost, ledOnce, officeKey } from "../mentions/titles";

export interface EntityGroup {
  labels: Map<string, number>;
  kinds: Map<EntityKind, number>;
  aliases: Set<string>;
  docs: Set<string>;
  known: string | undefined;
  roles: { leader: boolean; of?: string; title: string }[];
  key: string;
  /** Confirmed by some article as a name (not only a sentence-opening word). */
  confirmed: boolean;
  /** Articles where the name is no entity: the title of a work or a product, a common noun capitalised by house style. */
  noEntity: number;
}

export interface MergedEntities {
  groups: Map<string, EntityGroup>;
  /** Group key → the key of the group it joined. */
  merged: Map<string, string>;
  /** For each article, the group key of each of its entities (undefined for a description nobody holds). */
  localKey: Map<DocExtraction, (string | undefined)[]>;
}

/** A description ("Russian leader") of one article, waiting for the person who holds the post. */
interface Pending {
  doc: DocExtraction;
  local: number;
}

/** Groups the entities of the articles (sorted by id) into one group per real-world entity. */
export function mergeAcrossArticles(sorted: DocExtraction[]): MergedEntities {
  const groups = new Map<string, EntityGroup>();
  const localKey = new Map<DocExtraction, (string | undefined)[]>();
  const pending = groupByName(sorted, groups, localKey);
  dropNoEntities(groups);
  const persons = [...groups.values()].filter((g) => groupKind(g) === "Person");
  const merged = new Map<string, string>();
  // Spellings of one full name join first, so that a lone surname then finds one person ("Zelenskiy" → Zelensky).
  joinTransliterations(groups, persons, merged);
  joinKnownAliases(persons, merged);
  joinSurnames(groups, persons, merged);
  joinPluralEvents(groups, merged);
  joinSpellings(groups, merged);
  joinOwnedBodies(groups, merged);
  joinAdministrations(groups, persons, merged);
  joinMiddleInitials(persons, merged);
  resolveDescriptions(persons, merged, pending, localKey);
  return { groups, merged, localKey };
}

/** The kind most articles give a group (a gazetteer's kind outweighs all). */
export const groupKind = (g: EntityGroup): EntityKind => [...g.kinds.entries()].sort((a, b) => b[1] - a[1])[0][0];

/** The key of the group a key ended up in, following joins. */
export function finalKey(merged: Map<string, string>, key: string): string {
  let k = key;
  for (let n = 0; merged.has(k) && n < 5; n++) k = merged.get(k)!;
  return k;
}

/** 1. Names and known entities, by key; descriptions are set aside. */
function groupByName(sorted: DocExtraction[], groups: Map<string, EntityGroup>, localKey: Map<DocExtraction, (string | undefined)[]>): Pending[] {
  const group = (key: string): EntityGroup => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { labels: new Map(), kinds: new Map(), aliases: new Set(), docs: new Set(), known: undefined, roles: [], key, confirmed: false, noEntity: 0 }));
    return g;
  };
  const pending: Pending[] = [];
  for (const d of sorted) {
    const keys: (string | undefined)[] = [];
    d.entities.forEach((e, i) => {
      if (e.roleRef) {
        keys.push(undefined);
        pending.push({ doc: d, local: i });
        return;
      }
      // A club named by its city ("Newcastle") is a node apart from the city.
      const key = e.club ? `${nameKey(e.label)} (club)` : nameKey(e.label);
      const g = group(key);
      g.labels.set(e.label, (g.labels.get(e.label) ?? 0) + 1);
      // A gazetteer's kind outweighs all; a kind given with evidence outweighs guesses ("won an Oscar" over "Oscar said").
      g.kinds.set(e.kind, (g.kinds.get(e.kind) ?? 0) + (e.known ? 100 : e.guess ? 1 : 5));
      if (e.noEntity) g.noEntity++;
      if (e.known) g.known = e.label;
      if (!e.weak) g.confirmed = true;
      for (const a of e.aliases) g.aliases.add(a);
      g.docs.add(d.article.id);
      g.roles.push(...e.roles);
      keys.push(key);
    });
    localKey.set(d, keys);
  }
  return pending;
}

/** 1b. A name that a quarter of its articles show is no entity (the title of a work or product: "The Aviator", "Xbox consoles"; a capitalised common noun: "the Budget") is no node, wherever it appears. */
function dropNoEntities(groups: Map<string, EntityGroup>): void {
  for (const g of groups.values()) if (!g.known && g.noEntity > 0 && g.noEntity * 4 >= g.docs.size) g.confirmed = false;
}

/** 2. A one-word person name joins the single multi-word person whose surname it is, in any of its romanisations. */
function joinSurnames(groups: Map<string, EntityGroup>, persons: EntityGroup[], merged: Map<string, string>): void {
  const joined = new Map<string, string>();
  const bySurname = new Map<string, EntityGroup[]>();
  for (const p of persons) {
    const words = surnameLast(nameTokens(p.key));
    if (words.length < 2 || merged.has(p.key)) continue;
    const last = transliterationKey(words[words.length - 1]);
    if (!bySurname.has(last)) bySurname.set(last, []);
    bySurname.get(last)!.push(p);
  }
  for (const g of persons) {
    if (g.key.includes(" ")) continue;
    // Across articles only a surname is safe to join ("Putin"); a given name ("Sandra") is not.
    const cands = merged.has(g.key) ? [] : bySurname.get(transliterationKey(g.key)) ?? [];
    if (cands.length === 1) joined.set(g.key, cands[0].key);
  }
  for (const [from, to] of joined) {
    merged.set(from, to);
    absorb(groups.get(finalKey(merged, to))!, groups.get(from)!);
  }
}

/** 2a. "the Oscars" and "an Oscar", "the Brits" and "a Brit award": an award or event and its plural are one, under the name more articles use. */
function joinPluralEvents(groups: Map<string, EntityGroup>, merged: Map<string, string>): void {
  for (const plural of groups.values()) {
    const single = plural.key.endsWith("s") && !plural.key.includes(" ") ? groups.get(plural.key.slice(0, -1)) : undefined;
    if (!single || plural.known || single.known || merged.has(single.key) || merged.has(plural.key) || ![groupKind(single), groupKind(plural)].includes("Event")) continue;
    if (groupKind(single) === "Person" || groupKind(plural) === "Person") continue;
    const [to, from] = single.docs.size >= plural.docs.size ? [single, plural] : [plural, single];
    merged.set(from.key, to.key);
    absorb(to, from);
    for (const [k, n] of from.kinds) to.kinds.set(k, (to.kinds.get(k) ?? 0) + n);
  }
}

/** The names, articles and posts of g become to's. */
function absorb(to: EntityGroup, g: EntityGroup): void {
  for (const [l] of g.labels) to.aliases.add(l);
  for (const a of g.aliases) to.aliases.add(a);
  for (const d of g.docs) to.docs.add(d);
  to.roles.push(...g.roles);
}

/** One spelling for the romanisations of a Slavic name: Zelensky, Zelenskiy, Zelenskyy; Shoigu, Shoygu. */
export const transliterationKey = (key: string): string =>
  key.split(" ").map((w) => w.replace(/(?:iy|yy|ij|ii|yi)$/, "y").replace(/oy/g, "oi")).join(" ");

/**
 * The key a person's full name shares with its other spellings: its words romanised one way, its given name as its
 * group's ("Volodymyr Zelenskyy" and "Vladimir Zelensky", "Steven Witkoff" and "Steve Witkoff"). Two different given
 * names stay two ("Kim Jong Un", "Kim Yo Jong"; "George Bush", "Jeb Bush").
 */
export function personSpellingKey(key: string): string {
  const [given, ...rest] = key.split(" ");
  return transliterationKey([givenNameGroup(given), ...rest].join(" "));
}

/**
 * 2. Persons whose names are spellings of one name join the one named in most articles; a short form of the given name
 * ("Jim Morrison", "James Morrison") only where their articles share another entity, a sign they are about one person.
 */
function joinTransliterations(groups: Map<string, EntityGroup>, persons: EntityGroup[], merged: Map<string, string>): void {
  let inDoc: Map<string, EntityGroup[]> | undefined;
  const spelling = (g: EntityGroup) => givenNameSpelling(g.key.split(" ")[0]);
  const keyOf = (p: EntityGroup) => (p.key.includes(" ") ? personSpellingKey(p.key) : undefined);
  joinSameKeys(persons, merged, keyOf, byDocs, (to, g) => spelling(g) === spelling(to) || sharesNeighbour(to, g, (inDoc ??= groupsByDoc(groups))));
}

/**
 * 2'. Full names the person lexicons give as one person's name or aliases ("Tamim bin Hamad" and "Tamim bin Hamad Al
 * Thani", "Takaichi Sanae" and "Sanae Takaichi") join under that person.
 */
function joinKnownAliases(persons: EntityGroup[], merged: Map<string, string>): void {
  // "George Bush" beside "George H W Bush" in the corpus names either: a name another person's holds all the words of is left alone.
  const bySurname = new Map<string, EntityGroup[]>();
  for (const p of persons) {
    const last = p.key.slice(p.key.lastIndexOf(" ") + 1);
    bySurname.set(last, [...(bySurname.get(last) ?? []), p]);
  }
  const claimedByOther = (p: EntityGroup, known: string) => {
    const words = p.key.split(" ");
    return (bySurname.get(words[words.length - 1]) ?? []).some((o) => o !== p && o.key !== known && words.every((w) => o.key.split(" ").includes(w)));
  };
  const keyOf = (p: EntityGroup) => {
    if (!p.key.includes(" ")) return undefined;
    const names = new Set(knownPersons(p.key).map((k) => nameKey(k.name)));
    const [known] = names;
    return names.size === 1 && !claimedByOther(p, known) ? known : undefined;
  };
  // The one named as the lexicon names the person first.
  const canonicalFirst = (a: EntityGroup, b: EntityGroup) => Number(keyOf(b) === b.key) - Number(keyOf(a) === a.key) || byDocs(a, b);
  joinSameKeys(persons, merged, keyOf, canonicalFirst);
}

/** Most articles first, then by key. */
const byDocs = (a: EntityGroup, b: EntityGroup) => b.docs.size - a.docs.size || (a.key < b.key ? -1 : 1);

/** Groups not yet merged that share a key join the first of them in this order, those that may. */
function joinSameKeys(gs: Iterable<EntityGroup>, merged: Map<string, string>, keyOf: (g: EntityGroup) => string | undefined, order: (a: EntityGroup, b: EntityGroup) => number, may: (to: EntityGroup, g: EntityGroup) => boolean = () => true): void {
  const byKey = new Map<string, EntityGroup[]>();
  for (const g of gs) {
    const key = merged.has(g.key) ? undefined : keyOf(g);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), g]);
  }
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    const [to, ...rest] = same.sort(order);
    for (const g of rest) {
      if (!may(to, g)) continue;
      merged.set(g.key, to.key);
      absorb(to, g);
    }
  }
}

/** Each article's groups (built once, when a short form needs it). */
function groupsByDoc(groups: Map<string, EntityGroup>): Map<string, EntityGroup[]> {
  const byDoc = new Map<string, EntityGroup[]>();
  for (const g of groups.values()) for (const d of g.docs) byDoc.set(d, [...(byDoc.get(d) ?? []), g]);
  return byDoc;
}

/** Whether some other entity is named both in an article of a and in one of b. */
function sharesNeighbour(a: EntityGroup, b: EntityGroup, inDoc: Map<string, EntityGroup[]>): boolean {
  for (const d of a.docs) for (const x of inDoc.get(d) ?? []) if (x !== a && x !== b && [...x.docs].some((e) => b.docs.has(e))) return true;
  return false;
}

// British and American spellings of one name's words: "Russian Defence Ministry" and "Russian Defense Ministry".
const SPELLINGS: Record<string, string> = { defence: "defense", centre: "center", programme: "program", organisation: "organization", labour: "labor", armour: "armor" };
const BRITISH_SPELLING = /\b(?:defence|centre|programme|organisation|labour|armour)\b/;

/** 2b'. Bodies and places whose names differ only in British or American spelling join the one named in most articles. */
function joinSpellings(groups: Map<string, EntityGroup>, merged: Map<string, string>): void {
  for (const g of groups.values()) {
    if (merged.has(g.key) || !BRITISH_SPELLING.test(g.key)) continue;
    const other = groups.get(g.key.split(" ").map((w) => SPELLINGS[w] ?? w).join(" "));
    if (!other || merged.has(other.key) || groupKind(other) !== groupKind(g)) continue;
    const [to, from] = other.docs.size >= g.docs.size ? [other, g] : [g, other];
    merged.set(from.key, to.key);
    absorb(to, from);
  }
}

/** 2b'''. "Russian Security Council" and "Security Council of Russia": a country's body named both ways joins the one the gazetteer knows, else the one named in most articles. */
function joinOwnedBodies(groups: Map<string, EntityGroup>, merged: Map<string, string>): void {
  joinSameKeys(groups.values(), merged, (g) => ownedBodyKey(g.key, groupKind(g)), (a, b) => Number(!!b.known) - Number(!!a.known) || byDocs(a, b));
}

/**
 * 2b''. "The Trump administration", where its article names no leader: the country whose leader some other article
 * names with that surname ("US President Donald Trump"), if there is one such country.
 */
function joinAdministrations(groups: Map<string, EntityGroup>, persons: EntityGroup[], merged: Map<string, string>): void {
  for (const g of groups.values()) {
    if (merged.has(g.key) || !g.key.endsWith(" administration") || groupKind(g) !== "Organization") continue;
    const surname = g.key.slice(0, -" administration".length);
    if (surname.includes(" ")) continue;
    const countries = new Set(persons.filter((p) => p.key.split(" ").at(-1) === surname).flatMap((p) => p.roles.filter((r) => ledOnce(r) && r.of).map((r) => r.of!)));
    const country = countries.size === 1 ? groups.get(nameKey([...countries][0])) : undefined;
    if (!country || groupKind(country) !== "Country") continue;
    merged.set(g.key, country.key);
    // Only its names as an administration: a lone "Clinton" the group drew is the person's, not the country's.
    absorb(country, { ...g, labels: new Map([...g.labels].filter(([l]) => / administration$/i.test(l))), aliases: new Set([...g.aliases].filter((a) => / administration$/i.test(a))) });
  }
}

/** 2c. "George Bush" joins "George W Bush": the one person of the same first and last name with initials between them. */
function joinMiddleInitials(persons: EntityGroup[], merged: Map<string, string>): void {
  const byEnds = new Map<string, EntityGroup[]>();
  for (const p of persons) {
    const words = p.key.split(" ");
    if (merged.has(p.key) || words.length < 3 || !words.slice(1, -1).every((w) => w.length === 1)) continue;
    const ends = `${words[0]} ${words[words.length - 1]}`;
    byEnds.set(ends, [...(byEnds.get(ends) ?? []), p]);
  }
  for (const p of persons) {
    const longer = merged.has(p.key) ? undefined : byEnds.get(p.key);
    // "George Bush" beside both "George W Bush" and "George H W Bush" is either: it joins neither.
    if (longer?.length !== 1) continue;
    merged.set(p.key, longer[0].key);
    absorb(longer[0], p);
  }
}

/** 3. Descriptions: the person who holds that post in some article, the one named in most articles first. */
function resolveDescriptions(persons: EntityGroup[], merged: Map<string, string>, pending: Pending[], localKey: Map<DocExtraction, (string | undefined)[]>): void {
  const holdersOf = new Map<string, EntityGroup[]>();
  for (const g of persons) {
    if (merged.has(g.key)) continue;
    for (const x of g.roles) {
      // "former President" is no holder the description "the Russian President" could name now.
      if (!x.of || isFormerPost(x.title)) continue;
      for (const k of [x.leader ? `${x.of}|leader` : "", `${x.of}|${officeKey(x.title, x.leader)}`]) {
        if (!k) continue;
        if (!holdersOf.has(k)) holdersOf.set(k, []);
        const list = holdersOf.get(k)!;
        if (!list.includes(g)) list.push(g);
      }
    }
  }
  for (const p of pending) {
    const e = p.doc.entities[p.local];
    const r = e.roleRef!;
    // "a Tory MP" in one article is not the MP named in most others: only a post one person holds at a time resolves.
    if (!isSingleHolderPost(r.title)) continue;
    // "the Kremlin leader" is whoever leads; "the UK chancellor" only a chancellor of the UK.
    const h = mostDocs(holdersOf.get(`${r.of}|${officeKey(r.title, r.leader)}`) ?? []);
    if (!h) continue;
    for (const a of e.aliases) h.aliases.add(a);
    h.aliases.add(e.label);
    h.docs.add(p.doc.article.id);
    localKey.get(p.doc)![p.local] = h.key;
  }
}

function mostDocs(gs: EntityGroup[]): EntityGroup | undefined {
  return [...gs].sort((a, b) => b.docs.size - a.docs.size || (a.key < b.key ? -1 : 1))[0];
}

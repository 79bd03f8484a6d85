// References resolved in reading order: "he/she/his" to the first person of
// the sentence (or of the last sentence that had one), "the country" to the
// last country named, "the soldiers"/"its troops" to the force last named or
// the country's armed force, a description to the person holding the post.
import type { EntityKind } from "../schema";
import type { Mention } from "../mentions";
import type { DocEntity, SentenceMentions } from "./types";
import { countryInfo } from "../gazetteer";
import { nameKey } from "../names";
import { isFormerPost, isLesserPostWord, isSingleHolderPost, officeKey } from "../mentions/titles";
import { addAlias, createEntity, type EntityTable } from "./table";

/** What reading has seen so far. */
interface Reading {
  table: EntityTable;
  lastCountry?: DocEntity;
  /** A country named only by its demonym ("Russian"), not yet an entity. */
  lastCountryName?: string;
  lastForce?: DocEntity;
  lastPersonSubject?: DocEntity;
  /** The first person named in the current sentence. */
  firstPerson?: DocEntity;
  /** Persons with a post, most recently named last: what "the Secretary" points back at. */
  holders: DocEntity[];
}

/** Links every reference of the article to an entity where one fits. */
export function resolveReferences(table: EntityTable, sentences: SentenceMentions[]): void {
  const r: Reading = { table, holders: [] };
  sentences.forEach((s, si) => {
    r.firstPerson = undefined;
    s.mentions.forEach((m, mi) => readMention(r, s, si, mi, m));
    if (r.firstPerson) r.lastPersonSubject = r.firstPerson;
  });
}

/** One mention in reading order: a reference is linked, a name updates what references point back to. */
function readMention(r: Reading, s: SentenceMentions, si: number, mi: number, m: Mention): void {
  const { entities, links } = r.table;
  if (m.ref === "adjective") {
    r.lastCountryName = m.name;
    r.lastCountry = undefined;
    return;
  }
  if (m.ref === "pronoun") {
    const e = relativeAntecedent(r, s, si, mi) ?? r.firstPerson ?? r.lastPersonSubject;
    if (e) links[si][mi] = e.id;
    return;
  }
  if (m.ref === "country") return countryReference(r, s, si, mi, m);
  if (m.ref === "force") return forceReference(r, si, mi, m);
  if (m.ref === "role") return roleReference(r, si, mi, m);
  const e: DocEntity | undefined = links[si][mi] >= 0 ? entities[links[si][mi]] : undefined;
  if (!e) return;
  // "the Ukrainian General Staff said its forces …": a body owned by a country speaks for it, as the country would.
  const owner = m.owner ? r.table.byKey.get(nameKey(m.owner)) : undefined;
  const country = e.kind === "Country" ? e : owner?.kind === "Country" ? owner : undefined;
  if (country) {
    r.lastCountry = country;
    r.lastCountryName = undefined;
  }
  if (e.kind === "MilitaryForce") r.lastForce = e;
  if (e.kind === "Person" && !r.firstPerson) r.firstPerson = e;
  if (e.kind === "Person" && e.roles.length) r.holders = [...r.holders.filter((x) => x !== e), e];
}

/**
 * "Lee held talks with Xi, who was on his first visit to Korea": a pronoun inside a relative clause that opens right
 * after a person's name (", who …", no comma since) is that person.
 */
function relativeAntecedent(r: Reading, s: SentenceMentions, si: number, mi: number): DocEntity | undefined {
  const t = s.tokens;
  if (!t) return undefined;
  let q = s.mentions[mi].start - 1;
  while (q > 0 && q > s.mentions[mi].start - 10 && t[q].lower !== "who" && t[q].text !== ",") q--;
  if (t[q]?.lower !== "who" || t[q - 1]?.text !== ",") return undefined;
  const before = mi > 0 ? s.mentions.slice(0, mi).reverse().find((x) => x.end === q - 1) : undefined;
  const e = before ? r.table.entities[r.table.links[si][s.mentions.indexOf(before)]] : undefined;
  return e?.kind === "Person" ? e : undefined;
}

/** The country a person's post belongs to, a leader's first. */
const countryOf = (p: DocEntity | undefined): string | undefined => p?.roles.find((x) => x.of && x.leader)?.of ?? p?.roles.find((x) => x.of)?.of;

/** The entity of a label, created if the article has none yet. */
const byLabel = (table: EntityTable, label: string, kind: EntityKind) => table.byKey.get(nameKey(label)) ?? createEntity(table, label, kind, true);

/** "the country", "his country"; "the country's leader Kim Jong Un" gives the post its country. */
function countryReference(r: Reading, s: SentenceMentions, si: number, mi: number, m: Mention): void {
  const { entities, links } = r.table;
  const viaPronoun = m.surface.toLowerCase().startsWith("his") || m.surface.toLowerCase().startsWith("her");
  const c = viaPronoun ? countryOf(r.firstPerson ?? r.lastPersonSubject) : undefined;
  const compass = m.name === "North" || m.name === "South" ? compassCountry(r.table, m.name) : undefined;
  const e = compass ?? (m.name !== "country" ? undefined : c ? byLabel(r.table, c, "Country") : r.lastCountry ?? (r.lastCountryName ? byLabel(r.table, r.lastCountryName, "Country") : undefined));
  if (e) links[si][mi] = e.id;
  const next = s.mentions[mi + 1];
  if (e && next?.role?.ofRef && links[si][mi + 1] >= 0) {
    const holder = entities[links[si][mi + 1]];
    for (const x of holder.roles) if (x.ofRef) { x.of = e.label; x.ofRef = false; }
  }
}

/** "the North", "the South": the one country of the article whose name opens with that word (North Korea once named). */
function compassCountry(table: EntityTable, word: string): DocEntity | undefined {
  const named = table.entities.filter((e) => e.kind === "Country" && e.label.startsWith(`${word} `));
  return named.length === 1 ? named[0] : undefined;
}

/** "its troops" (the last country's force), "the soldiers" (the last force, or the subject's country's). */
function forceReference(r: Reading, si: number, mi: number, m: Mention): void {
  let c: string | undefined;
  if (/^its\b/i.test(m.surface)) c = r.lastCountry?.label;
  const f = c ? countryInfo(c)?.military : undefined;
  const fromSubject = countryOf(r.firstPerson ?? r.lastPersonSubject);
  const e = f ? byLabel(r.table, f, "MilitaryForce") : r.lastForce ?? (fromSubject && countryInfo(fromSubject) ? byLabel(r.table, countryInfo(fromSubject)!.military, "MilitaryForce") : undefined);
  if (e) r.table.links[si][mi] = e.id;
}

/** "the North Korean leader": the person holding that post here, else a description to resolve across articles. */
function roleReference(r: Reading, si: number, mi: number, m: Mention): void {
  const role = m.role!;
  if (!role.of) return bareTitleReference(r, si, mi, role.title);
  const office = officeKey(role.title, role.leader);
  let e = r.table.entities.find((x) => x.kind === "Person" && x.roles.some((y) => y.of === role.of && !isFormerPost(y.title) && (office === "leader" ? y.leader : officeKey(y.title, y.leader) === office)));
  if (!e) {
    e = createEntity(r.table, m.name, "Person", false);
    e.roleRef = role;
    e.named = false;
  }
  r.table.links[si][mi] = e.id;
  // "Tory MP" names one of many: it may point back at the MP just named, but it is no name of theirs.
  if (!isSingleHolderPost(role.title)) return;
  addAlias(e, m.surface);
  if (!e.roleRef) addAlias(e, m.name);
}

/**
 * "The Secretary also met with …": the person last named with a post whose words hold the title's ("Defence
 * Secretary", "Secretary of State"), not a lesser one ("Vice President" is not "the President"). No alias: the bare
 * post names different people in different articles.
 */
function bareTitleReference(r: Reading, si: number, mi: number, title: string): void {
  const words = title.toLowerCase().split(/\s+/);
  const holds = (post: string) => {
    const own = post.toLowerCase().split(/\s+/);
    return words.every((w) => own.includes(w)) && !own.some((w) => !words.includes(w) && isLesserPostWord(w));
  };
  const holder = [...r.holders].reverse().find((p) => p.roles.some((x) => holds(x.title)));
  if (holder) r.table.links[si][mi] = holder.id;
}

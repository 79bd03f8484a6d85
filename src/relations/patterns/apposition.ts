// Posts in apposition: "Ankit Panda, senior fellow in the Nuclear Policy
// Program at the Carnegie Endowment" (MEMBER_OF), "Kim Jong Un, the leader of
// North Korea" (LEADER_OF); and people named together: "Kim Jong Un with
// Russian defense minister Sergei Shoigu" (MET_WITH).
import type { SentenceContext, SentenceInput } from "../types";
import type { DocEntity } from "../../entities";
import type { Mention } from "../../mentions";
import { FORCE_LEADER_BEFORE_NAME, isLeaderTitle, isLesserPostWord, isNationalityOnly, isPersonalStaff, isPostWord, titleAt } from "../../mentions/titles";
import { governedCountry } from "./roles";
import { isCap } from "../../mentions/tokens";
import { ARTICLES } from "../../mentions/lexicon";
import { countryOrEntity, isMentionStart } from "../syntax";
import { matchAt } from "../../gazetteer";
import { CONSTITUENCY_TITLES } from "../../mentions/structure-lexicon";

// What joins a post's body to the larger body it belongs to: "in the X Programme at the Y University".
const BODY_PREPOSITIONS = new Set(["at", "in", "of", "for", "with", "within"]);

/** "Name, [the] title … Body": a post held in a named body or country. */
export function postInApposition(c: SentenceContext): void {
  const { s, entityAt, add } = c;
  const t = s.tokens;
  s.mentions.forEach((m, k) => {
    if (m.kind === "Person" && !m.ref) postOfItsBefore(c, m, k);
    if (m.kind !== "Person" || m.ref || t[m.end]?.text !== ",") return;
    const post = appositivePost(s, m.end + 1);
    if (!post) {
      // "X, a Kremlin envoy," (a body or country named before the post), and "X, a Ukrainian minister," (a demonym).
      ownerThenPost(c, k);
      staffOfLeader(c, k);
      return postOfDemonym(c, m, k);
    }
    const { title, department } = post;
    // "MP for Witney" holds a seat for a place, not a post in a body.
    if (t[post.end]?.lower === "for" && CONSTITUENCY_TITLES.has(title.toLowerCase().split(/\s+/).pop() ?? "")) return;
    // "Kim Jong Un, the leader of North Korea": a post in a country too; "deputy leader" leads nothing; the director of a centre at a university is a member of the university.
    // "director of Intel's photonics lab": the post leads a unit of the body, and is only a post in the body.
    const { bodies, unit } = bodiesOfPost(c, post.end);
    if (!bodies.length) {
      // "Yuri Ushakov, a foreign policy aide to President Vladimir Putin": a person's staff serve the country they govern.
      const country = isPersonalStaff(title) ? countryServed(c, post.end) : undefined;
      if (country) add(entityAt(k), country, "MEMBER_OF", title, "asserted", title);
      return;
    }
    // "X, the commander of the Quds Force": the one commander "of" a body leads it ("X, a commander of Y" is a member).
    // The body named right after "of [the]", past a possessor ("of Iran's Revolutionary Guards").
    const named = (q: number): Mention | undefined => {
      const first = s.mentions.find((x) => x.start === q + (t[q]?.lower === "the" ? 1 : 0));
      return first?.possessive && first.kind === "Country" ? s.mentions.find((x) => x.start === first.end + 1) : first;
    };
    const theCommander = t[m.end + 1]?.lower === "the" && t[post.end]?.lower === "of" && FORCE_LEADER_BEFORE_NAME.has(title.toLowerCase()) && c.entityOf(named(post.end + 1)) === bodies[0];
    const leads = (isLeaderTitle(title) || theCommander) && !department && !unit;
    bodies.forEach((body, i) => add(entityAt(k), body, leads && i === 0 ? "LEADER_OF" : "MEMBER_OF", title, "asserted", title));
  });
}

/**
 * "its ambassador in Tokyo, X," / "its envoy to Moscow, X.": a post owned by "its" (a state or body named before),
 * perhaps with the place where it is held, then the name in apposition; the holder is a member of the owner.
 */
function postOfItsBefore(c: SentenceContext, m: Mention, k: number): void {
  const { s, entityAt, entityOf, add } = c;
  const t = s.tokens;
  if (![",", ".", undefined].includes(t[m.end]?.text)) return;
  // "its ambassador, X": the mention took the post in; "its consul general in Osaka, X": the post stands before the comma.
  const taken = m.outerStart !== undefined && m.role && !m.role.of && t[m.outerStart - 1]?.lower === "its";
  const its = taken ? m.outerStart! - 1 : itsPostBefore(s, m.start - 1);
  const title = taken ? m.role!.title : its >= 0 ? appositivePost(s, its + 1)?.title : undefined;
  // "its" stands for the nearest name before it ("the ambitions of its chief executive": of Yukos, a firm, so nothing).
  const owner = s.mentions.filter((x) => x.end <= its && x.ref !== "adjective").pop();
  const body = owner?.ref ? undefined : entityOf(owner);
  // "its president, X" leads the state; "its ambassador, X" serves it.
  const relation = isLeaderTitle(title ?? "") && body?.kind === "Country" ? "LEADER_OF" : "MEMBER_OF";
  if (title && body && (body.kind === "Country" || body.kind === "Organization")) add(entityAt(k), body, relation, title, "asserted", title);
}

/** Where "its" stands before a post ending at the comma, perhaps with the place it is held in ("in Osaka"); or -1. */
function itsPostBefore(s: SentenceInput, comma: number): number {
  const t = s.tokens;
  if (t[comma]?.text !== ",") return -1;
  let its = comma - 1;
  while (its > 0 && its > comma - 9 && t[its].lower !== "its") its--;
  const post = t[its]?.lower === "its" ? appositivePost(s, its + 1) : undefined;
  if (!post || post.department) return -1;
  let j = post.end;
  // "in Osaka", "to the United Nations": where the post is held.
  if (["in", "to", "at"].includes(t[j]?.lower ?? "")) {
    const place = s.mentions.find((x) => (x.outerStart ?? x.start) === j + 1 || (x.start === j + 2 && t[j + 1].lower === "the"));
    if (place) j = place.end;
  }
  return j === comma ? its : -1;
}

/**
 * "Lana Nusseibeh, an Emirati assistant minister,", "X, a Qatari foreign ministry spokesman,": a post qualified by
 * its country's demonym, or by a body named with it, is held there; "X, an Israeli analyst," says a nationality only.
 */
function postOfDemonym(c: SentenceContext, m: Mention, k: number): void {
  const { s, entities, entityAt, entityOf, add } = c;
  const t = s.tokens;
  let j = m.end + 1;
  if (ARTICLES.has(t[j]?.lower ?? "")) j++;
  if (t[j]?.pos === "ADJ" && !isCap(t[j])) j++; // "a senior Iranian diplomat"
  const owner = s.mentions.find((x) => (x.outerStart ?? x.start) === j && (x.ref === "adjective" || x.ref === "role" || (!x.ref && x.kind === "Organization")));
  // "X, a South Korean minister,": the description read whole, its post of the country.
  const described = owner?.ref === "role" && owner.role?.of && !isNationalityOnly(owner.role.title) && [",", "."].includes(t[owner.end]?.text ?? "");
  if (described) return add(entityAt(k), entities.find((e) => e.label === owner.role?.of), owner.role?.leader ? "LEADER_OF" : "MEMBER_OF", owner.role!.title, "asserted", owner.role!.title);
  // "a Ukrainian minister": an indefinite post is no mention of its own; its demonym is read here.
  const demonym = owner || !t[j] ? undefined : matchAt(t, j);
  const ownerEnd = owner?.end ?? (demonym?.role === "demonym" ? j + demonym.words.length : -1);
  const post = ownerEnd > 0 && !owner?.role ? appositivePost(s, ownerEnd) : undefined;
  if (!post || post.department || ![",", "."].includes(t[post.end]?.text ?? "") || isNationalityOnly(post.title)) return;
  const body = !owner ? entities.find((e) => e.kind === "Country" && e.label === demonym?.canonical) : owner.ref ? countryOrEntity(entities, entityOf, owner) : entityOf(owner);
  // "X, the Iraqi prime minister," leads; "a former Iraqi prime minister" or a body's head does not.
  const leads = isLeaderTitle(post.title) && t[m.end + 1]?.lower === "the" && j === m.end + 2 && owner?.kind !== "Organization";
  add(entityAt(k), body, leads ? "LEADER_OF" : "MEMBER_OF", post.title, "asserted", post.title);
}

/**
 * "Kirill Dmitriev, a Kremlin envoy,", "X, a senior Hamas official,", "X, the UK National Security Adviser,": the body
 * or country named before the post is the one the person serves; the one holder of a leading post ("the") leads it.
 * A nationality with a trade is no post in a state ("X, an Iran analyst").
 */
function ownerThenPost(c: SentenceContext, k: number): void {
  const { s, entities, entityOf, entityAt, add } = c;
  const t = s.tokens;
  const m = s.mentions[k];
  const definite = t[m.end + 1]?.lower === "the";
  let j = ARTICLES.has(t[m.end + 1]?.lower ?? "") ? m.end + 2 : m.end + 1;
  while (j < m.end + 4 && t[j]?.pos === "ADJ" && !isCap(t[j])) j++;
  const owner = s.mentions[k + 1];
  if (!owner || owner.start !== j || owner.possessive || (owner.ref && owner.ref !== "adjective")) return;
  const body = countryOrEntity(entities, entityOf, owner);
  if (!body || !BODY_OWNER_KINDS.has(body.kind)) return;
  let end = isCap(t[owner.end] ?? t[m.end]) ? titleAt(s, owner.end) : -1;
  if (end < 0) for (end = owner.end; end < owner.end + 3 && t[end]?.pos === "NOUN" && !isCap(t[end]); ) end++;
  const title = end > owner.end ? s.text.slice(t[owner.end].start, t[end - 1].end) : "";
  const words = title.toLowerCase().split(/\s+/);
  if (!title || !words.some(isPostWord) || !POST_CLOSERS.has(t[end]?.lower ?? ".")) return;
  // "Kofi Annan, World Bank officials and …": a plural post opens a list's next item, it is no apposition.
  const last = words[words.length - 1];
  if (last.endsWith("s") && isPostWord(last.slice(0, -1))) return;
  if (body.kind === "Country" && isNationalityOnly(title)) return;
  const leads = definite && isLeaderTitle(title) && !words.some(isLesserPostWord);
  add(entityAt(k), body, leads ? "LEADER_OF" : "MEMBER_OF", title, "asserted", leads ? undefined : title);
}

const BODY_OWNER_KINDS = new Set(["Country", "Organization", "MilitaryForce", "Company"]);
/** What may end a post in apposition: a comma, a relative pronoun, the sentence's end. */
const POST_CLOSERS = new Set([",", "who", "which", "that", ".", ";", "and"]);

/**
 * "Mark Savaya, Trump's special envoy to Iraq,", "X, Putin's foreign policy aide,": a leader's own staff (a post of
 * `personalStaff` after the leader's possessive) serve the leader's country.
 */
function staffOfLeader(c: SentenceContext, k: number): void {
  const t = c.s.tokens;
  const m = c.s.mentions[k];
  const leader = c.s.mentions[k + 1];
  const j = ARTICLES.has(t[m.end + 1]?.lower ?? "") ? m.end + 2 : m.end + 1;
  if (!leader || (leader.outerStart ?? leader.start) !== j || !leader.possessive || leader.kind !== "Person" || leader.ref) return;
  let end = leader.end + 1; // past "'s"
  while (end < leader.end + 5 && ["ADJ", "NOUN"].includes(t[end]?.pos) && !isCap(t[end])) end++;
  const title = end > leader.end + 1 ? c.s.text.slice(t[leader.end + 1].start, t[end - 1].end) : "";
  if (!title || !isPersonalStaff(title)) return;
  c.add(c.entityAt(k), countryOfLeader(c, leader), "MEMBER_OF", title, "asserted", title);
}

/** "to President Vladimir Putin" at j: the country the person named there governs, as the article or the persons list says. */
function countryServed(c: SentenceContext, j: number): DocEntity | undefined {
  const t = c.s.tokens;
  if (!STAFF_PREPOSITIONS.has(t[j]?.lower ?? "")) return undefined;
  const q = ARTICLES.has(t[j + 1]?.lower ?? "") ? j + 2 : j + 1;
  const served = c.s.mentions.find((o) => (o.outerStart ?? o.start) === q || o.start === q);
  return served && !served.ref && served.kind === "Person" ? countryOfLeader(c, served) : undefined;
}

/** The country a person named here governs, as the article or the persons list says. */
function countryOfLeader(c: SentenceContext, served: Mention): DocEntity | undefined {
  const person = c.entityOf(served);
  if (!person) return undefined;
  const of = person.roles.find((r) => r.leader && r.of)?.of;
  const stated = of ? c.entities.find((x) => x.kind === "Country" && x.label === of) : undefined;
  return stated ?? governedCountry(c, person);
}

const STAFF_PREPOSITIONS = new Set(["to", "of", "for"]);

/**
 * The bodies a post at j is held in: the first named after it, and larger ones hung on a preposition ("in the X
 * Programme at Singapore's Y University"), not on nothing ("AOL UK"); none when the phrase runs on into a list
 * with "as well as" ("A, the King of Belgium as well as B").
 */
function bodiesOfPost(c: SentenceContext, j: number): { bodies: DocEntity[]; unit: boolean } {
  const { s, entityOf } = c;
  const t = s.tokens;
  const bodies: DocEntity[] = [];
  let last = j;
  let linked = false;
  let unit = false;
  let topicUnit = false;
  for (const o of s.mentions) {
    if (o.start < j || o.start > j + 14) continue;
    const gap = t.slice(last, o.start);
    if (gap.some((x) => x.text === "," || x.pos === "VERB")) break;
    linked ||= gap.some((x) => BODY_PREPOSITIONS.has(x.lower));
    if (bodies.length > 0 && (!linked || !gap.every((x) => BODY_PREPOSITIONS.has(x.lower) || ARTICLES.has(x.lower) || /^['’]s?$/.test(x.text)))) break;
    if (o.ref || t[o.end]?.text === "-") continue; // "the US-based …" qualifies, it is not the body
    // What the name owns or qualifies: "the UK's Confederation of British Industry", "Britain's biggest union
    // Unison", "US firm Open Source Labs" name the body after it; "Intel's photonics lab", "the Commons public
    // accounts committee", "the Crisis Group's Iran project" name a unit of this body, which the post leads.
    const held = heldAfter(s, o);
    if (held === "named") {
      last = o.end + (o.possessive ? 1 : 0);
      continue;
    }
    const oe = entityOf(o);
    // "Abu Obeida, the spokesman for the Qassam Brigades": a post in a force too.
    if (!oe || !(oe.kind === "Organization" || oe.kind === "Company" || oe.kind === "Country" || oe.kind === "MilitaryForce")) continue;
    // "director of the Turkey program at the Middle East Institute": a country naming a unit's subject (not its
    // owner, "North Korea's missile program") is no body; the post leads a unit of the body named after it.
    if (held === "unit" && oe.kind === "Country" && !o.possessive && bodies.length === 0) {
      topicUnit = true;
      last = o.end;
      continue;
    }
    bodies.push(oe);
    if (held === "unit") {
      unit = bodies.length === 1;
      break;
    }
    last = o.end;
    linked = false;
  }
  unit ||= topicUnit;
  return t[last]?.lower === "as" && t[last + 1]?.lower === "well" ? { bodies: [], unit } : { bodies, unit };
}

/** What follows a body's name in a post's phrase: another body it owns or qualifies, a unit of it, or nothing. */
function heldAfter(s: SentenceInput, o: Mention): "named" | "unit" | undefined {
  const t = s.tokens;
  if (s.mentions.some((x) => x !== o && x.start === o.start && x.end > o.end)) return "named";
  const from = o.possessive ? o.end + 1 : o.end;
  let q = from;
  while (q < t.length && q < from + 6 && (t[q].pos === "ADJ" || t[q].pos === "NUM" || lowerNoun(t, q) || (q > from && /^['’]s?$/.test(t[q].text)))) q++;
  const next = s.mentions.find((x) => x.start === q && !x.ref);
  // "the Crisis Group's Iran project": a name that itself qualifies a noun is part of the unit. "Britain's biggest
  // union Unison", "the UN Office for …": a name after the possessor's words, or a body right after the name, is what
  // the post is in (nothing this one is, if it is no body). "AOL UK", "Microsoft IPTV": a country, or a guessed name,
  // right after a body's name is its branch or line, not another body.
  if (next && lowerNoun(t, next.end)) return "unit";
  if (next && (o.possessive || q > from || (BODY_KINDS.has(next.kind) && (next.certainty > 0 || next.known)))) return "named";
  return q > from || o.possessive ? "unit" : undefined;
}

const BODY_KINDS = new Set(["Organization", "Company", "MilitaryForce"]);
const lowerNoun = (t: SentenceInput["tokens"], q: number): boolean => t[q]?.pos === "NOUN" && t[q].lower === t[q].text;

/**
 * The post opening an apposition at j: "[a] senior fellow", "Assistant Professor" (a capitalised title too), and
 * "head of research" (a post over a department, "of" and lower-case words: it leads the department, not the body).
 */
function appositivePost(s: SentenceInput, j: number): { title: string; department: boolean; end: number } | undefined {
  const t = s.tokens;
  if (["a", "an", "the"].includes(t[j]?.lower)) j++;
  const start = j;
  // A capitalised title, up to two capitalised modifiers before it: "Assistant Professor", "Senior Research Fellow".
  let capitalised = -1;
  for (let q = j; capitalised < 0 && q <= j + 2 && q < t.length && isCap(t[q]) && !isMentionStart(s, q); q++) capitalised = titleAt(s, q);
  if (capitalised > j) j = capitalised;
  while (j < t.length && (t[j].pos === "ADJ" || t[j].pos === "NOUN") && !isMentionStart(s, j)) j++;
  const words = t.slice(start, j).map((x) => x.text);
  if (!words.length || !words.some(isPostWord)) return undefined; // "Lord", "Mr": a form of address is no post
  let department = false;
  if (t[j]?.lower === "of" && t[j + 1] && !isCap(t[j + 1]) && ["NOUN", "ADJ"].includes(t[j + 1].pos)) {
    department = true;
    j++;
    while (j < t.length && (t[j].pos === "ADJ" || t[j].pos === "NOUN") && !isCap(t[j])) j++;
  }
  return { title: s.text.slice(t[start].start, t[j - 1].end), department, end: j };
}

/** "Kim Jong Un with Russian defense minister Sergei Shoigu": seen together. */
export function namedTogether(c: SentenceContext): void {
  const { s, entityAt, entityOf, add } = c;
  const t = s.tokens;
  s.mentions.forEach((m, k) => {
    if (m.kind !== "Person" || m.ref || t[m.end]?.lower !== "with") return;
    const other = s.mentions.find((x) => x.kind === "Person" && !x.ref && x.start > m.end && x.start <= m.end + 5);
    if (other && t.slice(m.end + 1, other.start).every((x) => x.pos !== "VERB")) add(entityAt(k), entityOf(other), "MET_WITH", "with", c.modality);
  });
}

/** What may stand between a person and the body they belong to: "Kim Moon-soo of the People Power Party". */
const AFFILIATION_WORDS = new Set(["of", "from"]);

/**
 * "Kim Moon-soo of the People Power Party", "Victor Cha of the Center for Strategic and International Studies": a
 * person named, then "of" or "from" and a body or firm, is a member of it (a country after "of" is left to posts).
 */
export function memberOfBody(c: SentenceContext): void {
  const { s, entityAt, add } = c;
  const t = s.tokens;
  s.mentions.forEach((m, k) => {
    if (m.kind !== "Person" || m.ref || m.role || !AFFILIATION_WORDS.has(t[m.end]?.lower ?? "")) return;
    const j = m.end + (ARTICLES.has(t[m.end + 1]?.lower ?? "") ? 2 : 1);
    const n = s.mentions[k + 1];
    if (!n || n.start !== j || n.ref || (n.kind !== "Organization" && n.kind !== "Company")) return;
    // Two names at least on both sides, unless the body is known or an acronym: "Revenge of the Sith", "Jamie Winter
    // of Discontent", "Baron Kinnock of Bedwellty" are titles and peerages, not memberships.
    if (m.end - m.start < 2 || (n.end - n.start < 2 && !n.known && !/^\p{Lu}{2,}$/u.test(n.surface))) return;
    add(entityAt(k), entityAt(k + 1), "MEMBER_OF", t[m.end].lower, "asserted");
  });
}

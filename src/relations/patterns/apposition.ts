// Posts in apposition: "Ankit Panda, senior fellow in the Nuclear Policy
// Program at the Carnegie Endowment" (MEMBER_OF), "Kim Jong Un, the leader of
// North Korea" (LEADER_OF); and people named together: "Kim Jong Un with
// Russian defense minister Sergei Shoigu" (MET_WITH).
import type { SentenceContext, SentenceInput } from "../types";
import type { DocEntity } from "../../entities";
import { isLeaderTitle, isPostWord, titleAt } from "../../mentions/titles";
import { isCap } from "../../mentions/tokens";
import { ARTICLES } from "../../mentions/lexicon";
import { isMentionStart } from "../syntax";
import { CONSTITUENCY_TITLES } from "../../mentions/structure-lexicon";

// What joins a post's body to the larger body it belongs to: "in the X Programme at the Y University".
const BODY_PREPOSITIONS = new Set(["at", "in", "of", "for", "with", "within"]);

/** "Name, [the] title … Body": a post held in a named body or country. */
export function postInApposition(c: SentenceContext): void {
  const { s, entityAt, add } = c;
  const t = s.tokens;
  s.mentions.forEach((m, k) => {
    if (m.kind !== "Person" || m.ref || t[m.end]?.text !== ",") return;
    const post = appositivePost(s, m.end + 1);
    if (!post) return;
    const { title, department } = post;
    // "MP for Witney" holds a seat for a place, not a post in a body.
    if (t[post.end]?.lower === "for" && CONSTITUENCY_TITLES.has(title.toLowerCase().split(/\s+/).pop() ?? "")) return;
    // "Kim Jong Un, the leader of North Korea": a post in a country too; "deputy leader" leads nothing; the director of a centre at a university is a member of the university.
    const leads = isLeaderTitle(title) && !department && !headsUnnamedBody(s, post.end);
    bodiesOfPost(c, post.end).forEach((body, i) => add(entityAt(k), body, leads && i === 0 ? "LEADER_OF" : "MEMBER_OF", title, "asserted", title));
  });
}

/** "the head of Russia's sovereign wealth fund": the post leads a body the country owns but the text does not name. */
function headsUnnamedBody(s: SentenceInput, j: number): boolean {
  const o = s.mentions.find((x) => x.start >= j && x.start <= j + 2);
  if (!o?.possessive) return false;
  const next = s.tokens[o.end + 1];
  // "Ukraine's armed forces" is a named force (a mention over the owner's): led, as the owner's named bodies are.
  const named = s.mentions.some((x) => x.start === o.end + 1 || (x !== o && x.start === o.start && x.end > o.end));
  return !!next && !isCap(next) && (next.pos === "NOUN" || next.pos === "ADJ") && !named;
}

/**
 * The bodies a post at j is held in: the first named after it, and larger ones hung on a preposition ("in the X
 * Programme at Singapore's Y University"), not on nothing ("AOL UK"); none when the phrase runs on into a list
 * with "as well as" ("A, the King of Belgium as well as B").
 */
function bodiesOfPost(c: SentenceContext, j: number): DocEntity[] {
  const { s, entityOf } = c;
  const t = s.tokens;
  const bodies: DocEntity[] = [];
  let last = j;
  let linked = false;
  for (const o of s.mentions) {
    if (o.start < j || o.start > j + 14) continue;
    const gap = t.slice(last, o.start);
    if (gap.some((x) => x.text === "," || x.pos === "VERB")) break;
    linked ||= gap.some((x) => BODY_PREPOSITIONS.has(x.lower));
    if (bodies.length > 0 && (!linked || !gap.every((x) => BODY_PREPOSITIONS.has(x.lower) || ARTICLES.has(x.lower) || /^['’]s?$/.test(x.text)))) break;
    if (o.ref || t[o.end]?.text === "-") continue; // "the US-based …" qualifies, it is not the body
    // "of the UK's Confederation of British Industry", "of Russia's Security Council": the body is the owned one.
    if (o.possessive && s.mentions.some((x) => x.start === o.end + 1 || (x !== o && x.start === o.start && x.end > o.end))) {
      last = o.end + 1;
      continue;
    }
    const oe = entityOf(o);
    // "Abu Obeida, the spokesman for the Qassam Brigades": a post in a force too.
    if (!oe || !(oe.kind === "Organization" || oe.kind === "Company" || oe.kind === "Country" || oe.kind === "MilitaryForce")) continue;
    bodies.push(oe);
    last = o.end;
    linked = false;
  }
  return t[last]?.lower === "as" && t[last + 1]?.lower === "well" ? [] : bodies;
}

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

// A title before a name: "Interior minister Igor Klymenko", "Chairman of the
// State Affairs of the DPRK Kim Jong Un".
import type { Mention, SentenceView, Step } from "./types";
import type { Token } from "../nlp";
import { matchAt, type GazEntry } from "../gazetteer";
import { FORCE_LEADER_BEFORE_NAME, KINSHIP, LEADER_BEFORE_NAME, domainWordsEnd, isLeaderTitle, isLocalPost, titleAt } from "./titles";
import { isCap, isPossessive, make, phrase } from "./tokens";
import { isGivenName } from "../gazetteer/names";
import { nameAfterTitleComma, nameRunEnd } from "./name-runs";
import { CITIES, FORCE_HEADS, ORG_HEADS } from "./lexicon";
import { ownedAt, ownerOf } from "./ownership";
import { BARE_BODIES, FORMS_OF_ADDRESS } from "./entity-cues";
import { headKind } from "./classification";
import { hasPersonEvidence } from "./lookup-kind";
import { eventCuedBefore } from "./context-kind";

/** A title at token i and the person it names; a title with no name after it is skipped. */
export function titledNameAt(s: SentenceView, i: number, sofar: Mention[]): Step | undefined {
  const t = s.tokens;
  const tok = t[i];
  const titleEnd = titleAt(s, i);
  if (titleEnd < 0 || (i > 0 && isCap(tok) && eventCuedBefore(s, i))) return undefined;
  if (opensBodyName(s, i, titleEnd)) return undefined;
  // "the sister of Kim Jong Un": a lower-case kin noun before "of" is kinship ("Sister Agnes" stays a title).
  if (titleEnd === i + 1 && !isCap(tok) && KINSHIP.has(tok.lower) && t[titleEnd]?.lower === "of") return undefined;
  const saintCity = saintCityAt(s, i, titleEnd);
  if (saintCity) return saintCity;
  let k = titleEnd;
  let of: string | undefined;
  let domain = false;
  let body: Mention | undefined;
  let ownedMentions: Mention[] = [];
  // "The spokesman for China's Defense Ministry, Zhang Xiaogang": "for" a body (not a country: "envoy for Ukraine" serves another).
  const forBody = t[k]?.lower === "for" && t[k + 1] && isCap(t[k + 1]) ? ownedBodyAt(s, k + 1, matchAt(t, k + 1)) : undefined;
  if (forBody) [of, k, ownedMentions] = [forBody.body.name, forBody.body.end, [...forBody.mentions, forBody.body]];
  // "Charles Blixt, executive vice-president of RJ Reynolds Tobacco,": the post's holder is named before it, so no
  // name follows in its "of" part.
  const appositive = inApposition(s, i, sofar);
  let holderNamed = false;
  if (t[k]?.lower === "of") {
    const post: PostOwner = { of, k, domain, ownedMentions };
    const decided = ofPart(s, titleEnd, post);
    if (decided) return appositive ? { end: titleEnd } : decided(i);
    ({ of, k, domain, body, ownedMentions } = post);
    holderNamed = !!post.holderNamed;
  }
  k = nameAfterTitleComma(s, k);
  // A holder with a given name right after the body ("CEO of the Russian Direct Investment Fund Kirill Dmitriev") is
  // still read: the name before the comma may be a list's other item.
  if (k < t.length && isCap(t[k]) && !matchAt(t, k) && !(appositive && t[titleEnd]?.lower === "of" && !holderNamed)) {
    const nameEnd = nameRunEnd(s, k, false);
    // "Imam Khomeini International Airport", "General Motors": a run ending in a place's or a body's head word is no person.
    // "director of the Workers' Party of Korea Central Committee": after the post's body, a body of that body's.
    const bodyRun = nameEnd > k && (headKind(t[nameEnd - 1].lower) === "Organization" || headKind(t[nameEnd - 1].lower) === "MilitaryForce");
    if (bodyRun && of && t[k - 1].text !== ",") return undefined;
    if (nameEnd > k && headKind(t[nameEnd - 1].lower) && i === k - 1 && !FORMS_OF_ADDRESS.has(tok.lower)) return undefined;
    if (nameEnd > k) {
      const title = s.text.slice(tok.start, t[k - 1].end).replace(/,$/, "");
      const name = s.text.slice(t[k].start, t[nameEnd - 1].end);
      // "China's foreign ministry spokesperson Lin Jian": the post belongs to the body named just before.
      const before = sofar[sofar.length - 1];
      // "Belgorod Governor X" leads the place; "Kyiv Mayor X" leads the city, not the country its capital stands for.
      const local = isLocalPost(title);
      const ownerKinds = local ? LOCAL_OWNER_KINDS : OWNER_KINDS;
      if (!of && before && before.end === i && !before.ref && ownerKinds.has(before.kind) && !(local && before.surface !== before.name)) of = before.name;
      const head = title.split(/\s+of\s+/i)[0];
      // "the commander of Ukraine's armed forces, X", "the chief of Israel's army, X": the one holder leads the body.
      const theHeadOf = !!of && t[i - 1]?.lower === "the" && head !== title && (LEADER_BEFORE_NAME.has(head.toLowerCase()) || FORCE_LEADER_BEFORE_NAME.has(head.toLowerCase()));
      const person = make(s, k, nameEnd, name, "Person", 2, { role: { title, leader: !domain && (isLeaderTitle(head) || theHeadOf), of }, outerStart: i });
      return { mentions: [...ownedMentions, ...(body ? [body] : []), person], end: nameEnd };
    }
  }
  return { end: of ? titleEnd : bareDomainEnd(s, titleEnd) };
}

/** "the minister of Foreign Affairs, said": with no name after the post, the office's domain is no name either. */
function bareDomainEnd(s: SentenceView, titleEnd: number): number {
  const t = s.tokens;
  const domainEnd = t[titleEnd]?.lower === "of" ? domainWordsEnd(s, titleEnd) : -1;
  // Not a body's name that opens with domain words ("of the Office of the Central Foreign Affairs Commission").
  // The domain ends the post's phrase: a comma or a verb after it ("of the Public and Commercial Services Union" goes on).
  const closes = (x: Token | undefined) => !x || x.pos === "PUNCT" || x.pos === "VERB" || x.pos === "AUX";
  const bare = domainEnd > titleEnd + 1 && closes(t[domainEnd]) && !t.slice(titleEnd, domainEnd).some((w) => headKind(w.lower));
  return bare ? domainEnd : titleEnd;
}

const OWNER_KINDS = new Set(["Organization", "Country", "Company"]);
const LOCAL_OWNER_KINDS = new Set(["Organization", "Location"]);

/** Whether the title at i follows a person's name and a comma, past a few lower-case words ("X, executive vice-president of"). */
function inApposition(s: SentenceView, i: number, sofar: Mention[]): boolean {
  const t = s.tokens;
  let q = i - 1;
  while (q >= 0 && q >= i - 3 && !isCap(t[q]) && t[q].pos !== "PUNCT") q--;
  const before = sofar[sofar.length - 1];
  return q > 0 && t[q].text === "," && !!before && before.kind === "Person" && before.end === q;
}

/** What a post's "of" part says, filled in as it is read: the owner's name, where the name may start, the office's domain. */
interface PostOwner {
  of?: string;
  k: number;
  domain: boolean;
  body?: Mention;
  ownedMentions: Mention[];
  /** A holder's name, with a given name, follows the body ("of the Russian Security Council Dmitry Medvedev"). */
  holderNamed?: boolean;
}

/**
 * The post's "of" part at post.k: the country or body the post belongs to ("Chairman of the State Affairs of the DPRK"),
 * or an office's domain ("Director of National Security"). A step maker where the part decides the whole reading.
 */
function ofPart(s: SentenceView, titleEnd: number, post: PostOwner): ((i: number) => Step) | undefined {
  const t = s.tokens;
  const { k } = post;
  const runStart = k + (t[k + 1]?.lower === "the" ? 2 : 1);
  const runEnd = nameRunEnd(s, runStart, true);
  const second = secondPostAfterBody(s, runStart, runEnd);
  const { bodyEnd, holder } = second > 0 ? { bodyEnd: runEnd, holder: second } : holderAfterBody(s, runStart, runEnd);
  const known = matchAt(t, runStart);
  if (holder > 0 && !(known && runStart + known.words.length === bodyEnd)) {
    // "Chairman of the Russian Security Council Dmitry Medvedev": a body the gazetteer does not know, then its post's holder.
    const owner = known?.role === "demonym" || known?.role === "country" ? ownerOf(known) : undefined;
    const body = make(s, runStart, bodyEnd, s.text.slice(t[runStart].start, t[bodyEnd - 1].end), "Organization", 2, { owner });
    [post.of, post.k, post.ownedMentions, post.holderNamed] = [body.name, holder, [...post.ownedMentions, body], true];
    return undefined;
  }
  for (let q = k; q < runEnd; q++) {
    const inner = matchAt(t, q);
    // "general secretary of the Centre of Indian Trade Unions": a demonym inside a body's name owns nothing.
    if (inner?.role === "demonym" && q > runStart && q + inner.words.length < runEnd) continue;
    // "head of the Russian Direct Investment Fund": a demonym opening a body's name, with no holder after it, is
    // part of the body; the post is left to the apposition or the run.
    if (inner?.role === "demonym" && q === runStart && q + inner.words.length < runEnd && bodyHead(t[runEnd - 1].lower)) return () => ({ end: titleEnd });
    if (inner && (inner.kind === "Country" || inner.kind === "Organization")) {
      post.of = ownerOf(inner);
      post.k = q + inner.words.length;
      if (inner.kind === "Organization" && BARE_BODIES.has(phrase(s, q, post.k))) post.body = make(s, q, post.k, post.of, "Organization", 2, { known: true, bareBody: true });
      // "The commander of Iran's Quds Force, Esmail Qaani": the post is in the body the country owns.
      const owned = ownedBodyAt(s, q, inner);
      if (owned) [post.of, post.k, post.ownedMentions] = [owned.body.name, owned.body.end, [...owned.mentions, owned.body]];
      break;
    }
  }
  if (!post.of) {
    // "Director of National Security Shin Wonsik": the office's domain words (data) first, else up to the first given name.
    post.k = officeDomainEnd(s, post.k);
    // The holder leads the office's domain, not the country: "Director of National Security" is a post in its government.
    post.domain = post.k > titleEnd;
    const holder = post.domain ? undefined : fieldThenName(s, runStart, runEnd);
    if (holder) return holder;
  }
  return undefined;
}

/**
 * In a post's "of" run, a body's head word followed by a person's name (a given name first): where the body ends and
 * the holder's name starts ("of the Russian Security Council Dmitry Medvedev", "of the Supreme National Security
 * Council Ali Larijani"), else -1 for both.
 */
function holderAfterBody(s: SentenceView, runStart: number, runEnd: number): { bodyEnd: number; holder: number } {
  const none = { bodyEnd: -1, holder: -1 };
  const t = s.tokens;
  for (let h = runEnd - 2; h > runStart; h--) {
    if (!bodyHead(t[h].lower)) continue;
    // "of the Joint Chiefs of Staff Gen. Dan Caine": a rank between the body and the name is the holder's, no part of either.
    const rank = titleAt(s, h + 1);
    const from = rank > h + 1 && rank < runEnd ? rank : h + 1;
    const name = t.slice(from, runEnd);
    return name.length <= 4 && name.every((w) => isCap(w) || w.text === "-") && hasPersonEvidence(name) ? { bodyEnd: h + 1, holder: from } : none;
  }
  return none;
}

/**
 * "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi": a body's name, then "and"
 * and a second title of the same holder; where the holder's name starts, else -1.
 */
function secondPostAfterBody(s: SentenceView, runStart: number, runEnd: number): number {
  const t = s.tokens;
  if (runEnd - 1 <= runStart || t[runEnd]?.lower !== "and" || !bodyHead(t[runEnd - 1].lower)) return -1;
  // The second title may open with a word no title list holds ("Vice Premier", "Executive Vice President").
  const nameStart = isCap(t[runEnd + 1] ?? t[runEnd]) ? Math.max(titleAt(s, runEnd + 1), titleAt(s, runEnd + 2)) : -1;
  return nameStart > runEnd + 1 && t[nameStart] && isCap(t[nameStart]) && !matchAt(t, nameStart) ? nameStart : -1;
}

/** "St Petersburg", "St Louis": the title "St" or "Saint" opening a city of the list (as "Saint X" or "St. X") is the city. */
function saintCityAt(s: SentenceView, i: number, titleEnd: number): Step | undefined {
  const t = s.tokens;
  if (titleEnd !== i + 1 || !SAINTS.has(t[i].lower)) return undefined;
  for (let end = Math.min(t.length, i + 3); end > i + 1; end--) {
    if (!t.slice(i + 1, end).every(isCap)) continue;
    const rest = s.text.slice(t[i + 1].start, t[end - 1].end);
    // One name for every house style, so that the articles' forms are one node.
    const city = [`St. ${rest}`, `Saint ${rest}`].find((name) => CITIES.has(name));
    if (city) return { mention: make(s, i, end, city, "Location", 2), end };
  }
  return undefined;
}

const SAINTS = new Set(["st", "saint"]);

/**
 * "Director of National Security Shin Wonsik", "Minister of Foreign Affairs Wang Yi": the words after "of" at k that
 * name what the office is in charge of belong to the title; where the holder's name starts (a given name, or two
 * name words), or k when the words after "of" are not an office's domain followed by a name.
 */
function officeDomainEnd(s: SentenceView, k: number): number {
  const t = s.tokens;
  const first = k + (t[k + 1]?.lower === "the" ? 2 : 1);
  const j = domainWordsEnd(s, k);
  if (j === first || j >= t.length || !isCap(t[j]) || matchAt(t, j)) return k;
  const nameEnd = nameRunEnd(s, j, false);
  const words = t.slice(j, nameEnd).filter((w) => w.text !== "-");
  // "Director of National Infrastructure Security Coordination Centre": a body's head word ends no person's name.
  if (words.some((w) => headKind(w.lower))) return k;
  return words.length >= 1 && words.length <= 4 && (isGivenName(t[j].text) || words.length >= 2) ? j : k;
}


/**
 * "Director of National Security Shin Wonsik", "Minister of Foreign Affairs Wang Yi": the run after the title's "of"
 * is the post's field, then the holder's name from its first given name on (two words at least). The post heads a
 * field, not the country: it leads nothing (its country comes after: "… of the Republic of Korea").
 */
function fieldThenName(s: SentenceView, runStart: number, runEnd: number): ((titleStart: number) => Step) | undefined {
  const t = s.tokens;
  // "director of the Office of the Central Foreign Affairs Commission": a run ending in a body's head word names no holder.
  if (headKind(t[runEnd - 1].lower)) return undefined;
  let p = runStart + 1;
  while (p <= runEnd - 2 && !(isCap(t[p]) && isGivenName(t[p].text))) p++;
  if (p > runEnd - 2 || t.slice(runStart, p).some((x) => !isCap(x) && x.lower !== "of" && x.lower !== "and")) return undefined;
  return (titleStart) => {
    const title = s.text.slice(t[titleStart].start, t[p - 1].end);
    const name = s.text.slice(t[p].start, t[runEnd - 1].end);
    return { mention: make(s, p, runEnd, name, "Person", 2, { role: { title, leader: false }, outerStart: titleStart }), end: runEnd };
  };
}

/** "Iran's Quds Force" at q: a known country, possessive, then a known body or force it owns; both as mentions. */
function ownedBodyAt(s: SentenceView, q: number, country: GazEntry | undefined): { body: Mention; mentions: Mention[] } | undefined {
  const t = s.tokens;
  if (!country) return undefined;
  const after = q + country.words.length;
  if (country.kind !== "Country" || !isPossessive(t[after]) || !t[after + 1]) return undefined;
  const owner = make(s, q, after, ownerOf(country), "Country", 2, { known: true });
  // "China's Defense Ministry", "Israel's foreign ministry" are named as everywhere else ("Chinese Defense Ministry").
  const described = ownedAt(s, q, after + 1, owner.name, "Country", owner)?.mentions?.slice(1) ?? [];
  if (described.length === 1 && !described[0].ref && (described[0].kind === "Organization" || described[0].kind === "MilitaryForce")) return { body: described[0], mentions: [owner] };
  if (!isCap(t[after + 1])) return undefined;
  const g = matchAt(t, after + 1);
  if (g) {
    if ((g.kind !== "Organization" && g.kind !== "MilitaryForce") || g.role !== "name") return undefined;
    return { body: make(s, after + 1, after + 1 + g.words.length, g.canonical, g.kind, 2, { known: true, owner: owner.name }), mentions: [owner] };
  }
  // An unknown body named by its head word: "Iran's Quds Force", "Israel's Shin Bet Security Agency".
  const end = nameRunEnd(s, after + 1, false);
  const head = t[end - 1]?.lower ?? "";
  const kind = FORCE_HEADS.has(head) ? "MilitaryForce" : ORG_HEADS.has(head) ? "Organization" : undefined;
  if (!kind || end <= after + 1) return undefined;
  return { body: make(s, after + 1, end, s.text.slice(t[after + 1].start, t[end - 1].end), kind, 2, { owner: owner.name }), mentions: [owner] };
}

/** A head word of a body or a force ("fund", "agency", "army"): the end of a body's name. */
const bodyHead = (word: string): boolean => headKind(word) === "Organization" || headKind(word) === "MilitaryForce" || headKind(word) === "Company";

/** "the Justice and Development Party": a capitalised title joined by "and" into a body's name is no post. */
export function opensBodyName(s: SentenceView, i: number, titleEnd: number): boolean {
  const t = s.tokens;
  if (!isCap(t[i]) || t[titleEnd]?.lower !== "and" || !t[titleEnd + 1] || !isCap(t[titleEnd + 1])) return false;
  const runEnd = nameRunEnd(s, i, true);
  return runEnd > titleEnd + 1 && headKind(t[runEnd - 1].lower) === "Organization";
}

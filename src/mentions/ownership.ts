// Things owned by a country or body, named with it: its forces ("North Korean
// troops"), its ministries ("South Korea's Defense Ministry"), its office
// holders ("Russian President Vladimir Putin") and descriptions of them
// ("the North Korean leader").
import type { EntityKind } from "../schema";
import type { Token } from "../nlp";
import type { Mention, Role, SentenceView, Step } from "./types";
import { countryInfo, matchAt, type GazEntry } from "../gazetteer";
import { COMPANY_HEADS, DETERMINERS, EVENT_HEADS, FORCE_HEADS, FORCE_NOUNS, INDEFINITES, LOCATION_HEADS, NOT_NAMES, ORG_HEADS, ORG_NOUNS } from "./lexicon";
import { FIRM_NOUNS, MEDIA_NOUNS, STATE_WORDS } from "./structure-lexicon";
import { CURRENT_HOLDER_WORDS, RELATIONAL_POSTS } from "./entity-cues";
import { ALL_TITLES, FORCE_LEADER_BEFORE_NAME, LEADER_BEFORE_NAME, LEADER_TITLES, isFormerWord, isLeaderTitle, isSingleHolderPost, titleAt } from "./titles";
import { isCap, longestPhrase, make, phrase, titleCase } from "./tokens";
import { lastWordAfterAnd, nameAfterTitleComma, nameRunEnd } from "./name-runs";
import { headKind } from "./classification";
import { opensBodyName } from "./titled-names";
import { isGivenName } from "../gazetteer/names";

/** The country or body a gazetteer entry stands for when it owns something ("Russian", "Russia's", "Kremlin's"). */
export function ownerOf(g: GazEntry): string {
  return g.role === "demonym" || g.role === "capital" ? g.country! : g.canonical;
}

/** Things owned by a country or body: its forces, its ministries, its office holders. */
export function ownedAt(s: SentenceView, start: number, next: number, owner: string, ownerKind: EntityKind, ownerSurface: Mention | undefined): Step | undefined {
  const t = s.tokens;
  if (next >= t.length) return undefined;
  const info = ownerKind === "Country" ? countryInfo(owner) : undefined;
  const demonym = info?.demonym ?? owner;
  // Adjectives may stand between: "North Korean special forces", "Russian armed forces".
  const forceEnd = longestPhrase(s, next, FORCE_NOUNS, 3);
  const withOwner = (m: Mention): Step => ({ mentions: ownerSurface ? [ownerSurface, m] : [m], end: m.end });
  if (info && forceEnd > 0 && t[forceEnd]?.lower !== "of") {
    const force = make(s, start, forceEnd, info.military, "MilitaryForce", 2, { known: true, owner });
    // "US Army Secretary Dan Driscoll", "Lebanese army commander X": a post in the force, held by the name after it.
    const post = t[forceEnd] && postInForce(s, forceEnd) ? ownedPostAt(s, start, forceEnd, info.military, info.military, force) : undefined;
    // The force is named through the holder's post, as "IDF spokesman X" names the IDF, and is no verb's object.
    if (post?.mentions?.length === 2) return withOwner(forceHeadBeforeName(s, start, forceEnd, post.mentions[1]));
    if (t[forceEnd]?.pos !== "NOUN") return withOwner(force);
  }
  const body = ownedBodyAt(s, start, next, owner, ownerKind === "Country" ? demonym : owner);
  if (body) return withOwner(body);
  // "Iran's state broadcaster IRIB", "the North's official newspaper Rodong Sinmun": an outlet only with its name.
  const outlet = mediaOutletAt(s, next);
  if (outlet) return withOwner(make(s, outlet.start, outlet.end, outlet.name, "Organization", 2, { owner, outerStart: start, known: outlet.known }));
  const firms = firmsAt(s, next);
  if (firms.length) return { mentions: [...(ownerSurface ? [ownerSurface] : []), ...firms.map((f, n) => ({ ...f, owner, outerStart: n === 0 ? start : undefined }))], end: firms[firms.length - 1].end };
  const stateBody = knownBodyAfterStateWord(s, next);
  if (stateBody) return withOwner(make(s, next + 1, stateBody.end, stateBody.body.canonical, stateBody.body.kind, 2, { known: true, owner, outerStart: start }));
  if (info && t[next].lower === "government") {
    return { mention: make(s, start, next + 1, owner, "Country", 2, { known: true }), end: next + 1 };
  }
  return ownedPostAt(s, start, next, owner, demonym, ownerSurface);
}

/**
 * A body the owner has, named by an organisation noun after up to two modifiers ("Russia's military intelligence
 * agency", "South Korea's Ministry of Unification", "Syria's state news agency SANA"); ownerName is the name the
 * body's own name opens with (the demonym of a country).
 */
function ownedBodyAt(s: SentenceView, start: number, next: number, owner: string, ownerName: string): Mention | undefined {
  const t = s.tokens;
  let orgEnd = longestPhrase(s, next, ORG_NOUNS, 4);
  for (let skip = 1; orgEnd < 0 && skip <= 2 && next + skip < t.length; skip++) {
    // A capitalised department word may qualify a capitalised title: "US Treasury Secretary Janet Yellen".
    const department = skip === 1 && isCap(t[next]) && ["NOUN", "PROPN"].includes(t[next].pos) && !matchAt(t, next);
    if (!department && !t.slice(next, next + skip).every((w) => (w.pos === "ADJ" || w.pos === "NOUN") && !isCap(w))) break;
    orgEnd = longestPhrase(s, next + skip, ORG_NOUNS, 4);
  }
  if (orgEnd < 0) return undefined;
  const ofEnd = ofPartEnd(s, orgEnd);
  if (ofEnd > 0) return make(s, start, ofEnd, `${ownerName} ${s.text.slice(t[next].start, t[ofEnd - 1].end)}`, "Organization", 2, { owner });
  // "Syria's state news agency SANA": the name after the description is the body's own; so is one in apposition
  // ("South Korea's spy agency, the National Intelligence Service, said …").
  const at = appositionAt(s, orgEnd);
  const own = at < t.length && isCap(t[at]) && !matchAt(t, at) && titleAt(s, at) < 0 ? nameRunEnd(s, at, true) : at;
  if (own > at && (at === orgEnd || (closesApposition(t[own]) && namesBody(t, at, own)))) return make(s, at, own, s.text.slice(t[at].start, t[own - 1].end), "Organization", 2, { owner, outerStart: start });
  // "North Korea's state news agency KCNA": a known body's name after the description.
  const known = at < t.length ? matchAt(t, at) : undefined;
  if (known && (known.kind === "Organization" || known.kind === "Company") && known.role === "name" && (at === orgEnd || closesApposition(t[at + known.words.length]))) {
    return make(s, at, at + known.words.length, known.canonical, known.kind, 2, { known: true, owner, outerStart: start });
  }
  // "the US State Department": a body the gazetteer knows as that country's, under its own name.
  const self = matchAt(t, next);
  if (self?.role === "name" && self.kind === "Organization" && self.country === owner && next + self.words.length === orgEnd) return make(s, start, orgEnd, self.canonical, "Organization", 2, { known: true, owner });
  return make(s, start, orgEnd, `${ownerName} ${titleCase(phrase(s, next, orgEnd))}`, "Organization", 2, { owner });
}

/** Where a name in apposition after a description starts (", the X"), or k when no comma follows the description. */
function appositionAt(s: SentenceView, k: number): number {
  const t = s.tokens;
  if (t[k]?.text !== ",") return k;
  return t[k + 1]?.lower === "the" ? k + 2 : k + 1;
}

/** A name in apposition that is a body's, not a spokesman's ("a spokesman for X's ministry, Tamer Nabil,"): a body's head word last, or capitals. */
function namesBody(t: SentenceView["tokens"], start: number, end: number): boolean {
  const head = headKind(t[end - 1].lower);
  return head === "Organization" || head === "MilitaryForce" || head === "Company" || (end === start + 1 && /^\p{Lu}{2,}$/u.test(t[start].text));
}

/** An apposition ends at a comma, a dash or the sentence's end: ", the National Intelligence Service, said". */
const closesApposition = (x: { text: string } | undefined): boolean => !x || [",", ".", "-", "–", "—", ";", ")"].includes(x.text);

/** A post of the owner after it: its holder named ("Russian President Vladimir Putin") or a description of whoever holds it ("the North Korean leader"). */
function ownedPostAt(s: SentenceView, start: number, next: number, owner: string, demonym: string, ownerSurface: Mention | undefined): Step | undefined {
  const t = s.tokens;
  const titleEnd = titleEndPast(s, start, next);
  if (titleEnd > 0 && !opensBodyName(s, next, titleEnd)) {
    // "Japan's new prime minister" leads as "prime minister" does; "deputy", "former" still change the post.
    const from = CURRENT_HOLDER_WORDS.has(t[next].lower) && titleEnd > next + 1 ? next + 1 : next;
    const first = s.text.slice(t[from].start, t[titleEnd - 1].end);
    // "Qatar's Prime Minister and Foreign Minister X": two posts of one holder, who leads if the first post does.
    const second = t[titleEnd]?.lower === "and" && t[titleEnd + 1] && isCap(t[titleEnd + 1]) ? titleAt(s, titleEnd + 1) : -1;
    const postsEnd = second > 0 && t[second] && isCap(t[second]) ? second : titleEnd;
    // "Former Russian President X": "former" before the owner qualifies the post; X leads nothing now.
    const former = isFormerWord(t[start - 1]?.lower) || (t[start - 1]?.text === "-" && isFormerWord(t[start - 2]?.lower));
    const title = `${former ? "former " : ""}${s.text.slice(t[next].start, t[postsEnd - 1].end)}`;
    const role: Role = { title, leader: !former && (isLeaderTitle(first) || headBeforeName(t, next, postsEnd)), of: owner };
    const posting = postingAt(s, postsEnd);
    // "The US envoy for hostage affairs, Adam Boehler,": a lower-case field after "for" belongs to the post.
    const field = fieldOfPost(t, postsEnd);
    let k = posting ? posting.end : t[field]?.text === "," ? field : postsEnd;
    k = nameAfterTitleComma(s, k);
    const nameEnd = k < t.length && isCap(t[k]) && (!matchAt(t, k) || placeAsGivenName(s, k)) ? nameRunEnd(s, k, false) : k;
    if (nameEnd > k) {
      const name = s.text.slice(t[k].start, t[nameEnd - 1].end);
      const person = make(s, k, nameEnd, name, "Person", 2, { role, outerStart: start });
      return { mentions: [...(ownerSurface ? [ownerSurface] : []), ...(posting ? [posting] : []), person], end: nameEnd };
    }
    if (posting) return undefined;
    // No name: a description standing for whoever holds the post ("the North Korean leader"); "officials" are nobody in particular.
    if (/s$/.test(title) && !LEADER_TITLES.has(title.toLowerCase())) return { end: titleEnd };
    // "his Russian counterpart" is whoever holds the speaker's post there: no one this sentence names.
    if (RELATIONAL_POSTS.has(title.toLowerCase())) return { end: titleEnd };
    // "the UK head of tax" heads a department, not the country; "a Tory MP" is one of many, no one to look for.
    if (t[titleEnd]?.lower === "of" && t[titleEnd + 1] && !isCap(t[titleEnd + 1]) && !DETERMINERS.has(t[titleEnd + 1].lower)) return undefined;
    if (INDEFINITES.has(wordBeforeModifiers(s, start)) && !isSingleHolderPost(title)) return { end: titleEnd };
    return { mention: make(s, start, titleEnd, `${demonym} ${title.toLowerCase()}`, "Person", 1, { ref: "role", role }), end: titleEnd };
  }
  return undefined;
}

/** A post at q held in the force before it: capitalised, or one that leads no country ("Chilean military ruler X" rules Chile). */
function postInForce(s: SentenceView, q: number): boolean {
  const end = titleAt(s, q);
  if (end <= 0) return false;
  const title = s.text.slice(s.tokens[q].start, s.tokens[end - 1].end).toLowerCase();
  return isCap(s.tokens[q]) || !isLeaderTitle(title) || FORCE_LEADER_BEFORE_NAME.has(title);
}

/** "Lebanese army commander X" leads the country's one army ("a Russian army commander X" is one of many). */
function forceHeadBeforeName(s: SentenceView, start: number, forceEnd: number, holder: Mention): Mention {
  const leads = holder.start === forceEnd + 1 && FORCE_LEADER_BEFORE_NAME.has(s.tokens[forceEnd].lower) && !INDEFINITES.has(wordBeforeModifiers(s, start));
  return leads && holder.role ? { ...holder, role: { ...holder.role, leader: true } } : holder;
}

/** "Hezbollah chief Hassan Nasrallah": a head word (`leaderBeforeName`) right between the body and the name leads it. */
function headBeforeName(t: SentenceView["tokens"], next: number, postsEnd: number): boolean {
  return postsEnd === next + 1 && LEADER_BEFORE_NAME.has(t[next].lower) && !!t[postsEnd] && isCap(t[postsEnd]);
}

/** The word before the owner at start, past lower-case adjectives: "a senior Hezbollah commander" → "a". */
function wordBeforeModifiers(s: SentenceView, start: number): string {
  const t = s.tokens;
  let q = start - 1;
  while (q > 0 && q >= start - 3 && t[q].pos === "ADJ" && !isCap(t[q])) q--;
  return q >= 0 ? t[q].lower : "";
}

/**
 * Where the title after the owner ends, past up to two lower-case modifiers ("foreign policy chief Kaja Kallas",
 * "Japan's new prime minister, Sanae Takaichi,") or a capitalised department ("US Treasury Secretary Janet Yellen"),
 * when a name or an apposition's end follows; else -1.
 */
function titleEndPast(s: SentenceView, start: number, next: number): number {
  const t = s.tokens;
  let titleEnd = titleAt(s, next);
  // ", China's top diplomat,", ", the EU's foreign policy chief,".
  const appositive = start > 0 && (t[start - 1].text === "," || (t[start - 1].lower === "the" && t[start - 2]?.text === ","));
  for (let skip = 1; titleEnd < 0 && skip <= 4 && next + skip < t.length; skip++) {
    const department = skip === 1 ? isCap(t[next]) && ["NOUN", "PROPN"].includes(t[next].pos) && !matchAt(t, next) : portfolioWords(t, next, next + skip);
    // A portfolio of several words is a post's only before a name: "Israeli Strategic Affairs Minister Ron Dermer".
    if (skip > 2 && !department) break;
    // The tagger may read "new" as an adverb.
    if (!department && !t.slice(next, next + skip).every((w) => (w.pos === "ADJ" || w.pos === "NOUN" || w.pos === "ADV") && !isCap(w))) break;
    const te = titleAt(s, next + skip);
    // A leader's title after such a portfolio leads a body, not the country ("US Federal Reserve chairman X").
    if (te > 0 && skip > 1 && department && (!(t[te] && isCap(t[te]) && !matchAt(t, te)) || isLeaderTitle(phrase(s, next + skip, te)))) continue;
    if (te > 0 && t[te] && (isCap(t[te]) || (appositive && [",", "."].includes(t[te].text)) || (t[te].text === "," && t[te + 1] && isCap(t[te + 1])))) titleEnd = te;
  }
  return titleEnd;
}

/** "National Security", "Energy and Natural Resources": a ministry's capitalised portfolio, no known name or head word in it. */
function portfolioWords(t: SentenceView["tokens"], from: number, to: number): boolean {
  if (!isCap(t[from]) || !isCap(t[to - 1])) return false;
  for (let q = from; q < to; q++) {
    const w = t[q];
    if (w.lower === "and" && q > from) continue;
    if (!isCap(w) || !["NOUN", "PROPN", "ADJ"].includes(w.pos) || matchAt(t, q) || ALL_TITLES.has(w.lower) || [ORG_HEADS, FORCE_HEADS, LOCATION_HEADS, COMPANY_HEADS, EVENT_HEADS].some((h) => h.has(w.lower))) return false;
  }
  return true;
}

/** "South Korea's Ministry of Unification", "China's Ministry of State Security": where a capitalised body's "of" part ends, or -1. */
function ofPartEnd(s: SentenceView, orgEnd: number): number {
  const t = s.tokens;
  if (!isCap(t[orgEnd - 1]) || t[orgEnd]?.lower !== "of" || orgEnd + 1 >= t.length || !isCap(t[orgEnd + 1]) || matchAt(t, orgEnd + 1)?.kind === "Country") return -1;
  const end = nameRunEnd(s, orgEnd + 1, false);
  // "China's Ministry of Culture and Tourism": one more word after "and" ends the body's name.
  if (end === orgEnd + 2 && lastWordAfterAnd(t, end)) return end + 2;
  return end > orgEnd + 1 ? end : -1;
}

/** "Pyongyang's official Korean Central News Agency", "China's official Xinhua news agency": a state word, then a known body. */
function knownBodyAfterStateWord(s: SentenceView, next: number): { body: GazEntry; end: number } | undefined {
  const t = s.tokens;
  const body = STATE_WORDS.has(t[next].lower) && next + 1 < t.length ? matchAt(t, next + 1) : undefined;
  if (!body || !(body.kind === "Organization" || body.kind === "Company") || body.role !== "name") return undefined;
  const bodyEnd = next + 1 + body.words.length;
  return { body, end: Math.max(bodyEnd, longestPhrase(s, bodyEnd, ORG_NOUNS, 3)) };
}

/** "China's official CCTV broadcaster", "the state KCTV television": the name between the modifiers and the media noun. */
function outletBeforeNoun(s: SentenceView, k: number, mediaNounEnd: (q: number) => number): { start: number; end: number; name: string; known: boolean } | undefined {
  const t = s.tokens;
  const g = matchAt(t, k);
  const end = g ? k + g.words.length : /^\p{Lu}{2,}$/u.test(t[k].text) ? k + 1 : nameRunEnd(s, k, false);
  if (end <= k || mediaNounEnd(end) < 0 || (g && !((g.kind === "Organization" || g.kind === "Company") && g.role === "name"))) return undefined;
  return g ? { start: k, end, name: g.canonical, known: true } : { start: k, end, name: s.text.slice(t[k].start, t[end - 1].end), known: false };
}

/**
 * "the Russian oil company Rosneft", "Russian oil companies Rosneft and Lukoil": after a country, lower-case modifiers
 * and a firm noun (`firmNouns`), the firms named; a plural noun names each of a list. Known firms or unknown names only.
 */
function firmsAt(s: SentenceView, next: number): Mention[] {
  const t = s.tokens;
  let k = next;
  // Singular modifiers only: "US targets oil giants X" is a headline's verb, not a kind of firm.
  const modifier = (x: Token) => x.pos === "ADJ" || (x.pos === "NOUN" && !/[^s]s$/.test(x.lower));
  while (k < next + 3 && k < t.length && !isCap(t[k]) && !FIRM_NOUNS.has(t[k].lower) && modifier(t[k])) k++;
  if (!t[k] || isCap(t[k]) || !FIRM_NOUNS.has(t[k].lower)) return [];
  const plural = t[k].lower.endsWith("s");
  const firms: Mention[] = [];
  for (let q = k + 1; q < t.length && isCap(t[q]) && titleAt(s, q) < 0; ) {
    const g = matchAt(t, q);
    if (g && !((g.kind === "Company" || g.kind === "Organization") && g.role === "name")) break;
    const end = g ? q + g.words.length : nameRunEnd(s, q, true);
    if (end <= q) break;
    firms.push(make(s, q, end, g ? g.canonical : s.text.slice(t[q].start, t[end - 1].end), "Company", 2, { known: !!g }));
    const link = t[end]?.lower === "and" ? end + 1 : t[end]?.text === "," && isCap(t[end + 1] ?? t[end]) ? end + 1 : -1;
    if (!plural || link < 0) break;
    q = link;
  }
  return firms;
}

/** "state broadcaster CCTV", "official newspaper Rodong Sinmun", "state-run TV IRIB": an outlet described, then named. */
function mediaOutletAt(s: SentenceView, next: number): { start: number; end: number; name: string; known: boolean } | undefined {
  const t = s.tokens;
  let k = next;
  // Up to four lower-case modifiers: "state", "official", "state-run".
  while (k < next + 4 && k < t.length && !isCap(t[k]) && longestPhrase(s, k, MEDIA_NOUNS, 2) < 0 && (["ADJ", "NOUN", "VERB"].includes(t[k].pos) || t[k].text === "-")) k++;
  // The description is lower case ("TV" aside): "BBC Radio Sheffield", "the Media Council" are names, not outlets described.
  const mediaNounEnd = (q: number) => (q < t.length && (!isCap(t[q]) || t[q].text === "TV") ? longestPhrase(s, q, MEDIA_NOUNS, 2) : -1);
  let nounEnd = mediaNounEnd(k);
  if (nounEnd < 0) return k < t.length && isCap(t[k]) && t.slice(next, k).some((w) => STATE_WORDS.has(w.lower)) ? outletBeforeNoun(s, k, mediaNounEnd) : undefined;
  for (let more = mediaNounEnd(nounEnd); more > 0; more = mediaNounEnd(nounEnd)) nounEnd = more; // "TV channel"
  if (nounEnd >= t.length || !isCap(t[nounEnd]) || titleAt(s, nounEnd) >= 0) return undefined;
  // An acronym after an outlet's description is its name even where it is a common word elsewhere ("CCTV").
  const acronym = /^\p{Lu}{2,}$/u.test(t[nounEnd].text);
  if (NOT_NAMES.has(t[nounEnd].lower) && !acronym) return undefined;
  const g = matchAt(t, nounEnd);
  if (g) return (g.kind === "Organization" || g.kind === "Company") && g.role === "name" ? { start: nounEnd, end: nounEnd + g.words.length, name: g.canonical, known: true } : undefined;
  const end = acronym ? nounEnd + 1 : nameRunEnd(s, nounEnd, true);
  return end > nounEnd ? { start: nounEnd, end, name: s.text.slice(t[nounEnd].start, t[end - 1].end), known: false } : undefined;
}

/** "Defense Minister Israel Katz", "Jordan Bardella": after a title, a one-word place that is a given name, then a name word, opens a name. */
function placeAsGivenName(s: SentenceView, k: number): boolean {
  const t = s.tokens;
  const g = matchAt(t, k);
  const next = t[k + 1];
  return !!g && g.words.length === 1 && !!next && isCap(next) && !matchAt(t, k + 1) && titleAt(s, k + 1) < 0 && isGivenName(t[k].text) && next.pos === "PROPN";
}

/** "Ukraine's ambassador to the United States, Olha Stefanishyna,": the country a post is sent to, before the comma and the holder. */
function postingAt(s: SentenceView, k: number): Mention | undefined {
  const t = s.tokens;
  if (t[k]?.lower !== "to") return undefined;
  const q = t[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const g = q < t.length ? matchAt(t, q) : undefined;
  if (!g || (g.kind !== "Country" && g.kind !== "Organization")) return undefined;
  // "envoy to the United Nations, Kim Song", "ambassador to Japan Wu Jianghao".
  const after = t[q + g.words.length];
  if (!after || (after.text !== "," && !isCap(after))) return undefined;
  return make(s, q, q + g.words.length, ownerOf(g), g.role === "name" ? g.kind : "Country", 2, { known: true });
}

/** After a post at k, "for" and lower-case nouns and adjectives ("for hostage affairs"): where they end, else k. */
function fieldOfPost(t: SentenceView["tokens"], k: number): number {
  if (t[k]?.lower !== "for") return k;
  let q = k + 1;
  while (q < t.length && q < k + 5 && !isCap(t[q]) && (t[q].pos === "NOUN" || t[q].pos === "ADJ")) q++;
  return q > k + 1 ? q : k;
}

// Classification of unknown capitalised names: by their head word, a title
// inside the run, the words around them, or the name's shape.
import type { EntityKind } from "../schema";
import type { Mention, SentenceView, Step } from "./types";
import { AGREEMENT_HEADS, AGREEMENT_TITLE_HEADS, CITIES, COMPANY_HEADS, EVENT_HEADS, FORCE_HEADS, LOCATION_AFTER, LOCATION_BEFORE, LOCATION_HEADS, LOCATION_PREFIXES, EVENT_PREFIXES, LONE_NAME_PLACE_PREPS, MOTION, MULTI_WORD_PLACE_PREPS, ORG_HEADS, PERSON_CUES, SHIP_PREFIXES, WATER_HEADS } from "./lexicon";
import { ALL_TITLES, isLeaderTitle, isPostWord } from "./titles";
import { glued, isCap, isPossessive, longestPhrase, make, titleCase, wireDatelineEnd } from "./tokens";
import type { Token } from "../nlp";
import { hasPersonEvidence, lookedUpKind, neighbourKind, placedInRegion, placeEventAt, siteAfter } from "./lookup-kind";
import { isPersonSurname } from "../gazetteer/names";
import { weapon } from "../gazetteer/weapons";
import { adminDivisions } from "../gazetteer/places";
import { COMPETITION_AFTER, COMPETITION_HEADS, FAMILY_NAME_FIRST, FORMS_OF_ADDRESS } from "./entity-cues";
import { contextKind } from "./context-kind";
import { isCommonSurname, isPluralPersonNoun } from "./word-lists";
import { knownOrganizations } from "../gazetteer/organizations";
import { matchAt } from "../gazetteer";
import { kindAfter, kindCue } from "../gazetteer/cues";
import { hasPersonContext, postInApposition } from "./person-evidence";
import { afterAttackNoun, OFFENSIVE_PREPOSITIONS } from "./known";

export function headKind(head: string): EntityKind | undefined {
  if (AGREEMENT_HEADS.has(head)) return "Agreement";
  if (EVENT_HEADS.has(head)) return "Event";
  if (FORCE_HEADS.has(head)) return "MilitaryForce";
  if (COMPANY_HEADS.has(head)) return "Company";
  if (ORG_HEADS.has(head)) return "Organization";
  if (LOCATION_HEADS.has(head)) return "Location";
  return undefined;
}

/** A title inside a capitalised run ("Foreign Secretary Jack Straw"): the token where the name after it starts, or -1. */
function nameAfterTitle(s: SentenceView, i: number, end: number): { titleStart: number; titleEnd: number; nameStart: number } | undefined {
  const t = s.tokens;
  for (let q = end - 2; q >= i; q--) {
    const te = longestPhrase(s, q, ALL_TITLES, 4);
    if (te > q && te < end && te - 1 >= q && isCap(t[te]) && !ALL_TITLES.has(t[te].lower)) {
      // "Sheikh Zayed Mosque", "General Motors": a run with a head word after the title names a place or a body.
      if (!FORMS_OF_ADDRESS.has(t[i].lower) && t.slice(te, end).some((w) => headKind(w.lower))) return undefined;
      // The rest must look like a personal name: capitalised words without connectors.
      // "Chung Dong-young": a Korean given name's second syllable, glued in lower case after a hyphen.
      const syllable = (w: Token) => KOREAN_SYLLABLE.test(w.text) && w.i > te && t[w.i - 1].text === "-" && glued(t[w.i - 1], w);
      if (t.slice(te, end).every((w) => isCap(w) || w.text === "-" || /^\p{Ll}{1,3}$/u.test(w.text) || syllable(w))) return { titleStart: q, titleEnd: te, nameStart: te };
    }
  }
  return undefined;
}

/** The body named by capitalised words i..postStart before a post, when they end in a body's head word ("Foreign Ministry"). */
function bodyBeforePost(s: SentenceView, i: number, postStart: number): Mention | undefined {
  const t = s.tokens;
  const kind = headKind(t[postStart - 1].lower);
  if ((kind !== "Organization" && kind !== "MilitaryForce") || postStart - i > 4) return undefined;
  // "told the Sunday Times Mr Campbell": a form of address is no post; "Home Office Minister X" opening a sentence,
  // where the run lost its first word: no body of the rest ("Office").
  if (!isPostWord(t[postStart].lower) || FORMS_OF_ADDRESS.has(t[postStart].lower) || (i > 0 && isCap(t[i - 1]) && t[i - 1].pos !== "PUNCT")) return undefined;
  return make(s, i, postStart, s.text.slice(t[i].start, t[postStart - 1].end), kind, 2);
}

/** "President Joe Biden", "Foreign Ministry Spokesperson Mao Ning": a run that opens with a post before one name. */
function titledPersonRun(s: SentenceView, i: number, end: number): Step | undefined {
  const t = s.tokens;
  const split = nameAfterTitle(s, i, end);
  if (!split || nameAfterTitle(s, split.nameStart, end) !== undefined) return undefined;
  const title = s.text.slice(t[i].start, t[split.titleEnd - 1].end);
  const name = s.text.slice(t[split.nameStart].start, t[end - 1].end);
  // "Foreign Ministry Spokesperson Mao Ning": a body named before the post (no country before it) is the post's body.
  const body = split.titleStart > i ? bodyBeforePost(s, i, split.titleStart) : undefined;
  if (body) {
    const post = s.text.slice(t[split.titleStart].start, t[split.titleEnd - 1].end);
    const holder = make(s, split.nameStart, end, name, "Person", 2, { role: { title: post, leader: isLeaderTitle(post), of: body.name }, outerStart: split.titleStart });
    return { mentions: [body, holder], end };
  }
  return { mention: make(s, split.nameStart, end, name, "Person", 2, { role: { title, leader: isLeaderTitle(title), of: undefined }, outerStart: i }), end };
}

/** "the Government of Jordan": a country's government named with "of" is the country, as "the Jordanian government" is. */
function governmentOfCountry(s: SentenceView, i: number, end: number): Step | undefined {
  const t = s.tokens;
  if (t[i].lower !== "government" || t[i + 1]?.lower !== "of") return undefined;
  const from = t[i + 2]?.lower === "the" ? i + 3 : i + 2;
  const g = matchAt(t, from);
  if (!g || g.role !== "country" || from + g.words.length !== end) return undefined;
  return { mention: make(s, i, end, g.canonical, "Country", 2, { known: true, metonym: true }), end };
}

/** Decides what kind of thing an unknown capitalised name is, from its words and its neighbours. */
export function classifyRun(s: SentenceView, i: number, end: number, sofar: Mention[]): Step {
  const t = s.tokens;
  const titled = titledPersonRun(s, i, end);
  if (titled) return titled;
  const government = governmentOfCountry(s, i, end);
  if (government) return government;
  const words = t.slice(i, end).filter((w) => w.text !== "-");
  let name = s.text.slice(t[i].start, t[end - 1].end);
  const compact = name.replace(/\s+/g, "");
  const head = words[words.length - 1].lower;
  const after = t[end];
  const site = siteAfter(s, end);
  if (site > 0) return { mention: make(s, i, site, s.text.slice(t[i].start, t[site - 1].end), "Location", 2), end: site };
  // "Kursk region", "Kursk border region".
  const locAfter = after ? longestPhrase(s, end, LOCATION_AFTER, 2) : -1;
  if (locAfter > 0 && after && !isCap(after)) {
    return { mention: make(s, i, locAfter, name, "Location", 2), end: locAfter };
  }
  // "Hwasong-18", "Su-57"; not a year ("Strait Thunder-2025A" drills).
  if (/^\p{Lu}[\p{L}]*-\d+[\p{Lu}]?$/u.test(compact) && !/^\p{Lu}-\d$/u.test(compact) && !/-(?:19|20)\d\d\p{Lu}?$/u.test(compact)) return { mention: make(s, i, end, name, "Weapon", 2), end };
  if (/^\p{Lu}-\p{Ll}/u.test(compact) || compact.replace(/\W/g, "").length < 2) return { end };
  // '"DO NOT DROP THOSE BOMBS."': capitals in a shouted sentence are ordinary words, no acronym (known names matched before).
  if (compact === compact.toUpperCase() && isShouted(s)) return { end };
  // "the Comprehensive Strategic Partnership agreement": a lower-case head word after the name; not the first word of
  // a compound ("the Tasnim news agency" is Tasnim, described).
  const compound = !!after && !!t[end + 1] && !isCap(t[end + 1]) && kindAfter([`${after.lower} ${t[end + 1].lower}`]) !== undefined;
  if (after && !isCap(after) && after.pos === "NOUN" && !compound && headKind(after.lower) && headKind(after.lower) !== "Location" && headKind(after.lower) !== "Event" && (words.length > 1 || headKind(after.lower) === "Organization")) {
    return { mention: make(s, i, end + 1, `${name} ${after.text}`, headKind(after.lower)!, 2), end: end + 1 };
  }
  // A lone head word names a body ("Parliament") or, inside a sentence, an event ("the Olympics"; not "Talks between …").
  const midSentence = i > 0 && !/^["“‘(]$/.test(t[i - 1].text);
  let kind = words.length > 1 || ORG_HEADS.has(head) || (EVENT_HEADS.has(head) && midSentence) ? headKind(head) : undefined;
  // "the Institute for Strategic Dialogue", "the Armed Forces of the Philippines": a body's or a force's head word
  // before "for"/"of" outweighs the last word's.
  const connector = words.findIndex((w) => w.lower === "for" || w.lower === "of");
  const headBefore = connector > 0 ? headKind(words[connector - 1].lower) : undefined;
  if (kind !== "Organization" && (headBefore === "Organization" || headBefore === "MilitaryForce") && (kind || headBefore === "MilitaryForce")) kind = headBefore;
  // "the Sea of Japan", "the Gulf of Oman": a body of water named before its "of".
  if (!kind && connector === 1 && WATER_HEADS.has(words[0].lower)) kind = "Location";
  // "the Convention on the Law of the Sea": an agreement's title ends on whatever it is about.
  if (isAgreementTitle(words)) kind = "Agreement";
  // "Fort Bragg", "Joint Base Lewis-McChord": a place word before the name proper.
  if (!kind && words.length > 1 && words.slice(0, -1).some((w) => LOCATION_PREFIXES.has(w.lower))) kind = "Location";
  // "USS Carney", "HMS Diamond": a warship, typed as the "warship" cues type it.
  if (!kind && words.length > 1 && SHIP_PREFIXES.has(words[0].lower)) kind = "Weapon";
  // "Operation Rising Lion", "Exercise Steadfast Defender": a named operation or exercise.
  if (!kind && words.length > 1 && EVENT_PREFIXES.has(words[0].lower) && !isBodyCalledOperation(s, i, end, sofar)) kind = "Event";
  if (!kind && words.length > 1 && words.some((w) => ORG_HEADS.has(w.lower))) kind = "Organization";
  // "the Champions League final", "won the Super League": a body's head word, but the words around name a competition.
  if (kind === "Organization" && (longestPhrase(s, end, COMPETITION_AFTER, 2) > 0 || contextKind(s, i, end) === "Event")) kind = "Event";
  if (kind) {
    // "Kursk Region" is Kursk.
    if (kind === "Location" && LOCATION_AFTER.has(head) && words.length > 1) name = s.text.slice(t[i].start, words[words.length - 2].end);
    // "the Super League" alone may be the competition or the body that runs it: a guess that cues elsewhere outweigh.
    return { mention: make(s, i, end, name, kind, kind === "Organization" && COMPETITION_HEADS.has(head) ? 0 : 2), end };
  }
  return classifyByContext(s, i, end, name, sofar, words, compact);
}

/** A body so called that speaks, has staff or members ("Operation Lifeline said", "an Operation Lifeline spokesman", "Jane Roe of Operation Lifeline"). */
function isBodyCalledOperation(s: SentenceView, i: number, end: number, sofar: Mention[]): boolean {
  const after = s.tokens[end]?.lower ?? "";
  const prev = sofar[sofar.length - 1];
  return PERSON_CUES.has(after) || isPostWord(after) || (s.tokens[i - 1]?.lower === "of" && prev?.end === i - 1 && prev.kind === "Person");
}

/** Words that join a title's head to what it is about ("Treaty on …", "Bank of …"). */
const CONNECTORS = new Set(["of", "for", "on"]);

/** "the Convention on the Law of the Sea": an agreement's title, whose last word is whatever it is about. */
export function isAgreementTitle(words: Token[]): boolean {
  return AGREEMENT_TITLE_HEADS.has(words.find((_, k) => CONNECTORS.has(words[k + 1]?.lower ?? ""))?.lower ?? "");
}

/** A romanised Korean syllable: up to three consonant letters, a vowel group, an optional final ("myung", "yeol", "soo"). */
export const KOREAN_SYLLABLE = /^[bcdghjklmnprstwy]{0,3}[aeiouwy]{1,3}(?:ng|[nmlkp])?$/;

/** A name with no head word: its kind from the words around it, the lookups, and its shape (its words and spaceless text as classifyRun read them). */
function classifyByContext(s: SentenceView, i: number, end: number, name: string, sofar: Mention[], words: Token[], compact: string): Step {
  const t = s.tokens;
  const head = words[words.length - 1].lower;
  const prev = i > 0 ? t[i - 1].lower : "";
  const prev2 = i > 1 ? `${t[i - 2].lower} ${t[i - 1].lower}` : "";
  const after = t[end];
  // "Scottish football", "Olympic officials": an adjective's ending, not a name.
  const adjective = words.length === 1 && /(?:ish|ic|ese|ean|ian)$/.test(head) && !!after && after.pos === "NOUN" && !isCap(after);
  // A firm or body the Phoenix dictionary knows ("Nokia", "Sony"), else the words around the name ("shares in Yukos", "won the Open").
  // "Digby Jones, the director general of …": capitalised words with a post in apposition name a person, whatever
  // the words around say (a body the post is in is often near: "head of research at the bank").
  const titled = words.length > 1 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) && postInApposition(s, end);
  if (titled && !knownOrganizations(name).length) return { mention: make(s, i, end, name, "Person", 1), end };
  const cued = adjective ? undefined : knownOrganizations(name)[0]?.kind ?? contextKind(s, i, end) ?? neighbourKind(s, i, end);
  if (cued && !fallOfRuler(s, i, name, words, cued)) return { mention: make(s, i, end, name, cued, 1), end };
  // "the Tories", "the Lib Dems": a group.
  if (prev === "the" && /s$/.test(head) && words.length <= 2 && !EVENT_HEADS.has(head) && words[0].pos !== "NUM") return { mention: make(s, i, end, name, "Organization", 1), end };
  if (words[0].text === "I") return { end };
  // "ADEN, Feb 4 (Reuters) -": a wire dateline's city, written in capitals.
  const datelineCity = i === 0 && compact === compact.toUpperCase() && wireDatelineEnd(t) > 0 ? titleCase(name.toLowerCase()) : undefined;
  if (datelineCity && CITIES.has(datelineCity)) return { mention: make(s, i, end, datelineCity, "Location", 1), end };
  // An unknown acronym is most often a body, but a firm ("BT") as well: a guess that evidence elsewhere outweighs.
  // "sent ATACMS to Ukraine", "HIMARS": a weapon system's acronym that needs no cue is that weapon, not a body.
  if (/^\p{Lu}{2,6}$/u.test(compact) && weapon(name)?.needsCue === false) return { mention: make(s, i, end, name, "Weapon", 1), end };
  if (/^\p{Lu}{2,6}$/u.test(compact)) return { mention: make(s, i, end, name, "Organization", 0), end };
  if (LOCATION_BEFORE.has(prev2)) return { mention: make(s, i, end, name, "Location", 2), end };
  const prevMention = sofar[sofar.length - 1];
  // "Smith said" is a person; "the Bank said", "the Commission said" is a body speaking.
  // "Witnesses said", "Critics accused": a plural person noun opening the sentence is people, not a name.
  if (words.length === 1 && (i === 0 || /^["“‘(]$/.test(t[i - 1].text)) && isPluralPersonNoun(head) && !isPersonSurname(name, FAMILY_NAME_FIRST)) return { end };
  // "Maersk says its vessels …": a speaker whose own pronoun is "its" is a body or a firm, not a person.
  if (after && PERSON_CUES.has(after.lower) && t[end + 1]?.lower === "its") return { mention: make(s, i, end, name, "Organization", 0), end };
  // "officials in Zaporizhzhia said": the speaker is the noun before the place.
  if (after && PERSON_CUES.has(after.lower) && prev !== "the" && !LONE_NAME_PLACE_PREPS.has(prev)) return { mention: make(s, i, end, name, "Person", 1), end };
  const looked = CITIES.has(name) ? "Location" : lookedUpKind(name, words, t.slice(end, end + 2));
  if (looked) {
    const place = make(s, i, end, name, looked, 1);
    return (looked === "Location" ? placeEventAt(s, i, end, place) : undefined) ?? { mention: place, end };
  }
  // "Witkoff, 68,", "a phone call with Trump", "criticised Starmer after he …": a lone name that only a person fits.
  if (words.length === 1 && hasPersonContext(s, i, end, sofar)) return { mention: make(s, i, end, name, "Person", 1), end };
  // "at Twickenham", "travelled to Twickenham": a lone name after a place preposition, or after "to" following a verb of motion.
  const towards = prev === "to" && t.slice(Math.max(0, i - 4), i - 1).some((x) => MOTION.has(x.lower));
  // "England at Twickenham" is a venue; "Smith at Gartner" the person's employer.
  const employer = prevMention && prevMention.end === i - 1 && (prevMention.kind === "Person" || !!prevMention.ref);
  if ((LONE_NAME_PLACE_PREPS.has(prev) || towards) && words.length === 1 && !employer) return { mention: make(s, i, end, name, "Location", 0), end };
  // "according to Erdogan", "Kishida and Biden met": a lone surname of a real person is that person.
  // A surname that is also an ordinary word ("White", "Young") is kept only as weak: a person where the article or
  // another one confirms it (a title, "said", a full name it abbreviates).
  if (words.length === 1 && isPersonSurname(name, FAMILY_NAME_FIRST)) return { mention: make(s, i, end, name, "Person", 0, isCommonSurname(name) ? { initial: true } : {}), end };
  // "Hanwha Aerospace in …": a longer name must end in no head word of a firm or body.
  const headless = words.length === 1 || (words.length <= 3 && !hasPersonEvidence(words) && !kindCue(head).head);
  if (headless && placedInRegion(s, end)) return { mention: make(s, i, end, name, "Location", 1), end };
  // "advancing on Pokrovsk and Huliaipole": a lone name listed right after a place is a place too, unless a verb
  // follows it ("Kharkiv and Zelensky condemned …" starts a clause); a guess that evidence elsewhere outweighs.
  const listedAfterPlace = prevMention?.kind === "Location" && prevMention.end === i - 1 && ["and", "or", ","].includes(prev);
  if (words.length === 1 && listedAfterPlace && after?.pos !== "VERB" && after?.pos !== "AUX") return { mention: make(s, i, end, name, "Location", 0), end };
  return kindByShape(s, i, end, name, words, adjective);
}

/** "the fall of Bashar Assad", "since the fall of Assad": a ruler falls as a city does; a person's name keeps no place cue. */
function fallOfRuler(s: SentenceView, i: number, name: string, words: Token[], cued: EntityKind): boolean {
  if (cued !== "Location" || s.tokens[i - 1]?.lower !== "of" || s.tokens[i - 2]?.lower !== "fall") return false;
  // "the fall of Khan Sheikhoun" is a town's: a given name must come with a surname.
  const last = words[words.length - 1].text;
  return isPersonSurname(last, FAMILY_NAME_FIRST) && (words.length === 1 || hasPersonEvidence(words));
}

const shouted = new WeakMap<Token[], boolean>();

/** Whether most words of the sentence (three at least) are written in capitals: a post or a slogan shouted. */
function isShouted(s: SentenceView): boolean {
  let answer = shouted.get(s.tokens);
  if (answer === undefined) {
    const words = s.tokens.filter((w) => /^\p{L}{2,}$/u.test(w.text));
    const capitals = words.filter((w) => w.text === w.text.toUpperCase()).length;
    shouted.set(s.tokens, (answer = capitals >= 3 && capitals * 2 > words.length));
  }
  return answer;
}

/** The last resorts for a name no word around it types: its place in the sentence and the shape of its words. */
function kindByShape(s: SentenceView, i: number, end: number, name: string, words: Token[], adjective: boolean): Step {
  const t = s.tokens;
  const prev = i > 0 ? t[i - 1].lower : "";
  const after = t[end];
  // "Labour MPs", "Tory plans": a lone unknown name used to qualify a noun is a group more often than a person.
  if (words.length === 1 && after && after.pos === "NOUN" && !isCap(after) && !PERSON_CUES.has(after.lower)) {
    if (adjective) return { end };
    return { mention: make(s, i, end, name, "Organization", 0), end };
  }
  // A lone capitalised word opening a sentence ("Images", "Refiners") is most often an ordinary word.
  if (words.length === 1 && (i === 0 || /^["“‘(]$/.test(t[i - 1].text))) return { mention: make(s, i, end, name, "Person", 0, { initial: true }), end };
  // "were killed in Khan Younis", "shelling near Wadi Gaza": a longer name with no head word after a verb's place
  // preposition is a place, even when it opens with a given name ("shareholders in Deutsche Boerse", "faith in Keir Starmer" are not).
  // After any such preposition, a division's name is its place ("40 people in Khan Younis"), given name first or not.
  if (MULTI_WORD_PLACE_PREPS.has(prev) && words.length > 1 && (t[i - 2]?.pos === "VERB" || adminDivisions(name).length > 0) && !isPossessive(t[end])) return { mention: make(s, i, end, name, "Location", 0), end };
  // "their assault on Pokrovsk", "an offensive around Kupiansk": what an offensive is aimed at is a place (a guess).
  if (words.length <= 2 && !isPossessive(t[end]) && afterAttackNoun(s, i, OFFENSIVE_PREPOSITIONS)) return { mention: make(s, i, end, name, "Location", 0), end };
  // An unknown name is a person only with evidence of one: a given name ("Olaf Scholz"), not "Manchester United".
  // "Lee Jae-myung", "Yoon Suk-yeol": a Korean given name's second syllable, lower-case after its hyphen, after a
  // family name and a first syllable (so not "Long-haul", "Oscar-winner").
  const syllable = (w: Token) =>
    KOREAN_SYLLABLE.test(w.text) && w.i - 3 >= i && t[w.i - 1].text === "-" && glued(t[w.i - 1], w) && glued(t[w.i - 2], t[w.i - 1]) && isCap(t[w.i - 3]);
  if (hasPersonEvidence(words) && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(w.text) || /^\p{Lu}\.?$/u.test(w.text) || w.text === "-" || (/^\p{Ll}{1,3}$/u.test(w.text) && !["of", "for", "the", "and"].includes(w.lower)) || syllable(w)) && words.length <= 4)
    return { mention: make(s, i, end, name, "Person", 0), end };
  return { mention: make(s, i, end, name, "Organization", 0), end };
}

// Names the gazetteer knows: countries, demonyms, capitals, organisations;
// a capital is a place after "in", "to", "at" or as a dateline, and its
// country's government elsewhere.
import type { Mention, SentenceView, Step } from "./types";
import type { Token } from "../nlp";
import { countryInfo, matchAt, firstWordsOf, type GazEntry } from "../gazetteer";
import { nameKey } from "../names";
import { ATTACKER_NOUNS, COUNTRY_SIDE_NOUNS, DELEGATION_NOUNS, EXPORT_NOUNS, SOVEREIGN_SPACE_NOUNS, GOVERNMENT_NOUNS, IMPORT_NOUNS, GOVERNMENT_SEATS, CITY_TITLE_NOUNS, MOTION, ORG_NOUNS, PLACE_PREPS, QUANTIFIERS, WATER_HEADS } from "./lexicon";
import { isLocalPost, titleAt } from "./titles";
import { glued, isCap, isPossessive, longestPhrase, make, phrase, titleCase } from "./tokens";
import { nameRunEnd } from "./name-runs";
import { classifyRun, headKind, isAgreementTitle } from "./classification";
import { ownedAt, ownerOf } from "./ownership";
import { OUTLET_DESCRIPTIONS } from "./structure-lexicon";
import { placeEventAt, siteAfter } from "./lookup-kind";
import { ATTACK_NOUNS, CITY_NOUNS, REACTION_NOUNS } from "./entity-cues";
import { contextKind } from "./context-kind";
import { isNotName } from "./junk";
import { isGivenName } from "../gazetteer/names";
import { isRoleWord } from "../gazetteer/agents";

/** A gazetteer name at token i (with what it owns), if there is one. */
export function knownNameAt(s: SentenceView, i: number, sofar: Mention[]): Step | undefined {
  const t = s.tokens;
  const g = matchAt(t, i);
  if (!g || startsLongerName(s, i, g)) return undefined;
  const gEnd = i + g.words.length;
  // "Kyiv's mayor", "Tehran's streets": the city itself, owning what follows.
  // "Kyiv Mayor Vitali Klitschko": a local post after the capital's name is the city's too.
  const localPost = g.role === "capital" && !isPossessive(t[gEnd]) && titleAt(s, gEnd) > gEnd && isLocalPost(phrase(s, gEnd, titleAt(s, gEnd)));
  if (g.role === "capital" && ((isPossessive(t[gEnd]) && longestPhrase(s, gEnd + 1, CITY_NOUNS, 2) > 0) || localPost)) {
    const city = placeMention(s, i, g);
    return ownedAt(s, i, localPost ? gEnd : gEnd + 1, city.name, "Location", city) ?? { mention: city, end: gEnd };
  }
  // "the IRNA news agency", "the KCNA news agency": a known outlet and its description are one mention of it.
  const described = g.role === "name" && g.kind === "Organization" && t[gEnd] && !isCap(t[gEnd]) ? longestPhrase(s, gEnd, OUTLET_DESCRIPTIONS, 2) : -1;
  if (described > 0) return { mention: make(s, i, described, g.canonical, g.kind, 2, { known: true }), end: described };
  // "the Russian delegation", "between US and Ukrainian officials": the country acts through its envoys.
  const sovereignSpace = longestPhrase(s, gEnd, SOVEREIGN_SPACE_NOUNS, 2) > 0;
  if (g.role === "demonym" && (delegationAfter(s, i, gEnd, sofar) || tradedGoods(t, i, gEnd) || sovereignSpace)) return { mention: make(s, i, gEnd, g.country!, "Country", 2, { known: true, adjectival: true }), end: gEnd };
  if (g.role === "demonym" || g.role === "country" || g.role === "capital" || (g.role === "name" && (g.kind === "Organization" || g.kind === "Company" || forcePost(s, gEnd, g) || regionBody(s, gEnd, g)))) {
    const poss = isPossessive(t[gEnd]);
    const next = poss ? gEnd + 1 : gEnd;
    if (poss || g.role === "demonym" || g.role === "country" || g.role === "name" || (g.role === "capital" && titleAt(s, next) > 0)) {
      const owned = ownedAt(s, i, next, ownerOf(g), g.role === "name" ? g.kind : "Country", poss ? knownMention(s, i, g) : undefined);
      // "Hamas officials said", "a senior Hezbollah commander": nobody in particular, but the body is named all the same.
      // "a Kremlin envoy": a seat standing for its government is named all the same.
      if (owned && !owned.mention && !owned.mentions?.length && (g.role === "name" || (g.role === "capital" && g.kind === "Country"))) return { mention: knownMention(s, i, g), end: owned.end };
      if (owned) return owned;
    }
  }
  if ((g.role === "demonym" || g.role === "country") && namedWithCountry(s, i, gEnd)) return classifyRun(s, i, gEnd + 1, sofar);
  if (g.role === "demonym") return demonymAt(s, i, gEnd, g, sofar);
  // A longer name that only starts with a known one: "East Pyongyang Grand Theatre", "Kursk Region".
  const runEnd = nameRunEnd(s, i, true);
  if (runEnd > gEnd && (headKind(phrase(s, runEnd - 1, runEnd)) || isAgreementTitle(t.slice(gEnd, runEnd)))) {
    const step = classifyRun(s, i, runEnd, sofar);
    if (step.mention?.kind === "Agreement") step.mention.parties = pairedCountries(t, gEnd, g);
    return step;
  }
  if (g.kind === "Location" || g.role === "capital") {
    // "the Beijing summit": the capital is the place the event is named after.
    const event = placeEventAt(s, i, gEnd, g.role === "capital" ? placeMention(s, i, g) : knownMention(s, i, g));
    if (event) return event;
  }
  const site = g.kind === "Location" || g.role === "capital" ? siteAfter(s, gEnd) : -1;
  if (site > 0) return { mention: make(s, i, site, s.text.slice(t[i].start, t[site - 1].end), "Location", 2), end: site };
  return { mention: knownMention(s, i, g), end: gEnd };
}

/** A demonym not read as its country acting: part of a body's or a place's name, an attacker's country, or an adjective. */
function demonymAt(s: SentenceView, i: number, gEnd: number, g: GazEntry, sofar: Mention[]): Step {
  const t = s.tokens;
  // "the Saudi Press Agency", "the Syrian Democratic Forces": a demonym opening a body's name is part of it.
  const bodyEnd = nameRunEnd(s, i, true);
  const bodyKind = bodyEnd > gEnd + 1 ? headKind(t[bodyEnd - 1].lower) : undefined;
  // "the Syrian Observatory for Human Rights": the head word before "for"/"of" counts too.
  const headInside = bodyEnd > gEnd + 2 && t.slice(gEnd, bodyEnd).some((w) => ["of", "for"].includes(w.lower)) && t.slice(gEnd, bodyEnd).some((w) => headKind(w.lower) === "Organization");
  // "the Philippine Sea", "the Arabian Gulf": a demonym and a place word are one place.
  const waters = bodyEnd === gEnd + 1 && WATER_HEADS.has(t[gEnd].lower);
  // "the ruling Georgian Dream party": a demonym and a capitalised word before a lower-case "party" are the party's
  // name ("party" only describes it).
  if (bodyEnd === gEnd + 1 && t[bodyEnd]?.lower === "party" && !matchAt(t, gEnd)) return { mention: make(s, i, bodyEnd + 1, s.text.slice(t[i].start, t[bodyEnd - 1].end), "Organization", 2), end: bodyEnd + 1 };
  if (bodyKind === "Organization" || bodyKind === "MilitaryForce" || headInside || waters) return classifyRun(s, i, bodyEnd, sofar);
  // "Russian missile hit": the country acts through its weapon; "Saudi-led forces struck": through the group it leads.
  if (attackerAfterList(t, gEnd) || (t[gEnd]?.text === "-" && t[gEnd + 1]?.lower === "led")) return { mention: make(s, i, gEnd, g.country!, "Country", 2, { known: true, adjectival: true }), end: gEnd };
  // An adjective, not a mention; remembered so that "the country" can point back at it.
  return { mention: make(s, i, gEnd, g.country!, "Country", 0, { ref: "adjective", known: true }), end: gEnd };
}

/**
 * "the Australian Open", "the US Masters", "the French Open final": a country or its adjective before one
 * capitalised word that is no name, title or role of its own is the first word of a longer name.
 */
function namedWithCountry(s: SentenceView, i: number, gEnd: number): boolean {
  const t = s.tokens;
  const x = t[gEnd];
  if (!x || !isCap(x) || nameRunEnd(s, gEnd, true) !== gEnd + 1 || x.pos === "NUM" || isNotName(x.lower) || headKind(x.lower) || matchAt(t, gEnd) || titleAt(s, gEnd) > 0) return false;
  if (isGivenName(x.text) || isRoleWord(x.text) || pluralDemonymAt(s, gEnd)) return false;
  return t[i - 1]?.lower === "the" || contextKind(s, i, gEnd + 1) === "Event";
}

/** "Jordan Henderson", "Victoria Beckham", "Washington Post": a one-word place name that starts a longer name. */
function startsLongerName(s: SentenceView, i: number, x: GazEntry): boolean {
  const t = s.tokens;
  const tok = t[i];
  return x.words.length === 1 && (x.role === "country" || x.role === "capital") && tok.text !== tok.text.toUpperCase() &&
    !!t[i + 1] && isCap(t[i + 1]) && t[i + 1].pos === "PROPN" && !matchAt(t, i + 1) && titleAt(s, i + 1) < 0 && glued(tok, t[i + 1]) === false;
}

/** The mention of a gazetteer name at i; a capital is a place or its country's government. */
function knownMention(s: SentenceView, i: number, g: GazEntry): Mention {
  const t = s.tokens;
  const tok = t[i];
  const gEnd = i + g.words.length;
  if (g.role !== "capital") return make(s, i, gEnd, g.canonical, g.kind, 2, { known: true, owner: namedOwner(t, i, g) });
  // A capital after "in", "to", "at" is a place; elsewhere it stands for the government.
  // "to" and "from" make a place only after a word of motion ("travelled to Moscow", "fled from Kyiv"); "weapons to Moscow", "imports from Moscow" are the government's.
  const prep = i > 0 ? t[i - 1].lower : "";
  const moving = t.slice(Math.max(0, i - 6), i - 1).some((x) => MOTION.has(x.lower));
  const officialsThere = i > 1 && GOVERNMENT_NOUNS.has(t[i - 2].lower) && !othersOfficials(t, i, g);
  const afterPrep = PLACE_PREPS.has(prep) && (!["to", "from"].includes(prep) || moving) && !officialsThere;
  const dateline = (i === 0 && (t[gEnd]?.text === ":" || /^[—–-]$/.test(t[gEnd]?.text ?? "") || (tok.text === tok.text.toUpperCase() && (t[gEnd]?.text === "," || t[gEnd]?.text === "(")))) || (t[gEnd]?.text === "-" && t[gEnd + 1]?.lower === "based");
  const place = ((afterPrep && !reactionIn(s, i)) || dateline || struckAt(s, i) || isLongCityForm(s, i, g) || namedAsCity(t, i)) && !GOVERNMENT_SEATS.has(tok.lower);
  return place ? placeMention(s, i, g) : make(s, i, gEnd, g.canonical, "Country", 2, { known: true, metonym: true });
}

/** "the Qatari capital Doha", "the capital, Tehran", "the city of Beirut": a city noun (past "of" or a comma) right before it. */
function namedAsCity(t: Token[], i: number): boolean {
  const j = t[i - 1]?.text === "," || t[i - 1]?.lower === "of" ? i - 2 : i - 1;
  return j >= 0 && (CITY_TITLE_NOUNS.has(t[j].lower) || (j > 0 && CITY_TITLE_NOUNS.has(`${t[j - 1].lower} ${t[j].lower}`)));
}

/** "the Gaza health ministry", "Gaza's health ministry": a region with bodies of its own owns them (its posts and places are left alone). */
function regionBody(s: SentenceView, gEnd: number, g: GazEntry): boolean {
  if (g.kind !== "Location") return false;
  const next = isPossessive(s.tokens[gEnd]) ? gEnd + 1 : gEnd;
  for (let q = next; q <= next + 2 && q < s.tokens.length; q++) if (longestPhrase(s, q, ORG_NOUNS, 4) > 0) return true;
  return false;
}

/** "US State Department", "Iran's IRGC" written as one known name: the country its first words name owns it. */
function namedOwner(t: Token[], i: number, g: GazEntry): string | undefined {
  if (g.role !== "name" || !g.country || g.words.length < 2) return undefined;
  const first = matchAt(t.slice(i, i + g.words.length - 1), 0);
  return first && (first.role === "country" || first.role === "demonym") && first.canonical === g.country ? g.country : undefined;
}

/**
 * "NATO foreign ministers in Brussels", "Chinese officials in Moscow": officials of another body or country meet in the
 * capital, a place; "officials in Moscow", "Russian officials in Moscow" are its government.
 */
function othersOfficials(t: Token[], i: number, g: GazEntry): boolean {
  for (let k = i - 3; k >= Math.max(0, i - 5); k--) {
    const x = matchAt(t, k);
    if (x && k + x.words.length <= i - 2 && x.canonical !== g.canonical && (x.country ?? x.canonical) !== g.country) return true;
  }
  return false;
}

/** A capital named as the city it is, under the city's own name in any house style ("Washington, D.C.", "D.C." → Washington). */
function placeMention(s: SentenceView, i: number, g: GazEntry): Mention {
  const gEnd = i + g.words.length;
  const surface = s.text.slice(s.tokens[i].start, s.tokens[gEnd - 1].end);
  const city = cityOfCapitalForm(surface, countryInfo(g.country!)?.capitals ?? []) ?? titleCase(surface.toLowerCase());
  return make(s, i, gEnd, city, "Location", 2, { metonym: false });
}

/**
 * The full name of the city a form of a capital's name stands for: the city is the shortest capital the form equals
 * or opens ("Washington, D.C." opens with "Washington"), or whose longer form it ends ("D.C."); its full name is its
 * longest form, which says which Washington it is.
 */
export function cityOfCapitalForm(surface: string, capitals: string[]): string | undefined {
  const key = nameKey(surface);
  const byLength = [...capitals].sort((a, b) => a.length - b.length);
  const opens = (c: string, form: string) => nameKey(form).startsWith(`${nameKey(c)} `);
  const city = byLength.find((c) => capitals.some((long) => opens(c, long) && nameKey(long).endsWith(` ${key}`))) ?? byLength.find((c) => nameKey(c) === key || opens(c, surface));
  return city && [city, ...byLength.filter((form) => opens(city, form))].pop();
}

/** "Washington, D.C.", "D.C.": a form of a capital other than its bare name names the city, never the government. */
function isLongCityForm(s: SentenceView, i: number, g: GazEntry): boolean {
  const surface = s.text.slice(s.tokens[i].start, s.tokens[i + g.words.length - 1].end);
  const capitals = countryInfo(g.country!)?.capitals ?? [];
  const opens = (c: string, long: string) => nameKey(long).startsWith(`${nameKey(c)} `);
  // A long form opens with another form ("Washington, D.C."); a tail is the end of one that does ("D.C."), not "Delhi" of "New Delhi".
  const long = (c: string) => capitals.some((o) => opens(o, c)) || capitals.some((l) => nameKey(l).endsWith(` ${nameKey(c)}`) && capitals.some((o) => o !== c && opens(o, l)));
  const key = nameKey(surface);
  return capitals.some((c) => nameKey(c) === key && long(c));
}

/** "alarm bells in Seoul", "anger in Beijing": a reaction in a capital is its government's. */
function reactionIn(s: SentenceView, i: number): boolean {
  const t = s.tokens;
  if (t[i - 1]?.lower !== "in") return false;
  for (let k = Math.max(0, i - 3); k < i - 1; k++) if (longestPhrase(s, k, REACTION_NOUNS, 2) === i - 1) return true;
  return false;
}

/** "a drone strike on Kyiv", "attacks against Tehran": the city struck, not its government. */
function struckAt(s: SentenceView, i: number): boolean {
  return afterAttackNoun(s, i, STRUCK_PREPOSITIONS);
}

const STRUCK_PREPOSITIONS = new Set(["on", "against"]);
/** Where an offensive goes: "the assault on X", "an offensive around X", "the push towards X", "the battle for X". */
export const OFFENSIVE_PREPOSITIONS = new Set(["on", "against", "around", "toward", "towards", "near", "for"]);

/** Whether the name at i follows an attack noun and one of these prepositions ("their assault on", "the offensive around"). */
export function afterAttackNoun(s: SentenceView, i: number, prepositions: ReadonlySet<string>): boolean {
  const t = s.tokens;
  if (!prepositions.has(t[i - 1]?.lower ?? "")) return false;
  for (let k = Math.max(0, i - 3); k < i - 1; k++) if (longestPhrase(s, k, ATTACK_NOUNS, 2) === i - 1) return true;
  return false;
}

let demonymFirsts: ReadonlySet<string> | undefined;

/** Plural demonyms stand for the country ("Russians struck the city", "South Koreans voted"); after "many", "of", a number or an adjective they are people in general, no mention. */
export function pluralDemonymAt(s: SentenceView, i: number): Step | undefined {
  const t = s.tokens;
  // Most tokens open no demonym, with or without a final "s": one lookup before any words are built.
  const firsts = (demonymFirsts ??= firstWordsOf("demonym"));
  if (!firsts.has(t[i].lower) && !(t[i].text.endsWith("s") && firsts.has(t[i].lower.slice(0, -1)))) return undefined;
  for (let last = i; last < Math.min(t.length, i + 3); last++) {
    const tok = t[last];
    if (!tok.text.endsWith("s") || !isCap(tok)) continue;
    const words = [...t.slice(i, last), { ...tok, text: tok.text.slice(0, -1), lower: tok.lower.slice(0, -1) }];
    const d = matchAt(words, 0);
    if (!d || d.role !== "demonym" || d.words.length !== words.length) continue;
    // "many Britons", "44% of Britons", "two Americans", "young Russians": people, not the state.
    if (i > 0 && (QUANTIFIERS.has(t[i - 1].lower) || t[i - 1].lower === "of" || t[i - 1].pos === "NUM" || (t[i - 1].pos === "ADJ" && !isCap(t[i - 1])))) return { end: last + 1 };
    return { mention: make(s, i, last + 1, d.country!, "Country", 2, { known: true }), end: last + 1 };
  }
  return undefined;
}

/** "IDF spokesman X", "the IDF's chief of staff, X,": a force the gazetteer knows owns the post right after it ("PLA Navy commander X" is left to the run). */
const forcePost = (s: SentenceView, gEnd: number, g: GazEntry): boolean =>
  g.kind === "MilitaryForce" && titleAt(s, isPossessive(s.tokens[gEnd]) ? gEnd + 1 : gEnd) > 0;

/**
 * "the Russian delegation", "hosted the Ukrainian and Russian delegations", "talks between US and Ukrainian officials":
 * a demonym before a delegation noun, or in a list of demonyms and countries before one or a government noun, is its
 * country acting (`names.json: delegationNouns`, `governmentNouns`). A lone "Russian officials" stays an adjective.
 */
function delegationAfter(s: SentenceView, i: number, gEnd: number, sofar: Mention[]): boolean {
  const t = s.tokens;
  const before = sofar[sofar.length - 1];
  let members = (t[i - 1]?.lower === "and" || t[i - 1]?.text === ",") && before?.end === i - 1 && before.kind === "Country" ? 2 : 1;
  for (let k = gEnd, n = 0; k < t.length && n < 8; n++) {
    if (longestPhrase(s, k, DELEGATION_NOUNS, 2) > 0 || longestPhrase(s, k, COUNTRY_SIDE_NOUNS, 1) > 0) return true;
    if (GOVERNMENT_NOUNS.has(t[k].lower)) return members > 1;
    if (t[k].lower === "and" || t[k].text === ",") k++;
    else {
      const g = matchAt(t, k);
      if (!g || (g.role !== "demonym" && g.role !== "country")) return false;
      k += g.words.length;
      members++;
    }
  }
  return false;
}

const isFlowNoun = (x: Token | undefined) => !!x && (IMPORT_NOUNS.has(x.lower) || EXPORT_NOUNS.has(x.lower));

/**
 * "imports of Japanese seafood", "exports of chips to Chinese firms", "Russian oil imports": a demonym on the goods
 * or the buyer of a flow of goods (`names.json: importNouns`, `exportNouns`) is its country, a party to the trade.
 */
function tradedGoods(t: Token[], i: number, gEnd: number): boolean {
  if (isFlowNoun(t[gEnd]) || (t[gEnd]?.pos === "NOUN" && isFlowNoun(t[gEnd + 1]))) return true;
  const b = t[i - 1]?.pos === "DET" ? i - 2 : i - 1;
  if (t[b]?.lower === "of") return IMPORT_NOUNS.has(t[b - 1]?.lower ?? "");
  if (!["to", "from", "with"].includes(t[b]?.lower ?? "")) return false;
  for (let q = b - 1; q >= 0 && q >= b - 5; q--) {
    if (isFlowNoun(t[q])) return true;
    if (t[q].pos === "VERB" || t[q].pos === "PUNCT") return false;
  }
  return false;
}

/** "the US-ROK Guidelines …", "the China-Russia Treaty …": two countries joined by a tight hyphen open the name. */
function pairedCountries(t: Token[], gEnd: number, g: GazEntry): [string, string] | undefined {
  if (g.role !== "country" || t[gEnd]?.text !== "-" || !glued(t[gEnd - 1], t[gEnd]) || !t[gEnd + 1] || !glued(t[gEnd], t[gEnd + 1])) return undefined;
  const other = matchAt(t, gEnd + 1);
  return other?.role === "country" && other.canonical !== g.canonical ? [g.canonical, other.canonical] : undefined;
}

/**
 * "Russian missile hit", "US, British and Israeli warplanes struck": an attacker noun after the demonym, or after a
 * list of demonyms it opens (every demonym of the list acts through the weapon).
 */
function attackerAfterList(t: Token[], q: number): boolean {
  for (let n = 0; n < 4 && q < t.length; n++) {
    // "an Iranian ballistic missile struck": lower-case adjectives may qualify the weapon.
    const weapon = t[q]?.pos === "ADJ" && !isCap(t[q]) ? (t[q + 1]?.pos === "ADJ" && !isCap(t[q + 1]) ? q + 2 : q + 1) : q;
    if (weapon > q && ATTACKER_NOUNS.has(t[weapon]?.lower ?? "")) q = weapon;
    // "Israeli air strikes on": a lower-case noun opening a two-word attack noun qualifies the attacker noun after it.
    else if (t[q + 1] && !isCap(t[q]) && t[q].pos === "NOUN" && ATTACK_NOUNS.has(`${t[q].lower} ${t[q + 1].lower}`) && ATTACKER_NOUNS.has(t[q + 1].lower)) q++;
    // "Russian fire killed", "Russian missile strikes"; not "the Russian fire service" (a compound's first word).
    if (ATTACKER_NOUNS.has(t[q].lower)) return !(t[q + 1]?.pos === "NOUN" && !isCap(t[q + 1]) && !ATTACKER_NOUNS.has(t[q + 1].lower) && !ATTACK_NOUNS.has(t[q + 1].lower));
    if (t[q].text !== "," && t[q].lower !== "and") return false;
    const at = t[q + 1]?.lower === "and" ? q + 2 : q + 1;
    const next = matchAt(t, at);
    if (!next || (next.role !== "demonym" && next.role !== "country")) return false;
    q = at + next.words.length;
  }
  return false;
}

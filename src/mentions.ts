// Mentions: the spans of a sentence that name an entity, found by gazetteer
// lookup, by title and demonym patterns ("Russian President Vladimir Putin",
// "North Korean troops", "South Korea's Defense Ministry"), and by capitalised
// name runs classified from their head word and context. References that need
// the rest of the document ("the North Korean leader", "the soldiers", "he")
// are marked for the entity stage to resolve.
import type { EntityKind } from "./schema";
import type { Token } from "./nlp";
import { matchAt, countryInfo, type GazEntry } from "./gazetteer";
import names from "../lexicons/names.json";
import roles from "../lexicons/roles.json";
import places from "../lexicons/places.json";

export interface Role {
  /** The post as written, e.g. "President", "culture minister". */
  title: string;
  leader: boolean;
  /** Canonical name of the country or body the post belongs to, where the text says. */
  of?: string;
  /** The post belongs to "the country" or "his country", resolved later. */
  ofRef?: boolean;
}

export type RefKind = "role" | "country" | "force" | "pronoun" | "adjective";

export interface Mention {
  /** Token span [start, end). */
  start: number;
  end: number;
  /** Character offsets in the sentence. */
  from: number;
  to: number;
  surface: string;
  /** The name that identifies it: a canonical label when known, else the name without titles. */
  name: string;
  kind: EntityKind;
  /** How sure the kind is: 2 gazetteer or head word, 1 context, 0 guess. */
  certainty: 0 | 1 | 2;
  known: boolean;
  role?: Role;
  /** A reference to resolve from context rather than a name. */
  ref?: RefKind;
  /** Owning country or body stated with the mention ("Russia's Kursk region" → Russia). */
  owner?: string;
  possessive: boolean;
  /** Where the mention's whole phrase begins, titles and owner included ("Russian President …"). */
  outerStart?: number;
  /** A demonym standing for its country ("a Russian missile"): not a name to list among the aliases. */
  adjectival?: boolean;
  /** A single capitalised word opening a sentence: kept only if the name is confirmed elsewhere. */
  initial?: boolean;
  /** A capital standing for its country's government (or a place when false). */
  metonym?: boolean;
}

const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const LEADER_TITLES = set(roles.leader);
const MEMBER_TITLES = set(roles.member);
const PREFIX_TITLES = set(roles.prefixTitles);
const ALL_TITLES = new Set([...LEADER_TITLES, ...MEMBER_TITLES, ...PREFIX_TITLES]);
const ORG_HEADS = set(names.organizationHeads);
const COMPANY_HEADS = set(names.companyHeads);
const FORCE_HEADS = set(names.forceHeads);
const LOCATION_HEADS = set(names.locationHeads);
const AGREEMENT_HEADS = set(names.agreementHeads);
const EVENT_HEADS = set(names.eventHeads);
const LOCATION_AFTER = set(names.locationAfter);
const PLACE_PREPS = new Set(["in", "at", "near", "from", "into", "to", "across", "outside", "around", "inside", "toward", "towards", "via"]);
const LOCATION_BEFORE = set(names.locationBefore.filter((p) => p.includes(" ")));
const PERSON_CUES = set(names.personCues);
const NOT_NAMES = set(names.notNames);
const FORCE_NOUNS = set(names.forceNouns);
const ATTACKER_NOUNS = set(names.attackerNouns);
const ORG_NOUNS = set(names.orgNouns);
const NAME_PARTICLES = new Set(["de", "da", "di", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le", "du", "dos"]);
const GOVERNMENT_NOUNS = set(names.governmentNouns);
const MOTION = set(names.motionWords);
const CITIES = new Set(places.cities);
const APPOSITIVE_HEADS = new Map<string, EntityKind>(Object.entries(names.appositiveHeads).flatMap(([kind, ws]) => ws.map((w) => [w, kind as EntityKind] as [string, EntityKind])));
const PRONOUNS = new Set(["he", "she", "his", "her", "him"]);
const DETERMINERS = new Set(["the", "its", "their", "our", "his", "her", "these", "those"]);

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text) || /^\p{Lu}[\p{L}\d]*-\d/u.test(t.text);
const isPossessive = (t?: Token) => !!t && (t.text === "'s" || t.text === "’s" || t.text === "'" || t.text === "’") && t.pos === "PART";
const glued = (a: Token, b: Token) => a.end === b.start;

export interface SentenceView {
  text: string;
  tokens: Token[];
}

/** The lower-case text of tokens [i, j), spaced as in the sentence. */
function phrase(s: SentenceView, i: number, j: number): string {
  return s.text.slice(s.tokens[i].start, s.tokens[j - 1].end).toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
}

const firstWordsOf = new WeakMap<Set<string>, Set<string>>();

/** The longest phrase from the set that starts at token i: its end, or -1. */
function longestPhrase(s: SentenceView, i: number, phrases: Set<string>, maxLen = 5): number {
  // Most tokens start no phrase at all: check the first word before building any text.
  let firsts = firstWordsOf.get(phrases);
  if (!firsts) firstWordsOf.set(phrases, (firsts = new Set([...phrases].map((p) => p.split(/[\s-]/)[0]))));
  if (i >= s.tokens.length || !firsts.has(s.tokens[i].lower.replace(/’/g, "'"))) return -1;
  for (let j = Math.min(s.tokens.length, i + maxLen); j > i; j--) if (phrases.has(phrase(s, i, j))) return j;
  return -1;
}

/** A title (possibly several words, e.g. "Chief of the General Staff", "culture minister") at token i: its end, or -1. */
function titleAt(s: SentenceView, i: number): number {
  let end = longestPhrase(s, i, ALL_TITLES, 5);
  if (end < 0) return -1;
  // Stacked titles: "deputy prime minister", "senior fellow".
  for (let next = longestPhrase(s, end, ALL_TITLES, 5); next > end; next = longestPhrase(s, end, ALL_TITLES, 5)) end = next;
  return end;
}

function isLeaderTitle(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/);
  if (words.some((w) => ["vice", "deputy", "former", "ex"].includes(w))) return false;
  return LEADER_TITLES.has(title.toLowerCase()) || LEADER_TITLES.has(words[words.length - 1]) && !MEMBER_TITLES.has(title.toLowerCase());
}

/** A run of name tokens from i (capitalised words, hyphenated parts, particles): its end. */
function nameRunEnd(s: SentenceView, i: number, allowConnectors: boolean): number {
  const t = s.tokens;
  let j = i;
  while (j < t.length) {
    const tok = t[j];
    // Words like "East" or "National" are names only inside a longer name.
    const notName = NOT_NAMES.has(tok.lower) && !(j + 1 < t.length && isCap(t[j + 1]) && !NOT_NAMES.has(t[j + 1].lower)) && !(j > i);
    if (isCap(tok) && !notName && tok.pos !== "PRON" && tok.pos !== "DET") {
      const inner = j > i ? matchAt(t, j) : undefined;
      const before = t[j - 1]?.lower === "the" ? t[j - 2]?.lower : t[j - 1]?.lower;
      if (inner && (inner.role === "country" || inner.role === "demonym") && !["of", "for"].includes(before ?? "")) break;
      j++;
      continue;
    }
    // Hyphenated parts written without spaces: Kim Jong-Un, Kim Ju-ae, Tu-160M.
    if (j > i && tok.text === "-" && j + 1 < t.length && glued(t[j - 1], tok) && glued(tok, t[j + 1]) && /^[\p{L}\d]/u.test(t[j + 1].text) && t[j + 1].pos !== "VERB") {
      j += 2;
      continue;
    }
    if (j > i && NAME_PARTICLES.has(tok.text) && j + 1 < t.length && isCap(t[j + 1])) {
      j++;
      continue;
    }
    const sentenceInitial = i === 0 || /^["“‘(]$/.test(t[i - 1]?.text ?? "");
    // "Bank of England", "Institute for Strategic Dialogue" join over "of"/"for"; "Xi Jinping for China" does not.
    const headSoFar = t.slice(i, j).some((w) => headKind(w.lower) || ALL_TITLES.has(w.lower) || w.lower === "house");
    if (allowConnectors && j > i && headSoFar && !(sentenceInitial && j === i + 1 && t[i].pos !== "PROPN") && (tok.lower === "of" || tok.lower === "for") && j + 1 < t.length) {
      let k = j + 1;
      if (t[k].lower === "the" && k + 1 < t.length) k++;
      if (isCap(t[k]) && (!NOT_NAMES.has(t[k].lower) || (k + 1 < t.length && isCap(t[k + 1])))) {
        j = k;
        continue;
      }
    }
    break;
  }
  // Never end on a connector.
  while (j > i && ["of", "for", "the", "-"].includes(t[j - 1].lower)) j--;
  return j;
}

function make(s: SentenceView, start: number, end: number, name: string, kind: EntityKind, certainty: 0 | 1 | 2, extra: Partial<Mention> = {}): Mention {
  const t = s.tokens;
  return {
    start,
    end,
    from: t[start].start,
    to: t[end - 1].end,
    surface: s.text.slice(t[start].start, t[end - 1].end),
    name,
    kind,
    certainty,
    known: false,
    possessive: isPossessive(t[end]),
    ...extra,
  };
}

const titleCase = (p: string) => p.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** The country or body a gazetteer entry stands for when it owns something ("Russian", "Russia's", "Kremlin's"). */
function ownerOf(g: GazEntry): string {
  return g.role === "demonym" || g.role === "capital" ? g.country! : g.canonical;
}

type Step = { mention?: Mention; mentions?: Mention[]; end: number };

/** Things owned by a country or body: its forces, its ministries, its office holders. */
function ownedAt(s: SentenceView, start: number, next: number, owner: string, ownerKind: EntityKind, ownerSurface: Mention | undefined): Step | undefined {
  const t = s.tokens;
  if (next >= t.length) return undefined;
  const info = ownerKind === "Country" ? countryInfo(owner) : undefined;
  const demonym = info?.demonym ?? owner;
  // Adjectives may stand between: "North Korean special forces", "Russian armed forces".
  const forceEnd = longestPhrase(s, next, FORCE_NOUNS, 3);
  const withOwner = (m: Mention): Step => ({ mentions: ownerSurface ? [ownerSurface, m] : [m], end: m.end });
  if (info && forceEnd > 0 && t[forceEnd]?.lower !== "of" && t[forceEnd]?.pos !== "NOUN") {
    return withOwner(make(s, start, forceEnd, info.military, "MilitaryForce", 2, { known: true, owner }));
  }
  // "military intelligence agency": up to two modifiers before the organisation noun.
  let orgEnd = longestPhrase(s, next, ORG_NOUNS, 4);
  for (let skip = 1; orgEnd < 0 && skip <= 2 && next + skip < t.length; skip++) {
    if (!t.slice(next, next + skip).every((w) => (w.pos === "ADJ" || w.pos === "NOUN") && !isCap(w))) break;
    orgEnd = longestPhrase(s, next + skip, ORG_NOUNS, 4);
  }
  if (orgEnd > 0) {
    const org = `${ownerKind === "Country" ? demonym : owner} ${titleCase(phrase(s, next, orgEnd))}`;
    return withOwner(make(s, start, orgEnd, org, "Organization", 2, { owner }));
  }
  if (info && t[next].lower === "government") {
    return { mention: make(s, start, next + 1, owner, "Country", 2, { known: true }), end: next + 1 };
  }
  // "foreign policy chief Kaja Kallas": lower-case modifiers before the title.
  let titleEnd = titleAt(s, next);
  for (let skip = 1; titleEnd < 0 && skip <= 2 && next + skip < t.length; skip++) {
    if (!t.slice(next, next + skip).every((w) => (w.pos === "ADJ" || w.pos === "NOUN") && !isCap(w))) break;
    const te = titleAt(s, next + skip);
    if (te > 0 && t[te] && isCap(t[te])) titleEnd = te;
  }
  if (titleEnd > 0) {
    const title = s.text.slice(t[next].start, t[titleEnd - 1].end);
    const role: Role = { title, leader: isLeaderTitle(title), of: owner };
    let k = titleEnd;
    if (t[k]?.text === "," && t[k + 1] && isCap(t[k + 1])) k++; // "Russian culture minister, Olga Lyubimova"
    const nameEnd = k < t.length && isCap(t[k]) && !matchAt(t, k) ? nameRunEnd(s, k, false) : k;
    if (nameEnd > k) {
      const name = s.text.slice(t[k].start, t[nameEnd - 1].end);
      const person = make(s, k, nameEnd, name, "Person", 2, { role, outerStart: start });
      return { mentions: ownerSurface ? [ownerSurface, person] : [person], end: nameEnd };
    }
    // No name: a description standing for whoever holds the post ("the North Korean leader"); "officials" are nobody in particular.
    if (/s$/.test(title) && !LEADER_TITLES.has(title.toLowerCase())) return { end: titleEnd };
    return { mention: make(s, start, titleEnd, `${demonym} ${title.toLowerCase()}`, "Person", 1, { ref: "role", role }), end: titleEnd };
  }
  return undefined;
}

/** Finds every mention in one tokenised sentence. */
export function findMentions(s: SentenceView): Mention[] {
  const t = s.tokens;
  const out: Mention[] = [];
  let i = 0;
  while (i < t.length) {
    const step = mentionAt(s, i, out);
    if (step.mention) out.push(step.mention);
    if (step.mentions) out.push(...step.mentions);
    i = Math.max(step.end, i + 1);
  }
  // "Surgutneftegas, one of Russia's largest oil producers": the apposition says what an unknown name is.
  for (const m of out) {
    if (m.certainty > 0 || m.ref || s.tokens[m.end]?.text !== ",") continue;
    for (let q = m.end + 1; q < Math.min(s.tokens.length, m.end + 10); q++) {
      const w = s.tokens[q];
      if (w.text === "," || w.text === "." || w.pos === "VERB") break;
      const kind = APPOSITIVE_HEADS.get(w.lower);
      if (kind && w.pos === "NOUN") {
        m.kind = kind;
        m.certainty = 1;
        break;
      }
    }
  }
  // "Sergei Shoigu, Russia's defense minister, …": the post in apposition is the named person's.
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k];
    const d = out.slice(k + 1).find((x) => x.ref === "role");
    if (m.kind !== "Person" || m.ref || m.role || !d || s.tokens[m.end]?.text !== ",") continue;
    const between = out.slice(k + 1).filter((x) => x.start < d.start);
    const gap = s.tokens.slice(m.end + 1, d.outerStart ?? d.start);
    if (between.some((x) => x.ref !== "adjective" && !(x.possessive && x.end + 1 === d.start)) || gap.some((w) => w.pos === "VERB")) continue;
    if (gap.length > 4) continue;
    m.role = d.role;
    d.ref = "adjective"; // absorbed: the description is this person, not someone to look for
    d.name = d.role!.of ?? d.name;
  }
  // "Russia's Kursk region": the possessor owns what follows.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.possessive && b.start === a.end + 1 && !b.owner && (a.kind === "Country" || a.kind === "Organization")) b.owner = a.name;
  }
  return out;
}

function mentionAt(s: SentenceView, i: number, sofar: Mention[]): Step {
  const t = s.tokens;
  const tok = t[i];
  const g = matchAt(t, i);

  // Pronouns and "the country", resolved by the entity stage.
  if (PRONOUNS.has(tok.lower) && tok.pos === "PRON") {
    if ((tok.lower === "his" || tok.lower === "her") && t[i + 1]?.lower === "country")
      return { mention: make(s, i, i + 2, "country", "Country", 1, { ref: "country" }), end: i + 2 };
    return { mention: make(s, i, i + 1, tok.lower, "Person", 1, { ref: "pronoun" }), end: i + 1 };
  }
  if ((tok.lower === "the" || tok.lower === "this") && t[i + 1]?.lower === "country") {
    const m = make(s, i, i + 2, "country", "Country", 1, { ref: "country" });
    if (isPossessive(t[i + 2])) {
      const owned = ownedAt(s, i, i + 3, "country", "Country", undefined);
      if (owned?.mentions) {
        for (const x of owned.mentions) if (x.role) x.role = { ...x.role, of: undefined, ofRef: true };
        return { mentions: [m, ...owned.mentions], end: owned.end };
      }
    }
    return { mention: m, end: i + 2 };
  }
  // "the soldiers", "its troops": a force named earlier, or the subject's own.
  if (DETERMINERS.has(tok.lower)) {
    let k = i + 1;
    while (k < t.length && (t[k].pos === "ADJ" || t[k].pos === "VERB" && /ed$/.test(t[k].lower)) && !isCap(t[k])) k++;
    const fe = longestPhrase(s, k, FORCE_NOUNS, 3);
    if (fe > 0 && t[fe]?.lower !== "of" && t[fe]?.pos !== "NOUN" && !isCap(t[k])) return { mention: make(s, i, fe, "force", "MilitaryForce", 1, { ref: "force" }), end: fe };
  }

  // "Jordan Henderson", "Victoria Beckham", "Washington Post": a one-word place name that starts a longer name.
  const startsLongerName = (x: GazEntry) =>
    x.words.length === 1 && (x.role === "country" || x.role === "capital") && tok.text !== tok.text.toUpperCase() &&
    !!t[i + 1] && isCap(t[i + 1]) && t[i + 1].pos === "PROPN" && !matchAt(t, i + 1) && titleAt(s, i + 1) < 0 && glued(tok, t[i + 1]) === false;
  if (g && !startsLongerName(g)) {
    const gEnd = i + g.words.length;
    const gMention = (extra: Partial<Mention> = {}) => {
      if (g.role === "capital") {
        // A capital after "in", "to", "at" is a place; elsewhere it stands for the government.
        // "to" makes a place only after a word of motion ("travelled to Moscow"); "weapons to Moscow" go to the government.
        const prep = i > 0 ? t[i - 1].lower : "";
        const moving = t.slice(Math.max(0, i - 6), i - 1).some((x) => MOTION.has(x.lower));
        const afterPrep = PLACE_PREPS.has(prep) && (prep !== "to" || moving) && !(i > 1 && GOVERNMENT_NOUNS.has(t[i - 2].lower));
        const dateline = (i === 0 && (t[gEnd]?.text === ":" || /^[—–-]$/.test(t[gEnd]?.text ?? "") || (tok.text === tok.text.toUpperCase() && t[gEnd]?.text === ","))) || (t[gEnd]?.text === "-" && t[gEnd + 1]?.lower === "based");
        const place = (afterPrep || dateline) && tok.lower !== "kremlin";
        const surface = s.text.slice(tok.start, t[gEnd - 1].end);
        return place
          ? make(s, i, gEnd, titleCase(surface.toLowerCase()), "Location", 2, { metonym: false, ...extra })
          : make(s, i, gEnd, g.canonical, "Country", 2, { known: true, metonym: true, ...extra });
      }
      return make(s, i, gEnd, g.canonical, g.kind, 2, { known: true, ...extra });
    };
    if (g.role === "demonym" || g.role === "country" || g.role === "capital" || (g.role === "name" && (g.kind === "Organization" || g.kind === "Company"))) {
      const poss = isPossessive(t[gEnd]);
      const next = poss ? gEnd + 1 : gEnd;
      if (poss || g.role === "demonym" || g.role === "country" || g.role === "name" || (g.role === "capital" && titleAt(s, next) > 0)) {
        const owned = ownedAt(s, i, next, ownerOf(g), g.role === "name" ? g.kind : "Country", poss ? gMention() : undefined);
        if (owned) return owned;
      }
    }
    if (g.role === "demonym") {
      // "Russian missile hit": the country acts through its weapon.
      if (ATTACKER_NOUNS.has(t[gEnd]?.lower ?? "")) return { mention: make(s, i, gEnd, g.country!, "Country", 2, { known: true, adjectival: true }), end: gEnd };
      // An adjective, not a mention; remembered so that "the country" can point back at it.
      return { mention: make(s, i, gEnd, g.country!, "Country", 0, { ref: "adjective", known: true }), end: gEnd };
    }
    // A longer name that only starts with a known one: "East Pyongyang Grand Theatre", "Kursk Region".
    const runEnd = nameRunEnd(s, i, true);
    if (runEnd > gEnd && headKind(phrase(s, runEnd - 1, runEnd))) {
      return classifyRun(s, i, runEnd, sofar);
    }
    return { mention: gMention(), end: gEnd };
  }

  // Plural demonyms stand for the country: "Russians struck the city".
  if (/s$/.test(tok.text) && isCap(tok)) {
    const sing = { ...tok, text: tok.text.slice(0, -1), lower: tok.lower.slice(0, -1) };
    const d = matchAt([sing], 0);
    if (d && d.role === "demonym") return { mention: make(s, i, i + 1, d.country!, "Country", 2, { known: true }), end: i + 1 };
  }

  // A title before a name: "Interior minister Igor Klymenko", "Chairman of the State Affairs of the DPRK Kim Jong Un".
  const titleEnd = titleAt(s, i);
  if (titleEnd > 0) {
    let k = titleEnd;
    let of: string | undefined;
    if (t[k]?.lower === "of") {
      const runEnd = nameRunEnd(s, k + (t[k + 1]?.lower === "the" ? 2 : 1), true);
      for (let q = k; q < runEnd; q++) {
        const inner = matchAt(t, q);
        if (inner && (inner.kind === "Country" || inner.kind === "Organization")) {
          of = ownerOf(inner);
          k = q + inner.words.length;
          break;
        }
      }
    }
    if (t[k]?.text === "," && t[k + 1] && isCap(t[k + 1])) k++;
    if (k < t.length && isCap(t[k]) && !matchAt(t, k)) {
      const nameEnd = nameRunEnd(s, k, false);
      if (nameEnd > k) {
        const title = s.text.slice(tok.start, t[k - 1].end).replace(/,$/, "");
        const name = s.text.slice(t[k].start, t[nameEnd - 1].end);
        // "China's foreign ministry spokesperson Lin Jian": the post belongs to the body named just before.
        const before = sofar[sofar.length - 1];
        if (!of && before && before.end === i && !before.ref && (before.kind === "Organization" || before.kind === "Country" || before.kind === "Company")) of = before.name;
        return { mention: make(s, k, nameEnd, name, "Person", 2, { role: { title, leader: isLeaderTitle(title.split(/\s+of\s+/i)[0]), of }, outerStart: i }), end: nameEnd };
      }
    }
    return { end: titleEnd };
  }

  if (!isCap(tok) || (NOT_NAMES.has(tok.lower) && !(t[i + 1] && isCap(t[i + 1]))) || ["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "NUM"].includes(tok.pos)) return { end: i + 1 };
  // A capitalised word opening a sentence is a name only if tagged as one.
  if (i === 0 || /^["“‘(]$/.test(t[i - 1].text)) {
    // An inflected word ("Shares", "Officials") is a common noun, whatever the tagger says.
    if (tok.pos !== "PROPN" || (/s$/.test(tok.lower) && t[i + 1]?.lower === "of")) return { end: i + 1 };
  }
  const runEnd = nameRunEnd(s, i, true);
  if (runEnd <= i) return { end: i + 1 };
  return classifyRun(s, i, runEnd, sofar);
}

function headKind(head: string): EntityKind | undefined {
  if (AGREEMENT_HEADS.has(head)) return "Agreement";
  if (EVENT_HEADS.has(head)) return "Event";
  if (FORCE_HEADS.has(head)) return "MilitaryForce";
  if (COMPANY_HEADS.has(head)) return "Company";
  if (ORG_HEADS.has(head)) return "Organization";
  if (LOCATION_HEADS.has(head)) return "Location";
  return undefined;
}

/** A title inside a capitalised run ("Foreign Secretary Jack Straw"): the token where the name after it starts, or -1. */
function nameAfterTitle(s: SentenceView, i: number, end: number): { titleEnd: number; nameStart: number } | undefined {
  const t = s.tokens;
  for (let q = end - 2; q >= i; q--) {
    const te = longestPhrase(s, q, ALL_TITLES, 4);
    if (te > q && te < end && te - 1 >= q && isCap(t[te]) && !ALL_TITLES.has(t[te].lower)) {
      // The rest must look like a personal name: capitalised words without connectors.
      if (t.slice(te, end).every((w) => isCap(w) || w.text === "-" || /^\p{Ll}{1,3}$/u.test(w.text))) return { titleEnd: te, nameStart: te };
    }
  }
  return undefined;
}

/** Decides what kind of thing an unknown capitalised name is, from its words and its neighbours. */
function classifyRun(s: SentenceView, i: number, end: number, sofar: Mention[]): Step {
  const t = s.tokens;
  const split = nameAfterTitle(s, i, end);
  if (split) {
    const title = s.text.slice(t[i].start, t[split.titleEnd - 1].end);
    const name = s.text.slice(t[split.nameStart].start, t[end - 1].end);
    if (nameAfterTitle(s, split.nameStart, end) === undefined)
      return { mention: make(s, split.nameStart, end, name, "Person", 2, { role: { title, leader: isLeaderTitle(title), of: undefined }, outerStart: i }), end };
  }
  const words = t.slice(i, end).filter((w) => w.text !== "-");
  let name = s.text.slice(t[i].start, t[end - 1].end);
  const compact = name.replace(/\s+/g, "");
  const head = words[words.length - 1].lower;
  const prev = i > 0 ? t[i - 1].lower : "";
  const prev2 = i > 1 ? `${t[i - 2].lower} ${t[i - 1].lower}` : "";
  const after = t[end];

  // "Kursk region", "Kursk border region".
  const locAfter = after ? longestPhrase(s, end, LOCATION_AFTER, 2) : -1;
  if (locAfter > 0 && after && !isCap(after)) {
    return { mention: make(s, i, locAfter, name, "Location", 2), end: locAfter };
  }
  if (/^\p{Lu}[\p{L}]*-\d+[\p{Lu}]?$/u.test(compact) && !/^\p{Lu}-\d$/u.test(compact)) return { mention: make(s, i, end, name, "Weapon", 2), end };
  if (/^\p{Lu}-\p{Ll}/u.test(compact) || compact.replace(/\W/g, "").length < 2) return { end };
  // "the Comprehensive Strategic Partnership agreement": a lower-case head word after the name.
  if (after && !isCap(after) && after.pos === "NOUN" && headKind(after.lower) && headKind(after.lower) !== "Location" && headKind(after.lower) !== "Event" && (words.length > 1 || headKind(after.lower) === "Organization")) {
    return { mention: make(s, i, end + 1, `${name} ${after.text}`, headKind(after.lower)!, 2), end: end + 1 };
  }
  let kind = words.length > 1 || ORG_HEADS.has(head) ? headKind(head) : undefined;
  if (!kind && words.length > 1 && words.some((w) => ORG_HEADS.has(w.lower))) kind = "Organization";
  if (kind) {
    // "Kursk Region" is Kursk.
    if (kind === "Location" && LOCATION_AFTER.has(head) && words.length > 1) name = s.text.slice(t[i].start, words[words.length - 2].end);
    return { mention: make(s, i, end, name, kind, 2), end };
  }
  // "the Tories", "the Lib Dems": a group.
  if (prev === "the" && /s$/.test(head) && words.length <= 2) return { mention: make(s, i, end, name, "Organization", 1), end };
  if (words[0].text === "I") return { end };
  if (/^\p{Lu}{2,6}$/u.test(compact)) return { mention: make(s, i, end, name, "Organization", 1), end };
  if (LOCATION_BEFORE.has(prev2)) return { mention: make(s, i, end, name, "Location", 2), end };
  const prevMention = sofar[sofar.length - 1];
  if (after && PERSON_CUES.has(after.lower)) return { mention: make(s, i, end, name, "Person", 1), end };
  if (CITIES.has(name)) return { mention: make(s, i, end, name, "Location", 1), end };
  if (["in", "at", "near", "from", "into"].includes(prev) && words.length === 1 && !(prevMention && prevMention.end === i - 1)) return { mention: make(s, i, end, name, "Location", 0), end };
  // "Labour MPs", "Tory plans": a lone unknown name used to qualify a noun is a group more often than a person.
  if (words.length === 1 && after && after.pos === "NOUN" && !isCap(after) && !PERSON_CUES.has(after.lower)) return { mention: make(s, i, end, name, "Organization", 0), end };
  // A lone capitalised word opening a sentence ("Images", "Refiners") is most often an ordinary word.
  if (words.length === 1 && (i === 0 || /^["“‘(]$/.test(t[i - 1].text))) return { mention: make(s, i, end, name, "Person", 0, { initial: true }), end };
  if (words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(w.text) || w.text === "-" || /^\p{Ll}{1,3}$/u.test(w.text) && !["of", "for", "the", "and"].includes(w.lower)) && words.length <= 4)
    return { mention: make(s, i, end, name, "Person", 0), end };
  return { mention: make(s, i, end, name, "Organization", 0), end };
}

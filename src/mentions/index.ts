// Mentions: the spans of a sentence that name an entity, found by gazetteer
// lookup, by title and demonym patterns ("Russian President Vladimir Putin",
// "North Korean troops", "South Korea's Defense Ministry"), and by capitalised
// name runs classified from their head word and context. References that need
// the rest of the document ("the North Korean leader", "the soldiers", "he")
// are marked for the entity stage to resolve.
import type { Mention, SentenceView, Step } from "./types";
import { isJunkRun, isNotName, isPremodifier } from "./junk";
import { glued, isCap, make } from "./tokens";
import { koreanFamilyNameAt, nameRunEnd } from "./name-runs";
import { ATTACKER_NOUNS, HYPHEN_PARTICLES } from "./lexicon";
import { classifyRun, headKind } from "./classification";
import { isWorkTitle } from "./context-kind";
import { knownOrganizations } from "../gazetteer/organizations";
import { isProductName } from "./products";
import { administrationAt, referenceAt } from "./references";
import { knownNameAt, pluralDemonymAt } from "./known";
import { titledNameAt } from "./titled-names";
import { relateMentions } from "./post-pass";
import { mayOpenMention } from "./openers";
import { isPersonSurname } from "../gazetteer/names";
import { FAMILY_NAME_FIRST } from "./entity-cues";
import { worldRegion } from "../gazetteer/places";
import { matchAt } from "../gazetteer";

export type { Mention, RefKind, Role, SentenceView } from "./types";

/** Finds every mention in one tokenised sentence. */
export function findMentions(s: SentenceView): Mention[] {
  const t = s.tokens;
  const out: Mention[] = [];
  let i = 0;
  while (i < t.length) {
    if (!mayOpenMention(t[i])) {
      i++;
      continue;
    }
    const step = mentionAt(s, i, out);
    if (step.mention) out.push(step.mention);
    if (step.mentions) out.push(...step.mentions);
    i = Math.max(step.end, i + 1);
  }
  relateMentions(s, out);
  return out;
}

/** The first pattern that matches at token i, in order of precedence (a pattern that may start at a lower-case word: see openers.ts). */
export function mentionAt(s: SentenceView, i: number, sofar: Mention[]): Step {
  return referenceAt(s, i) ?? administrationAt(s, i) ?? hyphenedRegionAt(s, i, sofar) ?? knownNameAt(s, i, sofar) ?? pluralDemonymAt(s, i) ?? titledNameAt(s, i, sofar) ?? particleNameAt(s, i, sofar) ?? capitalisedRunAt(s, i, sofar);
}

/**
 * "the Asia-Pacific region", "Asia-Pacific Economic Cooperation": a known name glued by a hyphen to the rest of a
 * world region's name is not that name ("Asia"); the whole run is read and classified.
 */
function hyphenedRegionAt(s: SentenceView, i: number, sofar: Mention[]): Step | undefined {
  const t = s.tokens;
  if (t[i + 1]?.text !== "-" || !t[i + 2] || !isCap(t[i]) || !isCap(t[i + 2]) || !glued(t[i], t[i + 1]) || !glued(t[i + 1], t[i + 2])) return undefined;
  // A known name running past the hyphen ("Asia-Pacific Economic Cooperation", APEC) is left to the gazetteer.
  const region = worldRegion(`${t[i].text}-${t[i + 2].text}`);
  if (!region || (matchAt(t, i)?.words.length ?? 0) > 2) return undefined;
  // The region alone is the place, whatever its last word looks like ("Europe and Asia-Pacific").
  if (nameRunEnd(s, i, true) === i + 3) return { mention: make(s, i, i + 3, region.name, "Location", 2), end: i + 3 };
  return capitalisedRunAt(s, i, sofar);
}

/** "met al-Sharaa", "said el-Sisi": a name opening with a particle glued by a hyphen, written lower-case mid-sentence. */
function particleNameAt(s: SentenceView, i: number, sofar: Mention[]): Step | undefined {
  const t = s.tokens;
  if (!HYPHEN_PARTICLES.has(t[i].text) || !t[i + 2] || !isCap(t[i + 2]) || t[i + 1].text !== "-" || !glued(t[i], t[i + 1]) || !glued(t[i + 1], t[i + 2])) return undefined;
  if (i > 0 && glued(t[i - 1], t[i])) return undefined;
  const end = nameRunEnd(s, i + 2, true);
  return end > i + 2 ? classifyRun(s, i, end, sofar) : undefined;
}

/** Tags of words that open no name, however written (built once: this is asked at every capitalised word). */
const NO_NAME_TAGS = new Set(["DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT"]);

/** Words of time order after a plural that opens a sentence: "Hours after", "Days before", "Weeks later". */
const TIME_ORDER = new Set(["after", "before", "later", "earlier", "ago"]);

/** An unknown capitalised name at token i, classified by its words and neighbours. */
function capitalisedRunAt(s: SentenceView, i: number, sofar: Mention[]): Step {
  const t = s.tokens;
  const tok = t[i];
  if (!isCap(tok) || (isNotName(tok.lower) && !(t[i + 1] && isCap(t[i + 1]))) || isPremodifier(s, i) || (NO_NAME_TAGS.has(tok.pos) && !koreanFamilyNameAt(t, i))) return { end: i + 1 };
  if (tok.pos === "NUM" && !opensName(s, i)) return { end: i + 1 };
  // A capitalised word opening a sentence is a name only if tagged as one.
  if (i === 0 || /^["“‘(]$/.test(t[i - 1].text)) {
    // An inflected word ("Shares", "Officials") is a common noun, whatever the tagger says.
    // "Shares in Sony rose", "Talks with Iran": a plural then a preposition.
    if ((tok.pos !== "PROPN" && !adjectiveOpensBody(s, i) && !koreanFamilyNameAt(t, i)) || (/[^s]s$/.test(tok.lower) && ["of", "in", "at", "on", "with", "for", "from"].includes(t[i + 1]?.lower ?? ""))) return { end: i + 1 };
    // "Hours after the swap", "Weeks later": a plural before a word of time order, unless a surname ("Jones after …").
    if (/[^s]s$/.test(tok.lower) && TIME_ORDER.has(t[i + 1]?.lower ?? "") && !isPersonSurname(tok.text, FAMILY_NAME_FIRST)) return { end: i + 1 };
    // "Strikes hit Kharkiv", "Drones struck a depot": an attack or weapon noun opening the sentence is no name.
    if (ATTACKER_NOUNS.has(tok.lower) && !(t[i + 1] && isCap(t[i + 1]))) return { end: i + 1 };
  }
  const runEnd = nameRunEnd(s, i, true);
  if (runEnd <= i) return { end: i + 1 };
  if (isJunkRun(s, i, runEnd)) return { end: runEnd };
  if ((isWorkTitle(s, i, runEnd) || isProductName(s, i, runEnd, sofar)) && !headKind(t[runEnd - 1].lower) && !knownOrganizations(s.text.slice(t[i].start, t[runEnd - 1].end)).length)
    return { mention: make(s, i, runEnd, s.text.slice(t[i].start, t[runEnd - 1].end), "Organization", 0, { work: true }), end: runEnd };
  return classifyRun(s, i, runEnd, sofar);
}

/**
 * "Democratic Party candidate X …", "Liberal Democratic Party lawmakers …" opening a sentence: parties are named by
 * adjectives, so a capitalised adjective running into "Party" opens a name even where the tagger saw no proper noun.
 */
function adjectiveOpensBody(s: SentenceView, i: number): boolean {
  const t = s.tokens;
  if (t[i].pos !== "ADJ" || !t[i + 1] || !isCap(t[i + 1])) return false;
  const end = nameRunEnd(s, i, false);
  return end > i + 1 && end <= i + 4 && t[end - 1].lower === "party";
}

/** "the Six Nations", "the Big Four": a number word capitalised inside a sentence opens the name after it. */
function opensName(s: SentenceView, i: number): boolean {
  const t = s.tokens;
  // "the Six-Day War", "the Twelve-Day War": a number word glued by a hyphen to the capitalised word after it.
  const glued = t[i + 1]?.text === "-" && t[i + 1].start === t[i].end;
  if (glued && !(t[i + 3] && isCap(t[i + 3]))) return false;
  const next = glued ? t[i + 2] : t[i + 1];
  return i > 0 && !/^["“‘(:]$/.test(t[i - 1].text) && /^\p{Lu}\p{Ll}+$/u.test(t[i].text) && !!next && isCap(next) && next.pos !== "NUM" && !pluralDemonymAt(s, i + 1);
}

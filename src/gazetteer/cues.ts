// Cue words for the kind of a capitalised name no gazetteer knows
// (lexicons/kind-cues.json): its head ("Ramstein Air Base" → Location), a
// company suffix ("Acme Inc"), an ordinal before an event head ("the 20th
// Party Congress"), the noun after it ("the Hwasong-18 missile") or the phrase
// before it ("the state of Texas"), a hyphenated place ("Washington-based").
import type { EntityKind } from "../schema";
import { entityKind, entry, fields, lexiconError, lexiconPath, list, lowerWord, object, readLexicon, word, type At } from "../lexicon-check";
import { lexiconIndex } from "../lexicon-snapshot";

export const CUE_SECTIONS = ["heads", "suffixes", "ordinalHeads", "after", "before", "hyphenSuffixes"] as const;
export type CueSection = (typeof CUE_SECTIONS)[number];
/** Per section, each cue (lower-case but for suffixes) → the kind it signals. */
export type KindCues = Record<CueSection, Map<string, EntityKind>>;

/** A section: an object of kind → list of cues, each cue of one kind only. */
function checkSection(value: unknown, at: At, caseSensitive: boolean): Map<string, EntityKind> {
  const cues = new Map<string, EntityKind>();
  for (const [key, listed] of Object.entries(object(value, at))) {
    const kind = entityKind(key, entry(at, key));
    list(listed, entry(at, kind), (v, cueAt) => {
      const cue = caseSensitive ? word(v, cueAt) : lowerWord(v, cueAt);
      const seen = cues.get(cue);
      if (seen && seen !== kind) throw lexiconError(cueAt, `is ${JSON.stringify(cue)}, listed for both ${seen} and ${kind}`);
      cues.set(cue, kind);
    });
  }
  return cues;
}

/** Cues of a title of a work or a product, none of the kinds: the words before and after it, lower-case. */
export interface WorkCues {
  before: Set<string>;
  after: Set<string>;
}

function checkWorks(value: unknown, at: At): WorkCues {
  if (value === undefined) return { before: new Set(), after: new Set() };
  const o = fields(value, at, [], ["before", "after"]);
  const side = (key: "before" | "after") => new Set(key in o ? list(o[key], entry(at, key), lowerWord) : []);
  return { before: side("before"), after: side("after") };
}

/** The hand-written kind cues, checked. */
export function loadKindCues(path = lexiconPath("kind-cues.json")): KindCues & { works: WorkCues } {
  const { at, data } = readLexicon(path);
  const out = {} as KindCues & { works: WorkCues };
  for (const section of CUE_SECTIONS) out[section] = checkSection(data[section], entry(at, section), section === "suffixes");
  out.works = checkWorks(data.works, entry(at, "works"));
  return out;
}

const loaded = lexiconIndex("kind-cues", () => loadKindCues());

/** Per cue list: the first and the last word of each of its cues. */
const edgeWordsOf = new WeakMap<ReadonlyMap<string, unknown> | ReadonlySet<string>, { first: Set<string>; last: Set<string> }>();

/**
 * Whether a cue of the list could end (or start) the run: its edge word (lower-cased, up to a space inside it) is
 * some cue's edge word. Most runs fail this one set lookup, so no text is built for them (issue 9).
 */
export function mayMatchCue(cues: ReadonlyMap<string, unknown> | ReadonlySet<string>, words: string[], atEnd: boolean): boolean {
  if (!words.length) return false;
  let edges = edgeWordsOf.get(cues);
  if (!edges) {
    edges = { first: new Set(), last: new Set() };
    for (const cue of cues.keys()) {
      const space = cue.indexOf(" ");
      edges.first.add(space < 0 ? cue : cue.slice(0, space));
      edges.last.add(cue.slice(cue.lastIndexOf(" ") + 1));
    }
    edgeWordsOf.set(cues, edges);
  }
  const word = (atEnd ? words[words.length - 1] : words[0]).toLowerCase();
  if (atEnd) return edges.last.has(word.slice(word.lastIndexOf(" ") + 1));
  const space = word.indexOf(" ");
  return edges.first.has(space < 0 ? word : word.slice(0, space));
}

/** The longest run of words at the end (or start) of words that is a cue of the section, up to four words. */
function longestCue(section: CueSection, words: string[], atEnd: boolean): EntityKind | undefined {
  const map = loaded()[section];
  if (!mayMatchCue(map, words, atEnd)) return undefined;
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const run = (atEnd ? words.slice(-n) : words.slice(0, n)).join(" ").toLowerCase();
    const kind = map.get(run);
    if (kind) return kind;
  }
  return undefined;
}

/** The kind a name's own last words signal: ["Ramstein", "Air", "Base"] → Location; ["Korean", "War"] → Event. */
export const headKind = (nameWords: string[]): EntityKind | undefined => longestCue("heads", nameWords, true);

/** The kind of a name followed by this company-form word, as written: "Inc" → Company. */
export const suffixKind = (word: string): EntityKind | undefined => loaded().suffixes.get(word);

/** The kind of a name whose head follows an ordinal ("20th", "Third"): ["Party", "Congress"] → Event. */
export const ordinalHeadKind = (nameWords: string[]): EntityKind | undefined => longestCue("ordinalHeads", nameWords, true);

/** The longest run of words at the end (or start) of words that is one of the cues: its length, or 0. */
function longestIn(cues: Set<string>, words: string[], atEnd: boolean): number {
  if (!mayMatchCue(cues, words, atEnd)) return 0;
  for (let n = Math.min(4, words.length); n >= 1; n--) if (cues.has((atEnd ? words.slice(-n) : words.slice(0, n)).join(" ").toLowerCase())) return n;
  return 0;
}

/** Whether these words before a name make it a title of a work or product: ["the", "film"] ("the film Sideways"). */
export const isWorkBefore = (preceding: string[]): boolean => longestIn(loaded().works.before, preceding, true) > 0;

/** Whether these words after a name make it a title of a work or product: ["programme"], [",", "starring"], ["consoles"]. */
export const isWorkAfter = (following: string[]): boolean => longestIn(loaded().works.after, following, false) > 0;

/** The kind of a name followed by these words: ["missile", "launch"] → Weapon; ["region"] → Location. */
export const kindAfter = (following: string[]): EntityKind | undefined => longestCue("after", following, false);

/** Whether some cue of kindAfter opens with this word: where none does, no run of words after a name from here is one. */
export const mayOpenAfterCue = (word: string): boolean => mayMatchCue(loaded().after, [word], false);

/** The kind of a name preceded by these words: ["in", "the", "state", "of"] → Location. */
export const kindBefore = (preceding: string[]): EntityKind | undefined => longestCue("before", preceding, true);

/** A place joined to a cue by a hyphen: "Washington-based" → Washington, Location. */
export function hyphenCue(token: string): { name: string; kind: EntityKind } | undefined {
  for (const [suffix, kind] of loaded().hyphenSuffixes) if (token.toLowerCase().endsWith(suffix) && token.length > suffix.length) return { name: token.slice(0, -suffix.length), kind };
  return undefined;
}

/** What a single word signals as a name's head and as the noun after a name: "plant" → Location both; "missile" → Weapon both; "daily" → Organization both. */
export function kindCue(word: string): { head?: EntityKind; after?: EntityKind } {
  const w = word.toLowerCase();
  const head = loaded().heads.get(w) ?? loaded().suffixes.get(word);
  const after = loaded().after.get(w);
  return { ...(head ? { head } : {}), ...(after ? { after } : {}) };
}

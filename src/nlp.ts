// Tokens: words of a sentence with part of speech, lemma and offsets, from
// wink-nlp's English model (fast, offline, no network at run time).
import winkNLP from "wink-nlp";
import { fastModel } from "./nlp-model";
import contractionsLexicon from "../lexicons/contractions.json";
import type { Sentence } from "./sentences";
import { entry, fields, list, shaped, type At } from "./lexicon-check";
import { BEYOND_LATIN1, foldLetters } from "./names";

export interface Token {
  /** Position in the sentence's token list. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
}

/** Checks lexicons/contractions.json: a list of lower-case words ending in 's. */
export function readContractions(lexicon: unknown, file = "lexicons/contractions.json"): Set<string> {
  const at: At = { file, path: "" };
  const { contractions } = fields(lexicon, at, ["contractions"]);
  return new Set(list(contractions, entry(at, "contractions"), (v, wordAt) => shaped(v, wordAt, /^[a-z]+'s$/, `a lower-case word ending in 's, such as "it's"`)));
}

const CONTRACTIONS = readContractions(contractionsLexicon);

// Only the tagger: wink's sentence splitting, entities, negation and sentiment do not change
// tokens, tags or lemmas (checked on the BBC corpus), and they cost half of readDoc.
let engine: ReturnType<typeof winkNLP> | undefined;
const nlp = () => (engine ??= winkNLP(fastModel(), ["pos"]));

// Lemmas by tag, then word, lower-cased. Outside contractions wink's lemma depends on nothing
// else, and lemmatising every token was a quarter of the tagging time.
const lemmaCache = new Map<string, Map<string, string>>();

/** wink's reading of a text: each token's surface, tag and contraction flag, and its lemma on demand. */
interface WinkTokens {
  values: string[];
  pos: string[];
  /** Lower-case lemma of token i. */
  lemmaOf(i: number): string;
}

// wink's tokenizer cuts words at letters beyond Latin-1 ("Nausėda" → "Naus ė da", "Erdoğan",
// "Radosław"), so Central European and Turkish names broke in pieces. It reads a copy with each
// such letter folded (see foldLetters); the tokens keep the original spelling.
/** wink's token values read on the folded copy, put back in the text's own spelling. */
function unfoldValues(text: string, folded: string, values: string[]): string[] {
  if (folded === text) return values;
  let cursor = 0;
  return values.map((v) => {
    const at = folded.indexOf(v, cursor);
    if (at < 0) return v;
    cursor = at + v.length;
    return text.slice(at, cursor);
  });
}

function readTokens(text: string): WinkTokens {
  const n = nlp();
  const its = n.its;
  const folded = foldLetters(text);
  const tokens = n.readDoc(folded).tokens();
  const values = unfoldValues(text, folded, tokens.out(its.value) as string[]);
  const pos = tokens.out(its.pos) as string[];
  const contracted = tokens.out(its.contractionFlag) as unknown as boolean[];
  // wink's typings do not cover the lemma helper's signature; it returns one string per token.
  // (wink has no lemma for a few tokens: the word itself stands in.)
  const winkLemma = (i: number) => (tokens.itemAt(i).out(its.lemma as unknown as typeof its.value) as string | undefined) ?? values[i];
  // A word with a folded letter is a name: its lemma is the word in its own spelling.
  const wink = (i: number) => (BEYOND_LATIN1.test(values[i]) ? values[i] : winkLemma(i)).toLowerCase();
  const lemmaOf = (i: number): string => {
    if (contracted[i]) return wink(i);
    let byWord = lemmaCache.get(pos[i]);
    if (!byWord) lemmaCache.set(pos[i], (byWord = new Map()));
    let lemma = byWord.get(values[i]);
    if (lemma === undefined) byWord.set(values[i], (lemma = wink(i)));
    return lemma;
  };
  return { values, pos, lemmaOf };
}

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const SMALL_S = 115;

/** Length of the name before a possessive 's ("Foster's" → 6), or 0 when the token is not one. */
function possessiveStem(text: string): number {
  const n = text.length;
  // At least two letters before it: "I's" and the like are not possessives.
  if (n < 4 || text.charCodeAt(n - 1) !== SMALL_S) return 0;
  const mark = text.charCodeAt(n - 2);
  if (mark !== APOSTROPHE && mark !== CURLY_APOSTROPHE) return 0;
  return CONTRACTIONS.has(text.toLowerCase().replace("’", "'")) ? 0 : n - 2;
}

/** Appends wink's token i, found at offset at of the sentence, to out. */
function pushToken(out: Token[], wink: WinkTokens, i: number, at: number) {
  const text = wink.values[i];
  const tag = wink.pos[i] ?? "X";
  // wink's token cache learns words such as "Foster's" whole once it has seen them, so the same
  // sentence would tokenise differently depending on what came before: split possessives ourselves.
  const stem = possessiveStem(text);
  if (stem) {
    const name = text.slice(0, stem);
    const mark = text.slice(stem);
    out.push({ i: out.length, text: name, lower: name.toLowerCase(), lemma: name.toLowerCase(), pos: tag, start: at, end: at + stem });
    out.push({ i: out.length, text: mark, lower: mark.toLowerCase(), lemma: mark.toLowerCase(), pos: "PART", start: at + stem, end: at + text.length });
    return;
  }
  if (joinInitials(out, text, at) || splitAcronymCompound(out, text, at)) return;
  out.push({ i: out.length, text, lower: text.toLowerCase(), lemma: wink.lemmaOf(i), pos: tag, start: at, end: at + text.length });
}

const ACRONYM_COMPOUND = /^([A-Z]{2,})-([a-z]+)$/;
const PARTICIPLE_END = /(?:ed|en|run|led|held|built|made)$/;

/**
 * wink keeps "UN-backed", "UN-patrolled" whole (it reads "un-" as a prefix) while it cuts "US-led" and "EU-funded"
 * into name, hyphen and word: cut an acronym's compound the same way, so the name is found. Returns whether it did.
 */
function splitAcronymCompound(out: Token[], text: string, at: number): boolean {
  const parts = ACRONYM_COMPOUND.exec(text);
  if (!parts) return false;
  const [, name, word] = parts;
  const w = at + name.length + 1;
  out.push({ i: out.length, text: name, lower: name.toLowerCase(), lemma: name.toLowerCase(), pos: "PROPN", start: at, end: at + name.length });
  out.push({ i: out.length, text: "-", lower: "-", lemma: "-", pos: "PUNCT", start: w - 1, end: w });
  out.push({ i: out.length, text: word, lower: word, lemma: word, pos: PARTICIPLE_END.test(word) ? "VERB" : "ADJ", start: w, end: w + word.length });
  return true;
}

const FULL_STOP = 46;

/**
 * After a hyphen wink cuts "U.S." into "U", ".", "S." ("the Japan-U.S. alliance"): a capital's "X." glued to a lone
 * capital and a full stop joins them back into one initialism. Returns whether it did.
 */
function joinInitials(out: Token[], text: string, at: number): boolean {
  if (text.length !== 2 || text.charCodeAt(1) !== FULL_STOP || out.length < 2) return false;
  const [letter, stop] = [out[out.length - 2], out[out.length - 1]];
  if (stop.text !== "." || stop.end !== at || letter.end !== stop.start || letter.text.length !== 1) return false;
  if (!isCapital(letter.text) || !isCapital(text[0])) return false;
  const whole = letter.text + "." + text;
  out.splice(out.length - 2, 2, { i: letter.i, text: whole, lower: whole.toLowerCase(), lemma: whole.toLowerCase(), pos: "PROPN", start: letter.start, end: at + 2 });
  return true;
}

const isCapital = (ch: string) => ch >= "A" && ch <= "Z";

/** Tokenises and tags one sentence on its own. */
export function tokenize(sentence: string): Token[] {
  const wink = readTokens(sentence);
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < wink.values.length; i++) {
    let at = sentence.indexOf(wink.values[i], cursor);
    if (at < 0) at = cursor;
    cursor = at + wink.values[i].length;
    pushToken(out, wink, i, at);
  }
  return out;
}

const SPACE = 32;

/** Whether text[from, to) is white space only (as trim() sees it, like the sentence splitter). */
function isBlank(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === SPACE) return true;
  return text.slice(from, to).trim() === "";
}

/**
 * Where wink's tokens of a text fall in its sentences (as splitSentences cuts them, in order):
 * per sentence, its tokens as [index in values, offset in the sentence] pairs, flat; or null
 * for a sentence they do not tile, to be read on its own. Consecutive tokens may have only
 * white space between them, and a token may not cross a sentence's edge; a token between
 * sentences (wink makes line breaks tokens) belongs to none.
 */
export function placeTokens(text: string, sentences: readonly Sentence[], values: readonly string[]): (number[] | null)[] {
  const placed: (number[] | null)[] = sentences.map(() => []);
  let si = 0;
  // The sentences that overlap text[from, to), which the tokens do not account for.
  const unplaced = (from: number, to: number) => {
    for (let k = si; k < sentences.length && sentences[k].start < to; k++) if (sentences[k].end > from) placed[k] = null;
  };
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i], cursor);
    if (at < 0) break;
    if (at > cursor && !isBlank(text, cursor, at)) unplaced(cursor, at);
    cursor = at + values[i].length;
    while (si < sentences.length && at >= sentences[si].end) si++;
    if (si === sentences.length) break;
    const s = sentences[si];
    // Between sentences (a line break): in none of them, unless it runs into the next.
    if (at < s.start) {
      if (cursor > s.start) unplaced(at, cursor);
      continue;
    }
    if (cursor > s.end) unplaced(at, cursor);
    placed[si]?.push(i, at - s.start);
  }
  if (cursor < text.length && !isBlank(text, cursor, text.length)) unplaced(cursor, text.length);
  return placed;
}

/**
 * Tokens of each sentence of a text (sentences as splitSentences cuts them, in order), tagged
 * in one pass over the whole text: one readDoc per article instead of one per sentence, with
 * the same tokens, tags and lemmas as tokenize() gives each sentence alone (checked on every
 * BBC sentence). A sentence wink's tokens do not tile (see placeTokens) is read alone.
 */
export function tokenizeSentences(text: string, sentences: readonly Sentence[]): Token[][] {
  const wink = readTokens(text);
  return placeTokens(text, sentences, wink.values).map((pairs, k) => {
    if (!pairs) return tokenize(sentences[k].text);
    const out: Token[] = [];
    for (let p = 0; p < pairs.length; p += 2) pushToken(out, wink, pairs[p], pairs[p + 1]);
    return out;
  });
}

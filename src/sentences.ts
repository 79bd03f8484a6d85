// Sentences: the cleaned text cut into sentences with their offsets, so that
// every relation can point at the exact words that state it.

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof gen col lt sgt capt adm gov sen rep st jr sr vs etc inc ltd co corp no fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u n int’l int'l approx est dept univ mt ft".split(" "),
);

/** Splits text into sentences: paragraphs first (a line break always ends one), then on sentence-final punctuation. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const para = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = para.exec(text))) {
    const base = m.index;
    const line = m[0];
    let from = 0;
    // A closing double quote may run into the next sentence in scraped text: "… of history.”Since …".
    const end = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])|[.!?…]+["”](?=\p{Lu}\p{Ll})/gu;
    let e: RegExpExecArray | null;
    while ((e = end.exec(line))) {
      const before = line.slice(from, e.index);
      const lastWord = lastWordOf(before).toLowerCase();
      // "U.S." or "Mr." or a single initial ("Donald J. Trump") is not an end.
      if (e[0] === "." && (ABBREVIATIONS.has(lastWord.replace(/\.$/, "")) || /^\p{L}$/u.test(lastWord) || /\.\p{L}$/u.test(lastWord))) continue;
      push(out, line, base, from, e.index + e[0].length);
      from = e.index + e[0].length;
    }
    push(out, line, base, from, line.length);
  }
  return out;
}

const WORD_CHAR = /^[\p{L}.’']$/u;

/**
 * The letters, full stops and apostrophes that end the text ("Mr", "U.S"; "" when none), read
 * backwards from its end: what /[\p{L}.’']+$/u finds, without trying the pattern at every
 * position of the sentence first (it was a run of the sentence splitter's time).
 */
export function lastWordOf(text: string): string {
  let i = text.length;
  while (i > 0) {
    // A letter outside the Basic Multilingual Plane is two UTF-16 units.
    const pair = i > 1 && isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2));
    const ch = pair ? text.slice(i - 2, i) : text[i - 1];
    if (!WORD_CHAR.test(ch)) break;
    i -= ch.length;
  }
  return text.slice(i);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function push(out: Sentence[], line: string, base: number, from: number, to: number) {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  const start = base + from + lead;
  out.push({ index: out.length, text, start, end: start + text.length });
}

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
      const lastWord = (before.match(/([\p{L}.’']+)$/u)?.[1] ?? "").toLowerCase();
      // "U.S." or "Mr." or a single initial ("Donald J. Trump") is not an end.
      if (e[0] === "." && (ABBREVIATIONS.has(lastWord.replace(/\.$/, "")) || /^\p{L}$/u.test(lastWord) || /\.\p{L}$/u.test(lastWord))) continue;
      push(out, line, base, from, e.index + e[0].length);
      from = e.index + e[0].length;
    }
    push(out, line, base, from, line.length);
  }
  return out;
}

function push(out: Sentence[], line: string, base: number, from: number, to: number) {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  const start = base + from + lead;
  out.push({ index: out.length, text, start, end: start + text.length });
}

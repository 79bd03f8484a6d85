// Tokens: words of a sentence with part of speech, lemma and offsets, from
// wink-nlp's English model (fast, offline, no network at run time).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

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

const CONTRACTIONS = new Set(["it's", "he's", "she's", "that's", "what's", "there's", "here's", "who's", "let's", "where's", "how's", "one's"]);

let engine: ReturnType<typeof winkNLP> | undefined;
const nlp = () => (engine ??= winkNLP(model));

/** Tokenises and tags one sentence. */
export function tokenize(sentence: string): Token[] {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(sentence);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  // wink's typings do not cover the lemma helper's signature; it returns one string per token.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[] = [];
  let cursor = 0;
  const push = (text: string, lemma: string, tag: string, at: number) =>
    out.push({ i: out.length, text, lower: text.toLowerCase(), lemma: lemma.toLowerCase(), pos: tag, start: at, end: at + text.length });
  for (let i = 0; i < values.length; i++) {
    const text = values[i];
    let at = sentence.indexOf(text, cursor);
    if (at < 0) at = cursor;
    cursor = at + text.length;
    // wink's token cache learns words such as "Foster's" whole once it has seen them, so the same
    // sentence would tokenise differently depending on what came before: split possessives ourselves.
    const poss = text.match(/^(.+?)(['’]s)$/);
    if (poss && poss[1].length > 1 && !CONTRACTIONS.has(text.toLowerCase().replace("’", "'"))) {
      push(poss[1], poss[1], pos[i] ?? "X", at);
      push(poss[2], poss[2], "PART", at + poss[1].length);
      continue;
    }
    push(text, lemmas[i] ?? text, pos[i] ?? "X", at);
  }
  return out;
}

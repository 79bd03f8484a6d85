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
  for (let i = 0; i < values.length; i++) {
    const text = values[i];
    let at = sentence.indexOf(text, cursor);
    if (at < 0) at = cursor;
    out.push({ i, text, lower: text.toLowerCase(), lemma: (lemmas[i] ?? text).toLowerCase(), pos: pos[i] ?? "X", start: at, end: at + text.length });
    cursor = at + text.length;
  }
  return out;
}

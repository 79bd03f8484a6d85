// Tokens: words of a sentence with part of speech, lemma and offsets, from
// wink-nlp's English model (fast, offline, no network at run time).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import contractionsLexicon from "../lexicons/contractions.json";

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
  const list = (lexicon as { contractions?: unknown } | null)?.contractions;
  if (!Array.isArray(list)) throw new Error(`${file}: "contractions" must be a list of words such as "it's"`);
  for (const [i, word] of list.entries()) {
    if (typeof word !== "string" || !/^[a-z]+'s$/.test(word)) throw new Error(`${file}: contractions[${i}] (${JSON.stringify(word)}) must be a lower-case word ending in 's, such as "it's"`);
  }
  return new Set(list as string[]);
}

const CONTRACTIONS = readContractions(contractionsLexicon);

// Only the tagger: wink's sentence splitting, entities, negation and sentiment do not change
// tokens, tags or lemmas (checked on the BBC corpus), and they cost half of readDoc.
let engine: ReturnType<typeof winkNLP> | undefined;
const nlp = () => (engine ??= winkNLP(model, ["pos"]));

// Lemmas by tag, then word. Outside contractions wink's lemma depends on nothing else, and
// lemmatising every token was a quarter of the tagging time.
const lemmaCache = new Map<string, Map<string, string>>();

/** Tokenises and tags one sentence. */
export function tokenize(sentence: string): Token[] {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(sentence);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const contracted = tokens.out(its.contractionFlag) as unknown as boolean[];
  // wink's typings do not cover the lemma helper's signature; it returns one string per token.
  // (wink has no lemma for a few tokens: the word itself stands in.)
  const lemmaOf = (i: number): string => {
    const wink = () => (tokens.itemAt(i).out(its.lemma as unknown as typeof its.value) as string | undefined) ?? values[i];
    if (contracted[i]) return wink();
    let byWord = lemmaCache.get(pos[i]);
    if (!byWord) lemmaCache.set(pos[i], (byWord = new Map()));
    let lemma = byWord.get(values[i]);
    if (lemma === undefined) byWord.set(values[i], (lemma = wink()));
    return lemma;
  };
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
    push(text, lemmaOf(i), pos[i] ?? "X", at);
  }
  return out;
}

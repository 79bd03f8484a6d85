// Name keys: two surface forms name the same thing when their keys are equal
// ("Kim Jong-Un" and "Kim Jong Un", "the Kremlin" and "Kremlin").

const keyCache = new Map<string, string>();

/** Letters beyond Latin-1 (Latin Extended): "ė", "ł", "ğ", "š". */
export const BEYOND_LATIN1 = /[\u0100-\u024F\u1E00-\u1EFF]/u;
const BEYOND_LATIN1_ALL = /[\u0100-\u024F\u1E00-\u1EFF]/gu;
const UNDECOMPOSED: Record<string, string> = { ł: "l", Ł: "L", ı: "i", đ: "d", Đ: "D", ħ: "h", Ħ: "H", ŧ: "t", Ŧ: "T", ŋ: "n", Ŋ: "N", œ: "o", Œ: "O", ĳ: "i", Ĳ: "I", ſ: "s" };

/** The text with every letter beyond Latin-1 replaced by its base letter, one unit for one. */
export function foldLetters(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text;
  return text.replace(BEYOND_LATIN1_ALL, (c) => {
    const base = UNDECOMPOSED[c] ?? c.normalize("NFD")[0];
    return base.length === 1 && base.charCodeAt(0) < 0x100 ? base : "e";
  });
}

export function nameKey(name: string): string {
  let k = keyCache.get(name);
  if (k === undefined) {
    k = computeKey(name);
    // Bounded: a long build sees many names once; forget them all rather than grow without end.
    if (keyCache.size > 200000) keyCache.clear();
    keyCache.set(name, k);
  }
  return k;
}

/** A name of ASCII letters and single spaces: most names, and most of the lexicons' tens of thousands. */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

function computeKey(name: string): string {
  // For a plain name the rules below only lower the case and drop a leading "the": done without the chain of replacements.
  if (PLAIN_NAME.test(name)) {
    const lower = name.toLowerCase();
    return lower.startsWith("the ") ? lower.slice(4) : lower;
  }
  return keyByRules(name);
}

// The country and union initials opening a body's name key as written without dots ("U.S. Central Command" is
// "US Central Command", "the U.N. Security Council" the "UN Security Council"). Only these: a person's dotted
// initials ("J.D. Vance", "C. P. Thakur") keep their words, as the lexicons key them.
const OPENING_INITIALS = /^((?:[Tt]he )?)(U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.|U\.A\.E\.)(?=\s|$)/;
const DOTS = /\./g;

/** The name key by every rule; exported for the test that the plain-name shortcut agrees with it. */
export function keyByRules(name: string): string {
  return foldLetters(name)
    .replace(OPENING_INITIALS, (_, the: string, initials: string) => the + initials.replace(DOTS, ""))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s$/g, "")
    .replace(/[-\u2010-\u2015'.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** A stable node key: the slug of the canonical name. */
export function slug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’]/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "entity"
  );
}

const tokensCache = new Map<string, readonly string[]>();

/** The words of a name's key, memoised: grouping asks for them for every pair of mention and entity. Read-only, since shared. */
export function nameTokens(name: string): readonly string[] {
  let words = tokensCache.get(name);
  if (words === undefined) {
    words = Object.freeze(nameKey(name).split(" ").filter(Boolean));
    if (tokensCache.size > 200000) tokensCache.clear();
    tokensCache.set(name, words);
  }
  return words;
}

// Runs of name tokens: capitalised words joined over hyphens, name particles,
// and over "of"/"for" once a head word has been seen ("Bank of England").
import type { SentenceView } from "./types";
import { matchAt } from "../gazetteer";
import { NAME_PARTICLES, NOT_NAMES } from "./lexicon";
import { ALL_TITLES } from "./titles";
import { glued, isCap } from "./tokens";
import { headKind } from "./classification";

/** A run of name tokens from i (capitalised words, hyphenated parts, particles): its end. */
export function nameRunEnd(s: SentenceView, i: number, allowConnectors: boolean): number {
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

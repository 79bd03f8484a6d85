// Page furniture that looks like story text: photo captions and credits,
// title-case headline lists, teasers of other stories, section labels.
// The cues are data (lexicons/boilerplate.json); these are the tests on a line.
import { CUES } from "./cues";

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A headline in title case ("Leaders Agree To Meet Next Week"): three or more capitalised words and no
 * lower-case word other than the small words title case leaves alone. A sentence of prose always has one
 * (a verb, a common noun), however many names it holds.
 */
export function isTitleCase(line: string): boolean {
  let capitals = 0;
  // Word by word, so that prose is rejected at its first lower-case word (without splitting the rest of the line).
  for (const [token] of line.matchAll(/\S+/g)) {
    const first = token.match(/[\p{L}\p{N}]/u)?.[0];
    if (first === undefined || /\p{N}/u.test(first)) continue;
    if (first !== first.toLowerCase()) capitals++;
    else if (!CUES.smallWords.has(token.replace(EDGE_PUNCTUATION, "").toLowerCase())) return false;
  }
  // A line in capitals throughout is a shouted sentence or a label, not a title-case headline.
  return capitals >= 3 && /\p{Ll}/u.test(line);
}

/** A credit is short: only the line's tail is searched, which keeps the test fast on long paragraphs. */
const CREDIT_TAIL = 160;

/** A photo caption: it opens like one ("Item 1 of 5", "[1/5]") or ends with a photo credit. */
export function isCaption(line: string): boolean {
  return CUES.captionStart.test(line) || CUES.captionEnd.test(line.slice(-CREDIT_TAIL));
}

/** A line that introduces another story's teaser: a relative time ("World · February 23, 2026 · 2 mins ago"). */
export function isTeaserMeta(line: string): boolean {
  return CUES.teaserMeta.test(line);
}

/** Puts a caption whose credit is glued to the next paragraph ("…2019. (Korea Herald DB)North Korea…") on its own line. */
export function splitGluedCredits(text: string): string {
  return text.replace(CUES.gluedCredit, "$1\n");
}

/** Cuts a capitalised section label from the start of a paragraph ("EXCLUSIVE: …", "ANALYSIS-…", "World News | …"). */
export function stripSectionLabel(line: string): string {
  const label = line.match(CUES.sectionLabel);
  if (!label) return line;
  const word = label[0].replace(/[\s:|–—-]+$/, "");
  // "Politics: the vote…" in prose keeps its word unless it is set apart as a label: in capitals or before a colon or bar.
  const setApart = word === word.toUpperCase() || /[:|]/.test(label[0]);
  return setApart ? line.slice(label[0].length) : line;
}

// Clean: normalise scraped text and strip the page's boilerplate (menus,
// headline lists, bylines, footers, related-article teasers) so that only
// the story's own body reaches entity and relation extraction.
import { parsePublicationDate } from "../dates";
import type { RawDoc } from "../ingest";
import { CUES } from "./cues";
import { isCaption, isTeaserMeta, isTitleCase, splitGluedCredits, stripSectionLabel } from "./furniture";
import { joinRunOnLines, reflowWrapped } from "./reflow";
import { normalizeText } from "./text";

export { decodeEntities, normalizeText } from "./text";

export interface CleanDoc {
  id: string;
  path: string;
  title: string;
  date?: string;
  source?: string;
  url?: string;
  /** The story's body: paragraphs separated by a blank line. Evidence offsets point into it. */
  text: string;
  /** Lines removed as boilerplate, for inspection and tests. */
  removed: string[];
}

const STOP = CUES.stop;
const DROP = CUES.drop;

/** A word: a run of non-space characters with a letter or digit in it. */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;
const words = (line: string) => line.match(WORD)?.length ?? 0;
const endsSentence = (line: string) => /[.!?…]["'”’)\]]*$/.test(line);

/** A paragraph of the story: a real sentence, long enough not to be a menu item or a teaser headline. */
function isProse(line: string, n: number): boolean {
  if (isTitleCase(line)) return false;
  // "The following statement was issued by the Spokesperson for …:": a lead-in sentence ends with a colon.
  return (n >= 15 && /[.!?]["'”’)]*(\s|$)/.test(line)) || (n >= 8 && /[.!:]["'”’)\]]*$/.test(line) && /[a-z]/.test(line));
}

/** Lines that stand in a run of three or more short lines with no blank line between: a menu or headline list, but for its sentences of prose. */
function listRuns(lines: string[], wordCounts: number[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const short = i < lines.length && lines[i] !== "" && wordCounts[i] < 15;
    if (short) continue;
    if (i - start >= 3) for (let j = start; j < i; j++) out.add(j);
    start = i + 1;
  }
  return out;
}

/** A short line that carries only a date (and perhaps a time or "Updated"). */
function isDateLine(line: string, n = words(line)): boolean {
  return n <= 8 && parsePublicationDate(line) !== undefined;
}

/** What the page says about itself, and the story's lines as they are kept. */
interface Draft {
  title: string;
  date?: string;
  source?: string;
  body: string[];
  removed: string[];
  /** Past a stop line: the rest is teasers, comments and footers. */
  stopped: boolean;
  /** After a teaser's meta line: the next paragraph is that other story's. */
  teaser: boolean;
  /** Inside a teaser block that stands within the story ("Related" and its headlines), until a blank line. */
  inBlock: boolean;
}

/** Where the story stands on the page. */
interface Survey {
  /** Each line's words and whether it is prose, counted and judged once. */
  words: number[];
  prose: boolean[];
  firstProse: number;
  lastProse: number;
  inList: Set<number>;
}

/** The page's lines, normalised, glued captions split off and hard-wrapped paragraphs reflowed. */
function pageLines(text: string): string[] {
  return reflowWrapped(splitGluedCredits(normalizeText(text))).split("\n").map((l) => l.trim());
}

function survey(lines: string[]): Survey {
  const counts = lines.map(words);
  const prose = lines.map((l, i) => isProse(l, counts[i]));
  let firstProse = prose.findIndex((p, i) => p && counts[i] >= 15);
  // "The following statement was issued today by …:": a lead-in ending with a colon right before the story opens it.
  let lead = firstProse - 1;
  while (lead >= 0 && lines[lead] === "") lead--;
  if (lead >= 0 && prose[lead] && lines[lead].endsWith(":")) firstProse = lead;
  return { words: counts, prose, firstProse, lastProse: prose.lastIndexOf(true), inList: listRuns(lines, counts) };
}

/** A copyright line names the publisher: "© 2025 Editorji Technologies Pvt. Ltd." */
function copyrightHolder(line: string): string | undefined {
  const m = line.match(/(?:copyright\s*)?©\s*(?:\d{4}\s*)?([^.|,]+?)(?:\s+(?:pvt|ltd|inc|llc|limited)\b|[.|,]|\s+\d{4}|$)/i);
  return m ? m[1].replace(/\b(technologies|media|group|news)\b.*$/i, "").trim() : undefined;
}

/** Lines before the story: the page's headline, menus, section labels and bylines. Only the headline is kept, as the title. */
function readHeader(d: Draft, line: string, n: number): void {
  d.removed.push(line);
  // "Talks end with a prisoner swap | Reuters": the publisher after a bar leaves the title and names the source.
  const [, headline, publisher] = line.match(/^([^|]{20,}?)\s+\|\s+([^|]{2,40})$/) ?? [];
  if (!d.title && publisher && words(headline) >= 4 && words(publisher) <= 4 && !DROP.test(headline)) {
    d.title = headline;
    d.source ??= publisher;
    return;
  }
  // The headline: the first line of some length that is not a menu ("World | Politics"), a bullet or a byline.
  if (!d.title && n >= 4 && !DROP.test(line) && !/^[•\-*·]/.test(line) && !/\s[|•·]\s/.test(line) && !/^by\s/i.test(line)) d.title = line;
}

/** Whether a line inside the story's span is furniture rather than story. */
function isBodyFurniture(line: string, prose: boolean, inList: boolean, n: number): boolean {
  // Prose is never title case (isProse asked already). A run of short lines is a list unless the line is a sentence
  // of prose: plain-text exports write short paragraphs one a line, with no blank line between.
  if (DROP.test(line) || (inList && !prose) || (!prose && isTitleCase(line)) || isCaption(line)) return true;
  return !prose && !(n >= 5 && endsSentence(line));
}

/**
 * Whether the story goes on after the teaser block a label opens at line i: the block runs to the next blank
 * line, and two paragraphs of prose follow it. Another story's teasers are headlines with one line of summary each.
 */
function storyResumes(page: Survey, lines: string[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j] !== "") j++;
  let paragraphs = 0;
  for (; j < lines.length && paragraphs < 2; j++) if (page.prose[j] && page.words[j] >= 15) paragraphs++;
  return paragraphs >= 2;
}

/** Judges one line of the page: story, furniture, or a cue to the title, date or publisher. */
function readLine(d: Draft, page: Survey, lines: string[], i: number): void {
  const line = lines[i];
  if (d.stopped || d.inBlock) return void d.removed.push(line);
  const prose = page.prose[i];
  const n = page.words[i];
  if (isDateLine(line, n)) {
    d.date ??= parsePublicationDate(line);
    return void d.removed.push(line);
  }
  const holder = copyrightHolder(line);
  if (holder !== undefined && !prose) {
    d.source ??= holder || undefined;
    return void d.removed.push(line);
  }
  if (i < page.firstProse || page.firstProse < 0) return readHeader(d, line, n);
  if (STOP.test(line.replace(/[:.]$/, "")) && !prose) {
    if (CUES.inlineTeaser.test(line.replace(/[:.]$/, "")) && storyResumes(page, lines, i)) d.inBlock = true;
    else d.stopped = true;
    return void d.removed.push(line);
  }
  if (isTeaserMeta(line) && !prose) {
    d.teaser = true;
    return void d.removed.push(line);
  }
  if (isBodyFurniture(line, prose, page.inList.has(i), n)) {
    // A lone word or brand after the story is usually the publisher's name.
    if (i > page.lastProse && n === 1 && /^[A-Z][\w.-]+$/.test(line) && !DROP.test(line)) d.source ??= line;
    return void d.removed.push(line);
  }
  if (d.teaser) {
    d.teaser = false;
    return void d.removed.push(line);
  }
  // "KYIV, Nov 3 (Reuters) -": a wire dateline names the agency.
  const wire = d.body.length === 0 ? line.match(/^[\p{Lu}][\p{Lu} .,'-]+(?:,[^()]{0,20})?\(([A-Z][\w .&-]{1,30})\)\s*[-–—]/u) : null;
  if (wire) d.source ??= wire[1];
  d.body.push(stripSectionLabel(line).replace(CUES.paragraphCredit, ""));
}

/**
 * A document with no paragraph long enough to find the story by (one sentence, a short JSON text, a
 * press release of short lines) is still an article: every line that reads as a sentence is kept.
 * JSON and feed items name their text as the article's, so a line needs no closing full stop there.
 */
function rescueShortArticle(d: Draft, lines: string[], format: RawDoc["format"]): void {
  const declared = format === "json" || format === "feed";
  const furniture = (l: string) => DROP.test(l) || STOP.test(l) || isCaption(l) || isDateLine(l) || isTeaserMeta(l) || copyrightHolder(l) !== undefined;
  // In a page, a sentence has three words or more, is not a title-case headline, and ends like a sentence.
  const sentence = (l: string) => words(l) >= 3 && !isTitleCase(l) && endsSentence(l);
  const kept = joinRunOnLines(lines).filter((l) => l && !furniture(l) && (declared || sentence(l)));
  // A headline taken as title stays out of the body, unless it is the article's only sentence.
  d.body = !declared && kept.length > 1 ? kept.filter((l) => l !== d.title || endsSentence(l)) : kept;
  d.removed = d.removed.filter((l) => !d.body.includes(l));
}

/** Splits raw text into title, date, source and the story body. */
export function cleanDocument(raw: RawDoc): CleanDoc {
  const lines = pageLines(raw.text);
  const d: Draft = {
    title: raw.title ? normalizeText(raw.title).trim() : "",
    date: raw.date ? parsePublicationDate(raw.date) : undefined,
    source: raw.source,
    body: [],
    removed: [],
    stopped: false,
    teaser: false,
    inBlock: false,
  };
  const page = survey(lines);
  lines.forEach((line, i) => {
    if (line) readLine(d, page, lines, i);
    else d.inBlock = false;
  });
  if (d.body.length === 0) rescueShortArticle(d, lines, raw.format);
  const text = d.body.join("\n\n");
  const title = d.title || firstSentence(text) || raw.id;
  return { id: raw.id, path: raw.path, title, date: d.date, source: d.source, url: raw.url, text, removed: d.removed };
}

/**
 * The text read for facts: the headline as the story's first paragraph, then the body; `bodyStart` is where the body
 * begins. A headline states facts ("Ukraine, Russia end talks with agreement on prisoner swap") that the body may only
 * imply; a title-case headline ("Leaders Agree To Meet") would read as a run of names, so it is left out, and so is one
 * the body already opens with.
 */
export function storyText(doc: Pick<CleanDoc, "title" | "text">): { text: string; bodyStart: number } {
  const title = doc.title.trim();
  const readable = words(title) >= 3 && !isTitleCase(title) && title !== title.toUpperCase() && !doc.text.startsWith(title);
  return readable ? { text: `${title}\n\n${doc.text}`, bodyStart: title.length + 2 } : { text: doc.text, bodyStart: 0 };
}

function firstSentence(text: string): string {
  const m = text.match(/^[\s\S]{10,}?[.!?](?=\s|$)/);
  const s = (m ? m[0] : text).replace(/\s+/g, " ").trim();
  return s.length > 120 ? `${s.slice(0, 117).replace(/\s+\S*$/, "")}…` : s;
}

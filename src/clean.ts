// Clean: normalise scraped text and strip the page's boilerplate (menus,
// headline lists, bylines, footers, related-article teasers) so that only
// the story's own body reaches entity and relation extraction.
import { parsePublicationDate } from "./dates";
import type { RawDoc } from "./ingest";
import cues from "../lexicons/boilerplate.json";

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

const STOP = new RegExp(`^(?:${cues.stop.join("|")})$`, "i");
const DROP = new RegExp(`^(?:${cues.drop.join("|")})$`, "i");

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’",
  ldquo: "“", rdquo: "”", hellip: "…", copy: "©", reg: "®", trade: "™", eacute: "é", euro: "€", pound: "£",
};

/** Decodes HTML character references left in scraped text (`&#x27;`, `&quot;`, `&amp;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? all;
  });
}

/** Normalises text: entities decoded, odd spaces folded, sentences run together without a space split. */
export function normalizeText(text: string): string {
  return decodeEntities(text)
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    // "ceremony.The event": a lower-case word, a full stop, a capitalised word.
    .replace(/([a-z]{2}[.!?])([A-Z][a-z])/g, "$1 $2")
    // "International Peacetold Newsweek": a speech verb glued to the name before it.
    .replace(/\b([A-Z][a-z]{3,})(told|said|says|added)\b/g, "$1 $2")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/[ \t]{2,}/g, " ");
}

const words = (line: string) => line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const endsSentence = (line: string) => /[.!?…]["'”’)\]]*$/.test(line);

/** A paragraph of the story: a real sentence, long enough not to be a menu item or a teaser headline. */
function isProse(line: string): boolean {
  const n = words(line);
  return (n >= 15 && /[.!?]["'”’)]*(\s|$)/.test(line)) || (n >= 8 && /[.!]["'”’)\]]*$/.test(line) && /[a-z]/.test(line));
}

/** Lines that stand in a run of three or more short lines with no blank line between: a menu or headline list. */
function listRuns(lines: string[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const short = i < lines.length && lines[i] !== "" && words(lines[i]) < 15;
    if (short) continue;
    if (i - start >= 3) for (let j = start; j < i; j++) out.add(j);
    start = i + 1;
  }
  return out;
}

/** A short line that carries only a date (and perhaps a time or "Updated"). */
function isDateLine(line: string): boolean {
  return words(line) <= 8 && parsePublicationDate(line) !== undefined;
}

const CREDIT = /\s*\((?:[^()]{0,40}\b(?:Desk|Bureau|Agencies|Agency|inputs)\b[^()]{0,20}|Reuters|AP|AFP|PTI|IANS|ANI)\)\s*$/i;

/** Splits raw text into title, date, source and the story body. */
export function cleanDocument(raw: RawDoc): CleanDoc {
  const lines = normalizeText(raw.text).split("\n").map((l) => l.trim());
  const removed: string[] = [];
  let title = raw.title ? normalizeText(raw.title).trim() : "";
  let date = raw.date ? parsePublicationDate(raw.date) : undefined;
  let source = raw.source;

  const firstProse = lines.findIndex((l) => words(l) >= 15 && isProse(l));
  let lastProse = -1;
  lines.forEach((l, i) => { if (isProse(l)) lastProse = i; });
  const inList = listRuns(lines);
  const body: string[] = [];
  let stopped = false;
  lines.forEach((line, i) => {
    if (!line) return;
    if (stopped) return void removed.push(line);
    if (isDateLine(line)) {
      date ??= parsePublicationDate(line);
      return void removed.push(line);
    }
    const copyright = line.match(/(?:copyright\s*)?©\s*(?:\d{4}\s*)?([^.|,]+?)(?:\s+(?:pvt|ltd|inc|llc|limited)\b|[.|,]|\s+\d{4}|$)/i);
    if (copyright && !isProse(line)) {
      source ??= copyright[1].replace(/\b(technologies|media|group|news)\b.*$/i, "").trim() || undefined;
      return void removed.push(line);
    }
    if (i < firstProse || firstProse < 0) {
      // Before the story: the page's headline, menus, section labels and bylines.
      // The headline: the first line of some length that is not a menu ("World | Politics"), a bullet or a byline.
      if (!title && !raw.title && words(line) >= 4 && !DROP.test(line) && !/^[•\-*·]/.test(line) && !/\s[|•·]\s/.test(line) && !/^by\s/i.test(line)) title = line;
      return void removed.push(line);
    }
    if (STOP.test(line.replace(/[:.]$/, "")) && !isProse(line)) {
      stopped = true;
      return void removed.push(line);
    }
    if (DROP.test(line) || inList.has(i) || (!isProse(line) && !(words(line) >= 5 && endsSentence(line)))) {
      // A lone word or brand after the story is usually the publisher's name.
      if (i > lastProse && words(line) === 1 && /^[A-Z][\w.-]+$/.test(line) && !DROP.test(line)) source ??= line;
      return void removed.push(line);
    }
    // "KYIV, Nov 3 (Reuters) -": a wire dateline names the agency.
    const wire = body.length === 0 ? line.match(/^[\p{Lu}][\p{Lu} .,'-]+(?:,[^()]{0,20})?\(([A-Z][\w .&-]{1,30})\)\s*[-–—]/u) : null;
    if (wire) source ??= wire[1];
    body.push(line.replace(CREDIT, ""));
  });
  const text = body.join("\n\n");
  if (!title) title = firstSentence(text) || raw.id;
  return { id: raw.id, path: raw.path, title, date, source, url: raw.url, text, removed };
}

function firstSentence(text: string): string {
  const m = text.match(/^[\s\S]{10,}?[.!?](?=\s|$)/);
  const s = (m ? m[0] : text).replace(/\s+/g, " ").trim();
  return s.length > 120 ? `${s.slice(0, 117).replace(/\s+\S*$/, "")}…` : s;
}

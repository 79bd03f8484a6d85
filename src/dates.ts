// Dates: publication dates in the shapes news pages print them, and event
// dates inside sentences ("on June 15", "in the fall of 2024"), as ISO strings.
import { setFlagsFromString } from "node:v8";
import type { en as chronoEnglish } from "chrono-node";
import rawDateWords from "../lexicons/date-words.json";
import { fields, lexiconError, list, entry, type At } from "./lexicon-check";

// Only chrono's English parsers (the same module as chrono.en): the package's index loads every locale, up to a
// second of start-up in each worker. Required by the package's subpath, which TypeScript's "node" resolution cannot type.
const english: typeof chronoEnglish = require("chrono-node/en");

// V8 compiles a regular expression to machine code on its second run. chrono's are huge (time units repeated
// {0,10} times), and a build runs them on a few dozen sentences per thread: compiling them cost 0.3-0.5 s of
// CPU in each worker, running them in V8's interpreter 0.4 ms a sentence. So a pattern is compiled only after
// 100 runs. The flag is process-wide and changes no match; the hot patterns elsewhere run thousands of times.
setFlagsFromString("--regexp-tier-up-ticks=100");

const DATE_WORDS_FILE = "lexicons/date-words.json";
const DATE_WORD_LISTS = ["months", "weekdays", "relative", "timesOfDay", "timeUnits", "seasons"] as const;
export type DateWords = Record<(typeof DATE_WORD_LISTS)[number], string[]>;

/** Checks lexicons/date-words.json: each list present, each entry one lower-case word (it is matched as a whole word). */
export function validateDateWords(value: unknown, file = DATE_WORDS_FILE): DateWords {
  const at: At = { file, path: "" };
  const o = fields(value, at, [...DATE_WORD_LISTS]);
  const lowerWord = (v: unknown, where: At): string => {
    if (typeof v !== "string" || !/^\p{Ll}+$/u.test(v)) throw lexiconError(where, "must be one lower-case word, letters only");
    return v;
  };
  return Object.fromEntries(DATE_WORD_LISTS.map((k) => [k, list(o[k], entry(at, k), lowerWord)])) as DateWords;
}

const DATE_WORDS = new Set(Object.values(validateDateWords(rawDateWords)).flat());

/**
 * Whether chrono could find a date in the sentence: it has a digit or a date word.
 * chrono costs far more than this test, and most sentences have neither.
 */
export function mayHaveDate(sentence: string): boolean {
  if (/\d/.test(sentence)) return true;
  for (const w of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) if (DATE_WORDS.has(w)) return true;
  return false;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const pad = (n: number) => String(n).padStart(2, "0");

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const monthNo = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, "").slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ?? MONTHS[name.toLowerCase().slice(0, 3)];

/** A publication date written anywhere in a short string, as ISO YYYY-MM-DD; undefined when there is none. */
export function parsePublicationDate(text: string): string | undefined {
  const s = text.trim();
  let m = s.match(/\b(\d{4})-(\d{2})-(\d{2})(?:[T ]|\b)/);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = s.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+(\\d{4})\\b`, "i"));
  if (m) return iso(+m[3], monthNo(m[2]), +m[1]);
  m = s.match(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})\\b`, "i"));
  if (m) return iso(+m[3], monthNo(m[1]), +m[2]);
  // Day first, as most of the world writes it: 25-10-2025, 25/10/2025, 25.10.2025.
  m = s.match(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/);
  if (m) return +m[2] > 12 ? iso(+m[3], +m[1], +m[2]) : iso(+m[3], +m[2], +m[1]);
  return undefined;
}

const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/**
 * The date of the event a sentence states, relative to the article's date:
 * a full ISO date, or YYYY-MM / YYYY where the sentence is no more precise.
 */
export function parseEventDate(sentence: string, articleDate?: string): string | undefined {
  // Without the article's date only a four-digit year makes a date (see eventDateUngated): chrono need not read the rest.
  if (!articleDate && !/\d{4}/.test(sentence)) return undefined;
  return mayHaveDate(sentence) ? eventDateUngated(sentence, articleDate) : undefined;
}

/** parseEventDate without the word gate: chrono on every sentence (what scripts/check-date-gate.ts compares it with). */
export function eventDateUngated(sentence: string, articleDate?: string): string | undefined {
  const season = sentence.match(/\b(?:in\s+)?(?:the\s+)?(spring|summer|fall|autumn|winter)\s+of\s+(\d{4})\b/i);
  if (season) return `${season[2]}-${pad(SEASON_MONTH[season[1].toLowerCase()])}`;
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : undefined;
  const results = english.casual.parse(sentence, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
  for (const r of results) {
    // A bare weekday or "today" only means something relative to a known article date.
    if (!ref && !/\d{4}/.test(r.text)) continue;
    // "3-1/2-year-old" is not the 2nd of January: a date needs a word or a full year.
    if (!/\p{L}/u.test(r.text) && !/\d{4}/.test(r.text)) continue;
    let y = r.start.get("year");
    const mo = r.start.get("month");
    const d = r.start.get("day");
    if (!y) continue;
    if (r.start.isCertain("day") || r.start.isCertain("weekday")) return iso(y, mo ?? 1, d ?? 1);
    if (r.start.isCertain("month")) {
      // "in August" written in April means last August, unless the year is stated.
      if (ref && y && !r.start.isCertain("year") && `${y}-${pad(mo ?? 1)}` > (articleDate ?? "").slice(0, 7)) y -= 1;
      return `${y}-${pad(mo ?? 1)}`;
    }
    if (r.start.isCertain("year")) return String(y);
  }
  return undefined;
}

// The boilerplate cues of lexicons/boilerplate.json, checked when loaded and
// compiled once into the line tests that cleaning uses.
import raw from "../../lexicons/boilerplate.json";
import { entry, fields, lexiconError, list, type At } from "../lexicon-check";

const FILE = "lexicons/boilerplate.json";

/** The lexicon's shape: every field a list of patterns or words. */
export interface BoilerplateLexicon {
  stop: string[];
  drop: string[];
  teaserMeta: string[];
  captionStart: string[];
  photoCredit: string[];
  creditWords: string[];
  agencies: string[];
  sectionLabels: string[];
  titleCaseSmallWords: string[];
  /** Labels of a teaser block that may stand inside the story ("Related"): the story can resume after the block. */
  inlineTeaserLabels: string[];
}

const FIELDS: (keyof BoilerplateLexicon)[] = [
  "stop", "drop", "teaserMeta", "captionStart", "photoCredit", "creditWords", "agencies", "sectionLabels", "titleCaseSmallWords",
  "inlineTeaserLabels",
];
/** Fields whose entries are regular expressions, with the flags they are compiled with (the others are literal words). */
const PATTERN_FLAGS: Partial<Record<keyof BoilerplateLexicon, string>> = { stop: "i", inlineTeaserLabels: "i", drop: "i", teaserMeta: "i", captionStart: "i", photoCredit: "iu", sectionLabels: "iu" };

/** Checks the lexicon's shape and that every pattern compiles; the error names the file, field and entry. */
export function validateBoilerplate(value: unknown, file = FILE): BoilerplateLexicon {
  const at: At = { file, path: "" };
  const obj = fields(value, at, FIELDS);
  for (const field of FIELDS) list(obj[field], entry(at, field), (v, cueAt) => checkCue(v, cueAt, PATTERN_FLAGS[field]));
  return obj as unknown as BoilerplateLexicon;
}

/** A cue: a non-empty string (spaces around it may matter in a pattern), and a pattern that compiles when flags are given. */
function checkCue(value: unknown, at: At, flags: string | undefined): void {
  if (typeof value !== "string" || value.trim() === "") throw lexiconError(at, `must be a non-empty string, not ${JSON.stringify(value)}`);
  if (flags === undefined) return;
  try {
    new RegExp(value, flags);
  } catch (e) {
    throw lexiconError(at, `is ${JSON.stringify(value)}, not a valid regular expression (${(e as Error).message})`);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (patterns: string[]) => patterns.map((p) => `(?:${p})`).join("|");

/** The compiled line tests. Whole-line cues go without the "u" flag, which makes their backtracking slower. */
export interface BoilerplateCues {
  /** A whole line that ends the story. */
  stop: RegExp;
  /** A stop line that may only label a teaser block inside the story ("Related"). */
  inlineTeaser: RegExp;
  /** A whole line of page furniture. */
  drop: RegExp;
  /** A relative time ("2 mins ago") that opens another story's teaser. */
  teaserMeta: RegExp;
  /** The start of a photo caption. */
  captionStart: RegExp;
  /** A photo credit ending the line ("REUTERS/Jane Doe/File Photo", "Handout via AFP", "(Korea Herald DB)"). */
  captionEnd: RegExp;
  /** A photo credit in parentheses glued to the next paragraph: "…in 2019. (Korea Herald DB)North Korea…". */
  gluedCredit: RegExp;
  /** An agency's or desk's credit closing a paragraph: "… on Monday. (Reuters)", "(With inputs from agencies)". */
  paragraphCredit: RegExp;
  /** A capitalised section label opening a paragraph ("EXCLUSIVE:", "ANALYSIS-"). */
  sectionLabel: RegExp;
  smallWords: Set<string>;
}

export function compileCues(lex: BoilerplateLexicon): BoilerplateCues {
  const agencies = lex.agencies.map(escape).join("|");
  const creditWords = lex.creditWords.map(escape).join("|");
  // "REUTERS/Jane Doe", "AP Photo/John Smith/File": an agency, a slash, a name.
  const slashCredit = `(?<![\\p{L}])(?:${agencies})(?: Photo)?(?:/[\\p{L}][\\p{L}.'’ -]*)+`;
  const parenCredit = `\\((?:[^()]{0,40}\\b(?:${creditWords})\\b[^()]{0,20})\\)`;
  return {
    stop: new RegExp(`^(?:${anyOf(lex.stop)})$`, "i"),
    inlineTeaser: new RegExp(`^(?:${anyOf(lex.inlineTeaserLabels)})$`, "i"),
    drop: new RegExp(`^(?:${anyOf(lex.drop)})$`, "i"),
    teaserMeta: new RegExp(`^(?:${anyOf(lex.teaserMeta)})$`, "i"),
    captionStart: new RegExp(`^(?:${anyOf(lex.captionStart)})`, "i"),
    captionEnd: new RegExp(`(?:${slashCredit}|(?:${anyOf(lex.photoCredit)})|${parenCredit})[\\s.,;)]*(?:${anyOf(lex.photoCredit)})?[\\s.,;)]*$`, "iu"),
    gluedCredit: new RegExp(`(${parenCredit})(?=[\\p{Lu}])`, "giu"),
    paragraphCredit: new RegExp(`\\s*\\((?:[^()]{0,40}\\b(?:Desk|Bureau|Agencies|Agency|inputs)\\b[^()]{0,20}|${agencies})\\)\\s*$`, "i"),
    sectionLabel: new RegExp(`^(?:${anyOf(lex.sectionLabels)})\\s*(?:[:|]\\s*|\\s[-–—]\\s+|-(?=\\p{Lu}))`, "iu"),
    smallWords: new Set(lex.titleCaseSmallWords.map((w) => w.toLowerCase())),
  };
}

export const CUES: BoilerplateCues = compileCues(validateBoilerplate(raw));

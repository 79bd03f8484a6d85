// Checks on the data files in lexicons/ as they are loaded: each reader takes
// the parsed JSON as unknown and returns it typed, or throws one line naming
// the file, the entry and the fix, so a typo in a lexicon fails at start and
// not as a silently missing rule:
//   FILE: entry "PATH" ("NAME") PROBLEM; FIX
// where NAME is the name of the list element the entry is in, when it has one,
// and FIX says how to regenerate a generated file.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot } from "./dist-stamp";
import type { EntityKind, RelationType } from "./schema";
import { ENTITY_KINDS, RELATION_TYPES, isEntityKind, isRelationType } from "./schema";

const FIX_BY_HAND = "fix it in the file";

/**
 * Where a value stands: the file and the path of the entry in it. The top of a file is `{ file, path: "" }`; an
 * entry below holds its parent and key, and its path is spelt out only when an error is thrown (the big generated
 * lexicons have tens of thousands of entries).
 */
export interface At {
  file: string;
  path?: string;
  parent?: At;
  key?: string | number;
  /** What the error says to do, when not to fix the file by hand: how to regenerate it. */
  fix?: string;
  /** The list element (an object) the entry is in: its "name" labels errors. */
  element?: object;
}

export const entry = (at: At, key: string | number, element?: object): At => ({ file: at.file, parent: at, key, fix: at.fix, element: element ?? at.element });

/** The entry's path in its file: "verbs.send.byObject", "" at the top. */
function pathOf(at: At): string {
  if (!at.parent) return at.path ?? "";
  const above = pathOf(at.parent);
  return above ? `${above}.${at.key}` : String(at.key);
}

export function lexiconError(at: At, problem: string): Error {
  const name = (at.element as { name?: unknown } | undefined)?.name;
  const label = typeof name === "string" ? ` (${JSON.stringify(name)})` : "";
  return new Error(`${at.file}: entry "${pathOf(at) || "(top)"}"${label} ${problem}; ${at.fix ?? FIX_BY_HAND}`);
}

let root: string | undefined;
const rootDir = () => (root ??= repoRoot(__dirname));

/** The path of a lexicon shipped with the repository. */
export const lexiconPath = (name: string) => join(rootDir(), "lexicons", name);

/** How a lexicon names itself in errors: its path relative to the repository when inside it. */
function shown(path: string): string {
  const r = relative(rootDir(), path);
  return r.startsWith("..") ? path : r;
}

/** A lexicon file read from disk, as an object, and where its top stands; a file that cannot be read or parsed fails naming it and the fix. */
export function readLexicon(path: string, fix?: string): { at: At; data: Record<string, unknown> } {
  const at: At = { file: shown(path), path: "", fix };
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`${at.file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); ${fix ?? FIX_BY_HAND}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${at.file}: not valid JSON (${(e as Error).message}); ${fix ?? FIX_BY_HAND}`);
  }
  return { at, data: object(data, at) };
}

export function object(value: unknown, at: At): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw lexiconError(at, "must be an object");
  return value as Record<string, unknown>;
}

/** An object with exactly these fields (optional ones may be absent; "_comment" is always allowed): a misspelt key is a silent loss otherwise. */
export function fields(value: unknown, at: At, required: readonly string[], optional: readonly string[] = []): Record<string, unknown> {
  const o = object(value, at);
  for (const k of required) if (!(k in o)) throw lexiconError(at, `lacks the field "${k}"`);
  for (const k of Object.keys(o)) {
    if (k !== "_comment" && !required.includes(k) && !optional.includes(k)) throw lexiconError(entry(at, k), `is not a known field (known: ${[...required, ...optional].join(", ")})`);
  }
  return o;
}

/** A list, each element read by each; an element that is an object labels the errors inside it by its name. */
export function list<T>(value: unknown, at: At, each: (v: unknown, at: At) => T): T[] {
  if (!Array.isArray(value)) throw lexiconError(at, "must be a list");
  return value.map((v, i) => each(v, entry(at, i, typeof v === "object" && v !== null ? v : undefined)));
}

export function record<T>(value: unknown, at: At, each: (v: unknown, at: At) => T): Record<string, T> {
  const o = object(value, at);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, each(v, entry(at, k))]));
}

/** A non-empty string with no surrounding spaces (a stray space would never match a token). */
export function word(value: unknown, at: At): string {
  if (typeof value !== "string" || value.trim() === "" || value !== value.trim()) throw lexiconError(at, `must be a non-empty string without surrounding spaces, not ${JSON.stringify(value)}`);
  return value;
}

export const words = (value: unknown, at: At): string[] => list(value, at, word);

/** A word written in lower case, as the lookups that hold it lower-case their keys. */
export function lowerWord(value: unknown, at: At): string {
  const w = word(value, at);
  if (w !== w.toLowerCase()) throw lexiconError(at, `is ${JSON.stringify(w)}, not lower-case`);
  return w;
}

export function flag(value: unknown, at: At): boolean {
  if (typeof value !== "boolean") throw lexiconError(at, "must be true or false");
  return value;
}

export function relationType(value: unknown, at: At): RelationType {
  if (!isRelationType(value)) throw lexiconError(at, `is ${JSON.stringify(value)}, not a relation type of SCHEMA.md (${RELATION_TYPES.join(", ")})`);
  return value;
}

export function entityKind(value: unknown, at: At): EntityKind {
  if (!isEntityKind(value)) throw lexiconError(at, `is ${JSON.stringify(value)}, not an entity kind of SCHEMA.md (${ENTITY_KINDS.join(", ")})`);
  return value;
}

/** One of a fixed set of values: a type, a kind. */
export function oneOf<T extends string>(value: unknown, at: At, allowed: readonly T[]): T {
  const w = word(value, at);
  if (!allowed.includes(w as T)) throw lexiconError(at, `is ${JSON.stringify(w)}, not one of ${allowed.join(", ")}`);
  return w as T;
}

/** A word that matches a pattern, described in the error as like (`an ISO date YYYY-MM-DD`). */
export function shaped(value: unknown, at: At, pattern: RegExp, like: string): string {
  const w = word(value, at);
  if (!pattern.test(w)) throw lexiconError(at, `is ${JSON.stringify(w)}, not ${like}`);
  return w;
}

/** The value of an optional field, read when present. */
/** An ISO date, YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = (value: unknown, at: At): string => shaped(value, at, ISO_DATE, "an ISO date YYYY-MM-DD");

export function optional<T>(o: Record<string, unknown>, key: string, at: At, read: (v: unknown, at: At) => T): T | undefined {
  return key in o ? read(o[key], entry(at, key)) : undefined;
}

/** An optional list of words: empty when absent. */
export const optionalWords = (o: Record<string, unknown>, key: string, at: At): string[] => optional(o, key, at, words) ?? [];

/**
 * Big generated lexicons, read by every worker: a list read by a fast reader that accepts only entries the full
 * check would accept as they are (undefined for anything else), and by the full check, which names the bad entry,
 * as soon as one entry is not plain (issue 9).
 */
export function plainList<T>(value: unknown, at: At, plain: (v: unknown) => T | undefined, check: (v: unknown, at: At) => T): T[] {
  if (Array.isArray(value)) {
    const read = value.map(plain);
    if (read.every((x) => x !== undefined)) return read as T[];
  }
  return list(value, at, check);
}

/** For fast readers: what word() accepts. */
export const isWord = (v: unknown): v is string => typeof v === "string" && v !== "" && v.trim() === v;

/** For fast readers: a plain object with no key but these ("_comment" always allowed, as fields() allows it). */
export function hasOnlyFields(value: unknown, known: ReadonlySet<string>): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const k in value) if (k !== "_comment" && !known.has(k)) return false;
  return true;
}

/** For fast readers: absent, or a list of strings that each pass the test. */
export const isOptionalList = (v: unknown, each: (x: unknown) => boolean): boolean => v === undefined || (Array.isArray(v) && v.every(each));

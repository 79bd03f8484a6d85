// Reading a lexicon file with validation: a broken file fails at load with one
// line naming the file, the entry and the fix, never later as a wrong lookup.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** The path of a lexicon shipped with the repository. */
export const lexiconPath = (name: string) => join(ROOT, "lexicons", name);

/** How a lexicon names itself in errors: its path relative to the repository when inside it. */
function shown(path: string): string {
  const r = relative(ROOT, path);
  return r.startsWith("..") ? path : r;
}

/** One entry's position in its file, for error messages. */
export interface Where {
  file: string;
  entry: string;
}

export function fail(where: Where, problem: string, regenerate: string): never {
  throw new Error(`${where.file}: ${where.entry}: ${problem}; ${regenerate}`);
}

/** The parsed JSON object of a lexicon file, with the path shown in errors. */
export function readLexicon(path: string, regenerate: string): { file: string; data: Record<string, unknown> } {
  const file = shown(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); ${regenerate}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message}); ${regenerate}`);
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error(`${file}: must hold a JSON object; ${regenerate}`);
  return { file, data: data as Record<string, unknown> };
}

/** The array under key, each element checked by check (which fails naming the entry). */
export function listOf<T>(file: string, data: Record<string, unknown>, key: string, regenerate: string, check: (value: unknown, where: Where) => T): T[] {
  const list = data[key];
  if (!Array.isArray(list)) fail({ file, entry: `"${key}"` }, "missing or not a list", regenerate);
  // The entry's label is built only when an error needs it: big lists have tens of thousands of entries.
  return list.map((value, i) => check(value, { file, get entry() { return `${key}[${i}]${labelOf(value)}`; } }));
}

const labelOf = (value: unknown) => {
  const name = value && typeof value === "object" ? (value as { name?: unknown }).name : value;
  return typeof name === "string" ? ` ("${name}")` : "";
};

/** A non-empty string with no surrounding spaces. */
export function text(value: unknown, where: Where, field: string, regenerate: string): string {
  if (typeof value !== "string" || !value.trim() || value !== value.trim()) fail(where, `${field} must be a non-empty trimmed string, got ${JSON.stringify(value)}`, regenerate);
  return value;
}

export function texts(value: unknown, where: Where, field: string, regenerate: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(where, `${field} must be a list of strings`, regenerate);
  return value.map((v, i) => text(v, where, `${field}[${i}]`, regenerate));
}

/** The entry as an object whose keys are all among allowed (a misspelt key is a silent loss otherwise). */
export function record(value: unknown, where: Where, allowed: readonly string[], regenerate: string): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) fail(where, "must be an object", regenerate);
  for (const k of Object.keys(value)) if (!allowed.includes(k)) fail(where, `unknown field "${k}" (allowed: ${allowed.join(", ")})`, regenerate);
  return value as Record<string, unknown>;
}

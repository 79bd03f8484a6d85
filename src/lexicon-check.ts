// Checks on the data files in lexicons/ as they are loaded: each reader takes
// the parsed JSON as unknown and returns it typed, or throws one line naming
// the file, the entry and what is wrong, so a typo in a lexicon fails at start
// and not as a silently missing rule.
import type { EntityKind, RelationType } from "./schema";
import { ENTITY_KINDS, RELATION_TYPES, isEntityKind, isRelationType } from "./schema";

/** Where a value stands: the file and the path of the entry in it. */
export interface At {
  file: string;
  path: string;
}

export const entry = (at: At, key: string | number): At => ({ file: at.file, path: at.path ? `${at.path}.${key}` : String(key) });

export function lexiconError(at: At, problem: string): Error {
  return new Error(`${at.file}: entry "${at.path || "(top)"}" ${problem}; fix it in the file`);
}

export function object(value: unknown, at: At): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw lexiconError(at, "must be an object");
  return value as Record<string, unknown>;
}

/** An object with exactly these fields (optional ones may be absent; "_comment" is always allowed). */
export function fields(value: unknown, at: At, required: string[], optional: string[] = []): Record<string, unknown> {
  const o = object(value, at);
  for (const k of required) if (!(k in o)) throw lexiconError(at, `lacks the field "${k}"`);
  for (const k of Object.keys(o)) if (k !== "_comment" && !required.includes(k) && !optional.includes(k)) throw lexiconError(entry(at, k), "is not a known field");
  return o;
}

export function list<T>(value: unknown, at: At, each: (v: unknown, at: At) => T): T[] {
  if (!Array.isArray(value)) throw lexiconError(at, "must be a list");
  return value.map((v, i) => each(v, entry(at, i)));
}

export function record<T>(value: unknown, at: At, each: (v: unknown, at: At) => T): Record<string, T> {
  const o = object(value, at);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, each(v, entry(at, k))]));
}

export function word(value: unknown, at: At): string {
  if (typeof value !== "string" || value.trim() === "") throw lexiconError(at, "must be a non-empty string");
  return value;
}

export const words = (value: unknown, at: At): string[] => list(value, at, word);

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

/** The value of an optional field, read when present. */
export function optional<T>(o: Record<string, unknown>, key: string, at: At, read: (v: unknown, at: At) => T): T | undefined {
  return key in o ? read(o[key], entry(at, key)) : undefined;
}

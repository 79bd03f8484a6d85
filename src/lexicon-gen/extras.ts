// The hand-written inputs of the generators, validated like every lexicon:
// a typo fails naming the file and the entry instead of being silently ignored.
import { fail, listOf, readLexicon, record, text, texts, type Where } from "../gazetteer/lexicon-file";
import type { AdminExtra } from "./admin-divisions";

const FIX = "fix this hand-written file";

/** An object whose keys match keyPattern, each value checked by check. */
function keyed<T>(value: unknown, where: Where, keyPattern: RegExp, check: (v: unknown, where: Where) => T): Record<string, T> {
  if (!value || typeof value !== "object" || Array.isArray(value)) fail(where, "must be an object", FIX);
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(value)) {
    const at = { ...where, entry: `${where.entry}.${k}` };
    if (!keyPattern.test(k)) fail(at, `key "${k}" does not match ${keyPattern}`, FIX);
    out[k] = check(v, at);
  }
  return out;
}

const COUNTRY = /^[A-Z]{2}$/;
const DIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

export function loadAdminExtra(path: string): AdminExtra {
  const { file, data } = readLexicon(path, FIX);
  const at = (entry: string) => ({ file, entry: `"${entry}"` });
  record(data, at("file"), ["_comment", "replace", "defaultTypes", "names", "aliases", "notAlone"], FIX);
  return {
    replace: keyed(data.replace, at("replace"), COUNTRY, (v, w) => texts(v, w, "codes", FIX)),
    defaultTypes: keyed(data.defaultTypes, at("defaultTypes"), COUNTRY, (v, w) => text(v, w, "type", FIX)),
    names: keyed(data.names, at("names"), DIVISION, (v, w) => text(v, w, "name", FIX)),
    aliases: keyed(data.aliases, at("aliases"), DIVISION, (v, w) => texts(v, w, "aliases", FIX)),
    notAlone: texts(data.notAlone, at("notAlone"), "notAlone", FIX),
  };
}

/** Lower-case words of one list of a hand-written file. */
function lowerWords(file: string, data: Record<string, unknown>, key: string): string[] {
  return listOf(file, data, key, FIX, (v, where) => {
    const word = text(v, where, "word", FIX);
    if (word !== word.toLowerCase()) fail(where, `"${word}" must be lower-case`, FIX);
    return word;
  });
}

export function loadNameExtras(path: string): { notGivenNames: string[]; honorifics: string[] } {
  const { file, data } = readLexicon(path, FIX);
  record(data, { file, entry: "file" }, ["_comment", "notGivenNames", "honorifics"], FIX);
  return { notGivenNames: lowerWords(file, data, "notGivenNames"), honorifics: lowerWords(file, data, "honorifics") };
}

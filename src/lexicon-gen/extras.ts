// The hand-written inputs of the generators, validated like every lexicon:
// a typo fails naming the file and the entry instead of being silently ignored.
import { entry, fields, lexiconError, list, lowerWord, object, optionalWords, readLexicon, record, word, words, type At } from "../lexicon-check";
import type { AdminExtra } from "./admin-divisions";

/** An object whose keys match keyPattern, each value checked by check. */
function keyed<T>(value: unknown, at: At, keyPattern: RegExp, check: (v: unknown, at: At) => T): Record<string, T> {
  const o = object(value, at);
  for (const k of Object.keys(o)) if (!keyPattern.test(k)) throw lexiconError(entry(at, k), `is not a key like ${keyPattern}`);
  return record(o, at, check);
}

const COUNTRY = /^[A-Z]{2}$/;
const DIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

export function loadAdminExtra(path: string): AdminExtra {
  const { at, data } = readLexicon(path);
  fields(data, at, ["replace", "defaultTypes", "names", "aliases"], ["notAlone"]);
  return {
    replace: keyed(data.replace, entry(at, "replace"), COUNTRY, words),
    defaultTypes: keyed(data.defaultTypes, entry(at, "defaultTypes"), COUNTRY, word),
    names: keyed(data.names, entry(at, "names"), DIVISION, word),
    aliases: keyed(data.aliases, entry(at, "aliases"), DIVISION, words),
    notAlone: optionalWords(data, "notAlone", at),
  };
}

export function loadNameExtras(path: string): { notGivenNames: string[]; honorifics: string[] } {
  const { at, data } = readLexicon(path);
  fields(data, at, ["notGivenNames", "honorifics"]);
  return { notGivenNames: list(data.notGivenNames, entry(at, "notGivenNames"), lowerWord), honorifics: list(data.honorifics, entry(at, "honorifics"), lowerWord) };
}

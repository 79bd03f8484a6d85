// Heads of state and government since the Phoenix dictionaries end (2014): lexicons/leaders.json, hand-written,
// checked when loaded. Read only for a head-of-state title with no country ("President Lee Jae-myung").
import { nameKey } from "../names";
import { entry, fields, lexiconPath, list, optional, readLexicon, shaped, word, type At } from "../lexicon-check";

export interface Leader {
  name: string;
  country: string;
  from: string;
  to?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function readLeader(value: unknown, at: At): Leader {
  const o = fields(value, at, ["name", "country", "from"], ["to"]);
  const leader: Leader = { name: word(o.name, entry(at, "name")), country: word(o.country, entry(at, "country")), from: shaped(o.from, entry(at, "from"), ISO_DATE, "an ISO date") };
  const to = optional(o, "to", at, (v, a) => shaped(v, a, ISO_DATE, "an ISO date"));
  if (to) leader.to = to;
  return leader;
}

export function loadLeaders(path = lexiconPath("leaders.json")): Leader[] {
  const { at, data } = readLexicon(path);
  return list(fields(data, at, ["leaders"], ["_comment"]).leaders, entry(at, "leaders"), readLeader);
}

let byName: Map<string, Leader[]> | undefined;

/** The terms of office the list holds for a full name (case, accents and hyphens aside): several for a second term. */
export function leaderTerms(name: string): Leader[] {
  if (!byName) {
    byName = new Map();
    for (const l of loadLeaders()) byName.set(nameKey(l.name), [...(byName.get(nameKey(l.name)) ?? []), l]);
  }
  return byName.get(nameKey(name)) ?? [];
}

// Holders of national office in the news since 2014 (lexicons/office-holders.json), which the Phoenix persons (as of
// 2014) lack or date too early: heads of state and government, who lead their country while in office, and ministers
// and envoys often named without their country. Read beside the Phoenix persons (names.ts), so that their names are
// persons, their spellings one person, and "President Lee Jae-myung" or "Germany's Friedrich Merz" a leader.
import { entry, fields, flag, isoDate, lexiconError, lexiconPath, list, optional, optionalWords, readLexicon, word, type At } from "../lexicon-check";
import { canonicalCountry } from "./countries";

export interface OfficeHolder {
  name: string;
  country: string;
  /** A head of state or government: LEADER_OF the country while in office. */
  leads: boolean;
  title: string;
  from: string;
  /** No end while in office. */
  to?: string;
  aliases: string[];
}

function checkHolder(value: unknown, at: At): OfficeHolder {
  const e = fields(value, at, ["name", "country", "leads", "title", "from"], ["to", "aliases"]);
  const from = isoDate(e.from, entry(at, "from"));
  const to = optional(e, "to", at, isoDate);
  if (to !== undefined && to < from) throw lexiconError(entry(at, "to"), `is ${to}, before the term begins (${from})`);
  const holder: OfficeHolder = {
    name: word(e.name, entry(at, "name")),
    country: canonicalCountry(e.country, entry(at, "country")),
    leads: flag(e.leads, entry(at, "leads")),
    title: word(e.title, entry(at, "title")),
    from,
    aliases: optionalWords(e, "aliases", at),
  };
  if (to !== undefined) holder.to = to;
  return holder;
}

export function loadOfficeHolders(path = lexiconPath("office-holders.json")): OfficeHolder[] {
  const { at, data } = readLexicon(path);
  return list(data.holders, entry(at, "holders"), checkHolder);
}

/** Whether a term spans the date; with no date, whether it is the current one. */
export const inOffice = (h: { from?: string; to?: string }, date: string | undefined): boolean =>
  date ? (!h.from || h.from <= date) && (!h.to || date <= h.to) : !h.to;

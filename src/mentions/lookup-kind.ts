// Kinds from the open-data lookups of src/gazetteer/ for a capitalised run no
// hand-written list knows: a division or world region is a place, a named
// weapon system a weapon, and a person needs evidence (a given name).
// Each lookup loads its file on first use only, so a text whose names all
// resolve earlier never pays for it.
import type { EntityKind } from "../schema";
import type { Token } from "../nlp";
import { adminDivisions, worldRegion } from "../gazetteer/places";
import { weapon } from "../gazetteer/weapons";
import { isGivenName } from "../gazetteer/names";
import { kindAfter, mayOpenAfterCue } from "../gazetteer/cues";
import { matchAt } from "../gazetteer";
import type { Mention, SentenceView, Step } from "./types";
import { afterCompound, isCap, isPossessive, longestPhrase, make } from "./tokens";
import { APPOSITIVE_HEADS, LOCATION_AFTER } from "./lexicon";
import { FIRM_AFTER, PLACE_EVENT_HEADS, WEAPON_AFTER } from "./entity-cues";

/** The kind the lookups give a name, or undefined: "Texas", "Idlib" → Location; "Fattah" (before "missiles") → Weapon. */
export function lookedUpKind(name: string, words: Token[], after: Token[]): EntityKind | undefined {
  const w = weapon(name);
  const cueAfter = after.length ? kindAfter(after.slice(0, 2).map((x) => x.lower)) : undefined;
  if (w && (!w.needsCue || cueAfter === "Weapon")) return "Weapon";
  // "Georgia Smith", "Victoria Beckham": a place name that opens a longer name is a given name.
  if (words.length > 1 && isGivenName(words[0].text)) return undefined;
  if (adminDivisions(name).length > 0 || worldRegion(name)) return "Location";
  return undefined;
}

/** Whether a run of capitalised words shows it is a person's name: it opens with a given name. */
export const hasPersonEvidence = (words: Token[]): boolean => words.length > 1 && !matchAt(words, 0) && isGivenName(words[0].text);

/** "Kursk nuclear power plant", "Nevatim air base": lower-case words after a place that name a site of its own (not "Kursk region", which is Kursk): the site's end, or -1. */
export function siteAfter(s: SentenceView, end: number): number {
  const t = s.tokens;
  // Most names are followed by a word that opens no cue: one lookup before any phrase is built (issue 9).
  if (end >= t.length || !mayOpenAfterCue(t[end].lower)) return -1;
  for (let n = Math.min(3, t.length - end); n >= 1; n--) {
    const words = t.slice(end, end + n);
    if (words.some(isCap) || LOCATION_AFTER.has(words[n - 1].lower)) continue;
    if (kindAfter([words.map((w) => w.lower).join(" ")]) === "Location") return end + n;
  }
  return -1;
}

/**
 * The kind the words right around an unknown name give it, stronger than a speech verb after it: a descriptive noun
 * before it ("the state nuclear corporation Rosatom", "the refiner Acme"), a weapon noun after it ("Flamingo
 * missiles"), a firm's shares or stake ("Acme's shares", "shares of Acme").
 */
export function neighbourKind(s: SentenceView, i: number, end: number): EntityKind | undefined {
  const t = s.tokens;
  const before = t[i - 1];
  // "the group Hamas" is no firm: "group" names any kind of body.
  const described = before && !isCap(before) && before.pos === "NOUN" && before.lower !== "group" && !afterCompound(s, i) ? APPOSITIVE_HEADS.get(before.lower) : undefined;
  // "production unit Yuganskneftegas", "the division Acme": a force's nouns name parts of firms too.
  if (described && described !== "Person" && described !== "MilitaryForce") return described;
  const head = t[end - 1].lower;
  // "Houthi missiles", "Kurdish drones": a people's name, not a weapon's.
  if (!/(?:i|ish|ic|ese|ean|ian)$/.test(head) && longestPhrase(s, end, WEAPON_AFTER, 3) > 0) return "Weapon";
  if (isPossessive(t[end]) && longestPhrase(s, end + 1, FIRM_AFTER, 2) > 0) return "Company";
  const prev2 = i > 1 ? `${t[i - 2].lower} ${t[i - 1].lower}` : "";
  if (["shares of", "shares in", "stake in", "stocks of"].includes(prev2) || longestPhrase(s, end, FIRM_AFTER, 2) > 0) return "Company";
  return undefined;
}

/**
 * "the Alaska summit", "the Geneva talks": a place [i, end) named with a meeting's head after it names an event too.
 * The place stays a mention of its own; the event is the head word's mention, named by the whole phrase.
 */
export function placeEventAt(s: SentenceView, i: number, end: number, place: Mention): Step | undefined {
  const t = s.tokens;
  if (t[i - 1]?.lower !== "the" || !t[end] || isCap(t[end])) return undefined;
  const event = longestPhrase(s, end, PLACE_EVENT_HEADS, 2);
  if (event < 0) return undefined;
  const name = s.text.slice(t[i].start, t[event - 1].end);
  return { mentions: [place, make(s, end, event, name, "Event", 1, { surface: name })], end: event };
}

/**
 * "Myrnohrad in the Donetsk region", "Siversk near Russia's Belgorod border region": a name placed in or near a named
 * region (a capitalised run, then a region word of `names.json: locationAfter`) is a place. Front-line towns are most
 * of them too small for the city list.
 */
export function placedInRegion(s: SentenceView, end: number): boolean {
  const t = s.tokens;
  if (t[end]?.text === ",") return inPartOfCountry(t, end + 1);
  if (t[end]?.lower !== "in" && t[end]?.lower !== "near") return false;
  let k = end + 1;
  if (t[k]?.lower === "the") k++;
  else if (t[k] && isCap(t[k]) && isPossessive(t[k + 1])) k += 2;
  for (let n = 0; n < 2 && t[k] && !isCap(t[k]) && t[k].pos === "ADJ"; n++) k++;
  const capStart = k;
  while (t[k] && isCap(t[k])) k++;
  return k > capStart && longestPhrase(s, k, LOCATION_AFTER, 2) > 0;
}

/** "Kiryat Gat, in southern Israel", "Sinjil, in the central West Bank": set off by a comma, "in" a direction's part of a country or region the gazetteer knows. */
function inPartOfCountry(t: Token[], k: number): boolean {
  if (t[k]?.lower !== "in") return false;
  const q = t[k + 1]?.lower === "the" ? k + 2 : k + 1;
  if (!t[q] || isCap(t[q]) || t[q].pos !== "ADJ" || !t[q + 1]) return false;
  const known = matchAt(t, q + 1);
  return known?.role === "country" || known?.kind === "Location";
}

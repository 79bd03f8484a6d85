// Receptions in person (HOSTED, and the guest VISITED the place named): "X
// waited for Y on the red carpet", "X welcomed Y at the airport in Ankara",
// "Y was welcomed on US soil". Only a place phrase makes the welcome physical:
// "welcomed the decision" or "waited for news" is no reception.
import type { Mention } from "../../mentions";
import type { SentenceContext, SentenceInput } from "../types";
import { DELEGATION_NOUNS } from "../../mentions/lexicon";
import { LEADING_PARTICIPLES, PASSIVE_AUXILIARIES, RECEPTION_PLACES, RECEPTION_VERBS } from "../lexicon";
import { modalityAt } from "../modality";
import { subjectOf } from "../syntax";

/** Every reception verb of the sentence followed by a place phrase. */
export function receptions(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    const tok = t[k];
    if (tok.pos !== "VERB" || !RECEPTION_VERBS.has(tok.lemma)) continue;
    const passive = t.slice(Math.max(0, k - 2), k).some((x) => PASSIVE_AUXILIARIES.has(x.lower) || x.lower === "being");
    const from = tok.lemma === "wait" ? (t[k + 1]?.lower === "for" ? k + 2 : -1) : k + 1;
    // "received a delegation led by X": the leader is the guest.
    const leader = passive || from < 0 ? undefined : delegationLeader(c, from);
    if (leader) {
      delegationReceived(c, k, leader);
      continue;
    }
    // "received Jordan's King Abdullah II", "received Russian Security Council Secretary Sergei Shoigu": past a title and its owner.
    const guest = passive ? subjectOf(s, k) : guestAfter(c, from);
    if (from < 0 || !guest) continue;
    const place = placePhrase(s, passive ? k + 1 : guest.end);
    // "Putin was greeted on the tarmac by Kim": the passive's agent after "by".
    const by = passive ? t.findIndex((x, q) => q > k && q <= k + 8 && x.lower === "by") : -1;
    const host = passive ? s.mentions.find((m) => by > 0 && m.start > by && m.start <= by + 2) : subjectOf(s, k);
    const mod = modalityAt(s, host ? host.end : guest.end, k, c.modality);
    if (!place || mod === "negated") continue;
    if (host) add(entityOf(host), entityOf(guest), "HOSTED", tok.text, mod);
    if (place.named) add(entityOf(guest), entityOf(place.named), "VISITED", tok.text, mod);
  }
}

/**
 * "received a (Russian) delegation led by Shoigu": the delegation's leader, a person named right after "led by"/"headed by"
 * within a few words of the verb. A delegation received is met in person, so no place phrase is needed.
 */
function delegationLeader(c: SentenceContext, from: number): Mention | undefined {
  const t = c.s.tokens;
  const noun = t.findIndex((x, q) => q >= from && q <= from + 4 && DELEGATION_NOUNS.has(x.lower));
  // The delegation is the verb's object: only its determiner and modifiers before it ("a visiting US delegation"), not "a letter as a delegation".
  const modifier = (x: (typeof t)[number]) => ["DET", "ADJ", "PROPN", "NUM"].includes(x.pos) || x.text === "-" || /^\p{Lu}|ing$/u.test(x.text);
  if (noun < 0 || !t.slice(from, noun).every(modifier)) return undefined;
  if (!LEADING_PARTICIPLES.has(t[noun + 1]?.lower ?? "") || t[noun + 2]?.lower !== "by") return undefined;
  // Past a capitalised title and its body: "led by Russian Security Council Secretary Sergei Shoigu".
  const m = c.s.mentions.find((x) => x.start >= noun + 3 && x.start <= noun + 9 && x.ref !== "adjective" && c.entityOf(x)?.kind === "Person");
  if (!m || m.possessive) return undefined;
  return t.slice(noun + 3, m.outerStart ?? m.start).every((x) => /^\p{Lu}/u.test(x.text)) ? m : undefined;
}

/** The host HOSTED the delegation's leader, who MET_WITH the host. */
function delegationReceived(c: SentenceContext, k: number, leader: Mention): void {
  const host = subjectOf(c.s, k);
  const mod = modalityAt(c.s, host ? host.end : k, k, c.modality);
  if (!host || mod === "negated") return;
  c.add(c.entityOf(host), c.entityOf(leader), "HOSTED", c.s.tokens[k].text, mod);
  c.add(c.entityOf(leader), c.entityOf(host), "MET_WITH", c.s.tokens[k].text, mod);
}

/** The person received, right after the verb at from, past a capitalised title ("received Russian Security Council Secretary Sergei Shoigu"). */
function guestAfter(c: SentenceContext, from: number): Mention | undefined {
  const t = c.s.tokens;
  if (from < 0) return undefined;
  const m = c.s.mentions.find((x) => x.start >= from && x.ref !== "adjective" && (c.entityOf(x)?.kind === "Person" || !/^\p{Lu}/u.test(t[x.start].text)));
  if (!m || m.possessive || c.entityOf(m)?.kind !== "Person" || m.start - from > 7) return undefined;
  return t.slice(from + (t[from]?.pos === "DET" ? 1 : 0), m.outerStart ?? m.start).every((x) => /^\p{Lu}/u.test(x.text)) || (m.outerStart ?? m.start) <= from + 1 ? m : undefined;
}

/**
 * A place phrase at q: "on a red carpet", "at the airport in Ankara", "on US soil", "in Cairo"; with the country or place it
 * names, if any.
 */
function placePhrase(s: SentenceInput, q: number): { named?: Mention } | undefined {
  const t = s.tokens;
  if (!["on", "at", "in"].includes(t[q]?.lower ?? "")) return undefined;
  // "received X in Cairo": a city or other place named right after "in".
  const city = t[q].lower === "in" ? s.mentions.find((m) => m.start === q + 1 && m.kind === "Location") : undefined;
  if (city) return { named: city };
  let end = q + 1;
  while (end < t.length && end - q < 6 && ["DET", "ADJ", "NOUN", "PROPN", "ADP"].includes(t[end].pos) && !RECEPTION_PLACES.has(t[end].lower)) end++;
  if (!RECEPTION_PLACES.has(t[end]?.lower ?? "")) return namedPlaceAt(s, q);
  // "on US soil", "at the airport in Ankara": the name before the place noun, or after "in" just past it.
  const named = s.mentions.find((m) => (m.start > q && m.start <= end && m.ref !== "adjective") || (t[end + 1]?.lower === "in" && m.start === end + 2));
  return { named };
}

/** "received Shoigu in Pyongyang", "welcomed Modi at the Kremlin": a named place or seat right after "in"/"at". */
function namedPlaceAt(s: SentenceInput, q: number): { named?: Mention } | undefined {
  if (s.tokens[q].lower === "on") return undefined;
  const start = s.tokens[q + 1]?.lower === "the" ? q + 2 : q + 1;
  const named = s.mentions.find((m) => (m.outerStart ?? m.start) === start && !m.ref && (m.kind === "Location" || m.kind === "Country"));
  return named ? { named } : undefined;
}

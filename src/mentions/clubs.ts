// A city's name standing for the sports club named after it ("Newcastle
// manager Graeme Souness", "Liverpool 2-1 Chelsea", "drew with Leicester",
// "Leicester's win over Bath"): the club, an Organization apart from the city.
// The cues are data (lexicons/entity-cues.json: clubAfter, clubBefore,
// clubSubjectVerbs); a score after or before the name needs none. Only names
// the world-cities list types as places are read: a person's or a firm's
// name after "beat" is no club ("Federer beat Hewitt").
import type { Mention, SentenceView } from "./types";
import { CITIES } from "./lexicon";
import { CLUB_AFTER, CLUB_BEFORE, CLUB_SUBJECT_VERBS } from "./entity-cues";
import { isCap, isPossessive, longestPhrase, phrase } from "./tokens";

const GOALS = /^\d{1,2}$/;
const SCORE = /^\d{1,2}-\d{1,2}$/;

/** A score right after the name ("Liverpool 2-1", "Liverpool 2 Chelsea 1") or right before it ("Chelsea 2-1 Liverpool"). */
function scoredAt(s: SentenceView, start: number, end: number): boolean {
  const t = s.tokens;
  const [a, b, c] = [t[end], t[end + 1], t[end + 2]];
  if (a && (SCORE.test(a.text) || (GOALS.test(a.text) && b?.text === "-" && !!c && GOALS.test(c.text)))) return true;
  if (a && GOALS.test(a.text) && b && /^\p{Lu}/u.test(b.text)) return true;
  const p = t[start - 1];
  return !!p && (SCORE.test(p.text) || (GOALS.test(p.text) && t[start - 2]?.text === "-" && GOALS.test(t[start - 3]?.text ?? "")));
}

/** Whether one to three words ending right before token i are one of the phrases. */
function endsBefore(s: SentenceView, i: number, phrases: Set<string>): boolean {
  for (let n = Math.min(3, i); n >= 1; n--) if (phrases.has(phrase(s, i - n, i))) return true;
  return false;
}

/** The words around the name [start, end) say it is a club playing, not the city. */
export function isClubAt(s: SentenceView, start: number, end: number): boolean {
  const t = s.tokens;
  const after = isPossessive(t[end]) ? end + 1 : end;
  if (longestPhrase(s, after, CLUB_AFTER, 3) > 0 || scoredAt(s, start, end)) return true;
  // "against Hollywood imports", "joined Liverpool council": a name qualifying a noun is not what the verb is about.
  const modifier = !!t[end] && t[end].pos === "NOUN" && !isCap(t[end]);
  if (!modifier && endsBefore(s, start, CLUB_BEFORE)) return true;
  // "Liverpool have", "Leicester beat": the subject of a result, or of a plural verb, which a club takes and a city does not;
  // not one of a list ("Leeds and Liverpool are cities"), nor the object of a preposition ("flights to Newcastle were").
  const listed = start > 0 && ([",", "and", "or"].includes(t[start - 1].lower) || t[start - 1].pos === "ADP" || t[start - 1].lower === "to");
  return after === end && !listed && longestPhrase(s, end, CLUB_SUBJECT_VERBS, 3) > 0;
}

/** City names in the sentence that name their club: typed Organization and marked as the club. */
export function clubsNamedByCity(s: SentenceView, out: Mention[]): void {
  for (const m of out) {
    if (m.kind !== "Location" || m.known || m.ref || m.certainty > 1 || !CITIES.has(m.name) || !isClubAt(s, m.start, m.end)) continue;
    Object.assign(m, { kind: "Organization", certainty: 2, club: true });
  }
}

// References the entity stage resolves from the rest of the document:
// "he", "his country", "the country's leader", "the soldiers", "its troops".
import type { SentenceView, Step } from "./types";
import { ADJECTIVE_ENDING, DETERMINERS, FORCE_NOUNS, PRONOUNS } from "./lexicon";
import { glued, isCap, isPossessive, longestPhrase, make } from "./tokens";
import { matchAt } from "../gazetteer";
import { ownedAt } from "./ownership";
import { titleAt } from "./titles";

/** A reference starting at token i, if there is one. */
export function referenceAt(s: SentenceView, i: number): Step | undefined {
  const t = s.tokens;
  const tok = t[i];
  // Pronouns and "the country", resolved by the entity stage.
  if (PRONOUNS.has(tok.lower) && tok.pos === "PRON") {
    if ((tok.lower === "his" || tok.lower === "her") && t[i + 1]?.lower === "country")
      return { mention: make(s, i, i + 2, "country", "Country", 1, { ref: "country" }), end: i + 2 };
    return { mention: make(s, i, i + 1, tok.lower, "Person", 1, { ref: "pronoun" }), end: i + 1 };
  }
  if ((tok.lower === "the" || tok.lower === "this") && t[i + 1]?.lower === "country") {
    const m = make(s, i, i + 2, "country", "Country", 1, { ref: "country" });
    if (isPossessive(t[i + 2])) {
      const owned = ownedAt(s, i, i + 3, "country", "Country", undefined);
      if (owned?.mentions) {
        for (const x of owned.mentions) if (x.role) x.role = { ...x.role, of: undefined, ofRef: true };
        return { mentions: [m, ...owned.mentions], end: owned.end };
      }
    }
    return { mention: m, end: i + 2 };
  }
  // "the North's official newspaper": North or South Korea (the one country of the article so named), resolved by the entity stage.
  const compass = t[i + 1]?.text;
  if (tok.lower === "the" && (compass === "North" || compass === "South") && isPossessive(t[i + 2])) {
    const m = make(s, i, i + 2, compass, "Country", 1, { ref: "country" });
    // Only what is named after the description ("official newspaper Rodong Sinmun"); "the South's defence ministry" has no name to give.
    const owned = ownedAt(s, i, i + 3, compass, "Country", undefined)?.mentions?.filter((x) => x.outerStart !== undefined) ?? [];
    for (const x of owned) if (x.role) x.role = { ...x.role, of: undefined, ofRef: true };
    return owned.length ? { mentions: [m, ...owned], end: owned[owned.length - 1].end } : { mention: m, end: i + 2 };
  }
  // "the North shipped shells to Russia", "talks with the South": the same reference standing alone (not "the North
  // Atlantic", "the North-South summit", "the north of the country").
  const next = t[i + 2];
  if (tok.lower === "the" && (compass === "North" || compass === "South") && !(next && (isCap(next) || next.text === "-" || next.lower === "of")))
    return { mention: make(s, i, i + 2, compass, "Country", 1, { ref: "country" }), end: i + 2 };
  // "the soldiers", "its troops": a force named earlier, or the subject's own.
  if (DETERMINERS.has(tok.lower)) {
    let k = i + 1;
    while (k < t.length && (t[k].pos === "ADJ" || t[k].pos === "VERB" && /ed$/.test(t[k].lower)) && !isCap(t[k])) k++;
    const fe = longestPhrase(s, k, FORCE_NOUNS, 3);
    if (fe > 0 && t[fe]?.lower !== "of" && t[fe]?.pos !== "NOUN" && !isCap(t[k])) return { mention: make(s, i, fe, "force", "MilitaryForce", 1, { ref: "force" }), end: fe };
  }
  return bareTitleAt(s, i);
}

/**
 * "The Secretary also met with …", "thanked the Prime Minister": a capitalised post after "the" with no name, no
 * country and no "of" after it is the holder of that post named earlier, as readouts write (resolved in reading
 * order by the entity stage). Not an apposition ("Kim, the President,"), a name's title ("the President Joe Biden")
 * or a body's ("the Prime Minister's Office").
 */
function bareTitleAt(s: SentenceView, i: number): Step | undefined {
  const t = s.tokens;
  if (t[i].lower !== "the" || !t[i + 1] || !isCap(t[i + 1]) || t[i - 1]?.text === ",") return undefined;
  const end = titleAt(s, i + 1);
  const next = t[end];
  if (end < 0 || !t.slice(i + 1, end).every((x) => isCap(x) || x.lower === "of" || x.text === "-")) return undefined;
  const after = t[end + 1];
  // "the Justice and Development Party", "the President, Joe Biden,": a body's name or an apposition goes on.
  const runsOn = (next?.text === "," || next?.lower === "and" || next?.text === "&") && !!after && isCap(after);
  if (next && (isCap(next) || isPossessive(next) || next.lower === "of" || next.text === "-" || runsOn)) return undefined;
  const title = s.text.slice(t[i + 1].start, t[end - 1].end);
  return { mention: make(s, i, end, title, "Person", 1, { ref: "role", role: { title, leader: false } }), end };
}

/** Before "government", a leader's name: proper nouns no gazetteer knows ("the Hamas government", "African government" are no leader's). */
function leaderNamed(s: SentenceView, i: number, k: number): boolean {
  const t = s.tokens;
  // Never opening the sentence, where any capitalised word stands ("Former government ministers").
  return i > 0 && !matchAt(t, i) && t.slice(i, k).every((x) => x.pos === "PROPN" || x.text === "-" || !isCap(x)) && !ADJECTIVE_ENDING.test(t[k - 1].lower);
}

/**
 * "the Biden administration", "the Yoon administration", "the Lee Jae-myung government": a leader's government, named
 * by up to three capitalised words before "administration" or "government" (the country once the article or the
 * dictionary of persons says whom the leader leads). A known body before "government" is that body ("the Hamas
 * government").
 */
export function administrationAt(s: SentenceView, i: number): Step | undefined {
  const t = s.tokens;
  if (!isCap(t[i]) || t[i].pos === "DET" || (i > 0 && isCap(t[i - 1]) && t[i - 1].pos !== "DET")) return undefined;
  let k = i;
  while (k < t.length && k < i + 5) {
    if (isCap(t[k])) k++;
    // "Lee Jae-myung": the hyphen of a Korean given name stays inside the leader's name.
    else if (k > i && t[k].text === "-" && t[k + 1] && glued(t[k - 1], t[k]) && glued(t[k], t[k + 1])) k += 2;
    else break;
  }
  const head = t[k]?.lower;
  if (k === i || !(head === "administration" || (head === "government" && leaderNamed(s, i, k)))) return undefined;
  const leader = s.text.slice(t[i].start, t[k - 1].end);
  // The surname: last in "Joe Biden", first in a hyphened Korean name ("Lee Jae-myung").
  const surname = t[k - 2]?.text === "-" && k - 3 > i ? t[i].text : t[k - 1].text;
  return { mention: make(s, i, k + 1, `${leader} ${head}`, "Organization", 1, { administrationOf: surname }), end: k + 1 };
}

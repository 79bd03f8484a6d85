// A title before a name: "Interior minister Igor Klymenko", "Chairman of the
// State Affairs of the DPRK Kim Jong Un".
import type { Mention, SentenceView, Step } from "./types";
import { matchAt } from "../gazetteer";
import { isLeaderTitle, titleAt } from "./titles";
import { isCap, make, phrase } from "./tokens";
import { nameAfterTitleComma, nameRunEnd } from "./name-runs";
import { ownerOf } from "./ownership";
import { BARE_BODIES, FORMS_OF_ADDRESS, OFFICE_DOMAINS } from "./entity-cues";
import { isGivenName } from "../gazetteer/names";
import { headKind } from "./classification";

/** A title at token i and the person it names; a title with no name after it is skipped. */
export function titledNameAt(s: SentenceView, i: number, sofar: Mention[]): Step | undefined {
  const t = s.tokens;
  const tok = t[i];
  const titleEnd = titleAt(s, i);
  if (titleEnd < 0) return undefined;
  let k = titleEnd;
  let of: string | undefined;
  let domain = false;
  let body: Mention | undefined;
  if (t[k]?.lower === "of") {
    const runEnd = nameRunEnd(s, k + (t[k + 1]?.lower === "the" ? 2 : 1), true);
    for (let q = k; q < runEnd; q++) {
      const inner = matchAt(t, q);
      if (inner && (inner.kind === "Country" || inner.kind === "Organization")) {
        of = ownerOf(inner);
        k = q + inner.words.length;
        if (inner.kind === "Organization" && BARE_BODIES.has(phrase(s, q, k))) body = make(s, q, k, of, "Organization", 2, { known: true, bareBody: true });
        break;
      }
    }
    if (!of) {
      k = officeDomainEnd(s, k);
      // The holder leads the office's domain, not the country: "Director of National Security" is a post in its government.
      domain = k > titleEnd;
    }
  }
  k = nameAfterTitleComma(s, k);
  if (k < t.length && isCap(t[k]) && !matchAt(t, k)) {
    const nameEnd = nameRunEnd(s, k, false);
    // "Imam Khomeini International Airport", "General Motors": a run ending in a place's or a body's head word is no person.
    if (nameEnd > k && headKind(t[nameEnd - 1].lower) && i === k - 1 && !FORMS_OF_ADDRESS.has(tok.lower)) return undefined;
    if (nameEnd > k) {
      const title = s.text.slice(tok.start, t[k - 1].end).replace(/,$/, "");
      const name = s.text.slice(t[k].start, t[nameEnd - 1].end);
      // "China's foreign ministry spokesperson Lin Jian": the post belongs to the body named just before.
      const before = sofar[sofar.length - 1];
      if (!of && before && before.end === i && !before.ref && (before.kind === "Organization" || before.kind === "Country" || before.kind === "Company")) of = before.name;
      const person = make(s, k, nameEnd, name, "Person", 2, { role: { title, leader: !domain && isLeaderTitle(title.split(/\s+of\s+/i)[0]), of }, outerStart: i });
      return { mentions: body ? [body, person] : [person], end: nameEnd };
    }
  }
  return { end: titleEnd };
}

/**
 * "Director of National Security Shin Wonsik", "Minister of Foreign Affairs Wang Yi": the words after "of" at k that
 * name what the office is in charge of belong to the title; where the holder's name starts (a given name, or two
 * name words), or k when the words after "of" are not an office's domain followed by a name.
 */
function officeDomainEnd(s: SentenceView, k: number): number {
  const t = s.tokens;
  let j = k + 1;
  if (t[j]?.lower === "the") j++;
  const first = j;
  while (j < t.length && ((isCap(t[j]) && OFFICE_DOMAINS.has(t[j].lower)) || (t[j].lower === "and" && j > first && t[j + 1] && isCap(t[j + 1]) && OFFICE_DOMAINS.has(t[j + 1].lower)))) j++;
  if (j === first || j >= t.length || !isCap(t[j]) || matchAt(t, j)) return k;
  const nameEnd = nameRunEnd(s, j, false);
  const words = t.slice(j, nameEnd).filter((w) => w.text !== "-");
  // "Director of National Infrastructure Security Coordination Centre": a body's head word ends no person's name.
  if (words.some((w) => headKind(w.lower))) return k;
  return words.length >= 1 && words.length <= 4 && (isGivenName(t[j].text) || words.length >= 2) ? j : k;
}

// The kind of an unknown capitalised name from the words around it
// (lexicons/kind-cues.json): "shares in Yukos" → Company, "won the Australian
// Open", "Oscar nominations", "Oscar-winning" → Event. A title of a work or a
// product ("the film Sideways", "Scorsese's The Aviator", "the Today
// programme", "Xbox consoles") is none of the kinds of SCHEMA.md: marked so
// that the entity stage keeps it out of the graph.
import type { EntityKind } from "../schema";
import type { SentenceView } from "./types";
import { isWorkAfter, isWorkBefore, kindAfter, kindBefore } from "../gazetteer/cues";
import { afterCompound, isCap, isPossessive } from "./tokens";

const OPENING_QUOTE = /^["“‘]$/;

/** Up to n lower-case words before token i, a possessive glued to its word ("this year's"), a tight hyphen to both ("code-named"). */
function wordsBefore(s: SentenceView, i: number, n = 4): string[] {
  const t = s.tokens;
  const out: string[] = [];
  // 'codenamed "Midnight Hammer"': an opening quote belongs to the name, not to the words before it.
  const from = i > 0 && OPENING_QUOTE.test(t[i - 1].text) ? i - 2 : i - 1;
  for (let k = from; k >= 0 && out.length < n; k--) {
    const lower = t[k].lower;
    const w = lower.includes("’") ? lower.replace(/’/g, "'") : lower;
    if (w === "'s" && k > 0) out.unshift(`${t[--k].lower}'s`);
    else if (k > 1 && t[k - 1].text === "-" && t[k - 2].end === t[k - 1].start && t[k - 1].end === t[k].start) out.unshift(`${t[(k -= 2)].lower}-${w}`);
    else out.unshift(w);
  }
  return out;
}

/** Up to n lower-case words after token end, up to the next capitalised word; a hyphen glued to both sides joins the word after ("-winning"). */
function wordsAfter(s: SentenceView, end: number, n = 3): string[] {
  const t = s.tokens;
  const out: string[] = [];
  // "BT's chief executive": the words after the possessive.
  const from = isPossessive(t[end]) ? end + 1 : end;
  for (let k = from; k < t.length && out.length < n && !isCap(t[k]); k++) {
    if (t[k].text === "-" && k === end && k > 0 && t[k + 1] && t[k - 1].end === t[k].start && t[k].end === t[k + 1].start) out.push(`-${t[++k].lower}`);
    else out.push(t[k].lower);
  }
  return out;
}

// A weapon noun after an unknown name names its maker as often as the weapon ("Airbus aircraft"): not a cue here.
const CONTEXT_KINDS = new Set<EntityKind>(["Company", "Event", "Organization", "Location"]);

/** The kind the words around the name [i, end) signal, or undefined. */
export function contextKind(s: SentenceView, i: number, end: number): EntityKind | undefined {
  // "film-maker Theo van Gogh": the end of a compound ("maker") describes a person, not a firm.
  // A compound read whole ("code-named") is a cue of its own.
  const preceding = wordsBefore(s, i);
  const before = afterCompound(s, i) && !preceding[preceding.length - 1]?.includes("-") ? undefined : kindBefore(preceding);
  if (before && CONTEXT_KINDS.has(before)) return before;
  const after = kindAfter(wordsAfter(s, quotedEnd(s, i, end)));
  return after && CONTEXT_KINDS.has(after) ? after : undefined;
}

/** 'an exercise, code-named "Justice Mission 2025"': the words before the name cue an event (so "Justice" opens no judge's name). */
export const eventCuedBefore = (s: SentenceView, i: number): boolean => kindBefore(wordsBefore(s, i)) === "Event";

/** "the 'Strait Thunder' drills": a name in quotes is cued by the words after its closing quote. */
function quotedEnd(s: SentenceView, i: number, end: number): number {
  const t = s.tokens;
  const quote = (k: number) => /^['‘’"“”]$/.test(t[k]?.text ?? "");
  return i > 0 && quote(i - 1) && quote(end) ? end + 1 : end;
}

/** "The" capitalised inside a sentence opens a title ("Martin Scorsese's The Aviator"), not a name. */
const titledByThe = (s: SentenceView, i: number): boolean =>
  i > 1 && s.tokens[i - 1].text === "The" && !/^["“‘(]$/.test(s.tokens[i - 2].text);

/** Whether the name [i, end) is the title of a work or a product, by the words around it. */
export function isWorkTitle(s: SentenceView, i: number, end: number): boolean {
  return titledByThe(s, i) || isWorkBefore(wordsBefore(s, i, 3)) || isWorkAfter(wordsAfter(s, end));
}

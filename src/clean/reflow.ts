// Reflow: plain text hard-wrapped at a fixed width (press releases, e-mail,
// archives) is joined back into one line per paragraph, so that later stages
// see paragraphs, not 70-column fragments.
import { isTitleCase } from "./furniture";

/** Lines longer than this are never the product of a hard wrap. */
const MAX_WRAP = 100;
const LIST_ITEM = /^(?:[-*•·]\s|\d{1,2}[.)]\s)/;

/** The column the text was wrapped at, or undefined when it does not look hard-wrapped. */
export function wrapWidth(lines: string[]): number | undefined {
  const lengths = lines.map((l) => l.length).filter((n) => n > 0);
  const short = lengths.filter((n) => n <= MAX_WRAP).sort((a, b) => a - b);
  if (short.length < 3 || short.length < lengths.length * 0.8) return undefined;
  // A high percentile, not the maximum: a stray long line (a title) must not set the width.
  const width = short[Math.floor((short.length - 1) * 0.9)];
  if (width < 40) return undefined;
  // Wrapped text: most lines that continue into another line run close to the margin.
  let continued = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i] || !lines[i + 1] || lines[i].length > width + 5) continue;
    continued++;
    if (lines[i].length >= width * 0.75) full++;
  }
  return full >= 3 && full >= continued * 0.5 ? width : undefined;
}

const firstWordLength = (line: string) => line.split(/\s/, 1)[0].length;

/** Whether a line of wrapped text continues on the next one (same paragraph) rather than ending there. */
function continues(line: string, next: string, width: number, opensBlock: boolean): boolean {
  if (!line || !next || line.length > width + 5 || next.length > width + 5 || LIST_ITEM.test(next)) return false;
  // The next word would not have fit on this line: the wrap broke it here.
  const broken = line.length + 1 + firstWordLength(next) > width - Math.max(5, width * 0.1);
  // A headline over the first paragraph (or over a date line) is a line of its own, unless the wrap broke it
  // inside a long title, or inside prose full of titles ("On May 2, Member of the Political Bureau of the …").
  if (opensBlock && isTitleCase(line)) return broken && ((/^\p{Lu}/u.test(next) && isTitleCase(`${line} ${next}`)) || line.includes(", "));
  if (broken) return true;
  // A line of some length running into a lower-case word is mid-sentence.
  return line.length >= width * 0.6 && /^[\p{Ll}(“"‘']/u.test(next) && !/[.!?:]["'”’)]*$/.test(line);
}

/** Joins the lines of each hard-wrapped paragraph; text that is not hard-wrapped comes back unchanged. */
export function reflowWrapped(text: string): string {
  const lines = text.split("\n").map((l) => l.trim());
  const width = wrapWidth(lines);
  if (width === undefined) return text;
  const out: string[] = [];
  let current = "";
  lines.forEach((line, i) => {
    // "well-" + "known": a hyphen at the margin joins without a space.
    current = current === "" ? line : /\p{L}-$/u.test(current) ? current + line : `${current} ${line}`;
    if (!continues(line, lines[i + 1] ?? "", width, current === line && !lines[i - 1])) {
      out.push(current);
      current = "";
    }
  });
  return out.join("\n");
}

/**
 * Joins a line to the next where the sentence plainly runs on: the line ends without a full stop, on a
 * comma or a small word, or the next starts in lower case. For short texts, too short to show a wrap column.
 */
export function joinRunOnLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const runsOn = last && line && !/[.!?:;]["'”’)]*$/.test(last) && last.split(/\s+/).length >= 4 && !isTitleCase(last) &&
      (/^[\p{Ll}(]/u.test(line) || /(?:,|\b(?:the|a|an|of|to|in|on|and|for|with|by|at|from))$/i.test(last));
    if (runsOn) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

// "the Security Council of Russia", "the Security Council of Iran": a body the
// gazetteer gives the UN by its head alone ("the Security Council") is the
// country's own when "of <country>" follows it, named as a body "X of Country"
// is ("the Security Service of Georgia"), and belongs to that country.
import type { Mention, SentenceView } from "./types";
import { matchAt } from "../gazetteer";
import { BARE_BODIES } from "./entity-cues";
import { phrase } from "./tokens";

/** The country named at token i ("of Russia", "of the Philippines"): its canonical name, as written, and where it ends. */
function countryOfAt(s: SentenceView, i: number): { country: string; written: string } | undefined {
  const t = s.tokens;
  if (t[i]?.lower !== "of") return undefined;
  const at = t[i + 1]?.lower === "the" ? i + 2 : i + 1;
  const g = at < t.length ? matchAt(t, at) : undefined;
  if (g?.kind !== "Country" || g.role !== "country") return undefined;
  return { country: g.canonical, written: s.text.slice(t[i].start, t[at + g.words.length - 1].end) };
}

/** Bare bodies followed by "of <country>": that country's body, no longer the UN's. */
export function bareBodiesOfCountries(s: SentenceView, out: Mention[]): void {
  for (const m of out) {
    if (!m.known || m.kind !== "Organization" || m.ref || !BARE_BODIES.has(phrase(s, m.start, m.end))) continue;
    const of = countryOfAt(s, m.end);
    if (of) Object.assign(m, { known: false, owner: of.country, name: `${s.text.slice(s.tokens[m.start].start, s.tokens[m.end - 1].end)} ${of.written}` });
  }
}

// Members named after a body's people: "senior IRGC commanders, including Hossein
// Salami", "Hamas officials, among them Khalil al-Hayya" (MEMBER_OF the body).
import type { SentenceContext } from "../types";
import { isPostWord } from "../../mentions/titles";
import { isCap } from "../../mentions/tokens";
import { coordinated } from "../lists";

/** Where the names listed after token j start: ", including A", ", among them A", ", such as A"; else -1. */
function listStart(words: string[], j: number): number {
  if (words[j] === ",") j++;
  if (words[j] === "including") return j + 1;
  if ((words[j] === "among" && words[j + 1] === "them") || (words[j] === "such" && words[j + 1] === "as")) return j + 2;
  return -1;
}

/** "Hamas officials, including Khalil al-Hayya and Zaher Jabarin": each person listed holds a post in the body. */
export function membersOfBodyListed(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  // A body and a person at least, and a word that opens a list (issue 9: most sentences stop here).
  if (s.mentions.length < 2 || !t.some((x) => x.lower === "including" || x.lower === "among" || x.lower === "such")) return;
  const words = t.map((x) => x.lower);
  for (const body of s.mentions) {
    const e = entityOf(body);
    const noun = t[body.end];
    if (!e || body.ref || body.possessive || (e.kind !== "Organization" && e.kind !== "MilitaryForce")) continue;
    // A post noun in the plural right after the body: "commanders", "officials", "leaders".
    if (!noun || isCap(noun) || noun.pos !== "NOUN" || noun.lemma === noun.lower || !isPostWord(noun.lemma)) continue;
    const start = listStart(words, body.end + 1);
    const first = start > 0 ? s.mentions.find((m) => (m.outerStart ?? m.start) === start) : undefined;
    if (!first || first.kind !== "Person" || first.ref) continue;
    for (const m of [first, ...coordinated(s, first, 1)]) if (m.kind === "Person" && !m.ref) add(entityOf(m), e, "MEMBER_OF", noun.text, "asserted", noun.lemma);
  }
}

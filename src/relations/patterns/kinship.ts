// Family ties and hosts stated with a noun: "his daughter, Kim Ju-ae",
// "his guest, Olga Lyubimova", "Kim Yo Jong, the powerful sister of Kim Jong Un".
import type { SentenceContext } from "../types";
import { HOST_NOUNS } from "../lexicon";
import { KINSHIP } from "../../mentions/titles";

/** "his daughter, Kim Ju-ae" (RELATIVE_OF); "his guest, Olga Lyubimova" (HOSTED). */
export function kinOrGuestNamed(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  t.forEach((tok, k) => {
    const kin = KINSHIP.has(tok.lower);
    const host = HOST_NOUNS.has(tok.lower);
    if (!kin && !host) return;
    const owner = s.mentions.find((m) => m.end === k || (m.end === k - 1 && /^['’]s?$/.test(t[k - 1].text)) || (m.possessive && m.end + 1 === k));
    let k2 = k + 1;
    while (k2 < t.length && (t[k2].text === "," || t[k2].pos === "ADJ")) k2++;
    // Skip an intervening title: "his guest, Russian culture minister, Olga Lyubimova".
    const person = s.mentions.find((m) => m.kind === "Person" && !m.ref && m.start >= k2 && m.start <= k + 8 && s.mentions.filter((x) => x.start > k && x.start < m.start && x.kind === "Person").length === 0);
    if (!owner || !person) return;
    if (kin) add(entityOf(person), entityOf(owner), "RELATIVE_OF", tok.text, "asserted");
    else add(entityOf(owner), entityOf(person), "HOSTED", tok.text, "asserted");
  });
}

/** "Kim Yo Jong, the powerful sister of leader Kim Jong Un". */
export function kinOfInApposition(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  t.forEach((tok, k) => {
    if (!KINSHIP.has(tok.lower) || t[k + 1]?.lower !== "of") return;
    const of = s.mentions.find((m) => m.kind === "Person" && !m.ref && (m.outerStart ?? m.start) >= k + 2 && (m.outerStart ?? m.start) <= k + 4);
    let j = k - 1;
    while (j >= 0 && (t[j].pos === "ADJ" || t[j].pos === "DET" || t[j].pos === "ADV")) j--;
    const who = j >= 0 && t[j].text === "," ? s.mentions.filter((m) => m.end === j && m.kind === "Person" && !m.ref).pop() : undefined;
    if (who && of) add(entityOf(who), entityOf(of), "RELATIVE_OF", tok.text, "asserted");
  });
}

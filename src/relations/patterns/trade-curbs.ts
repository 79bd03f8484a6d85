// Trade curbs as sanctions (SANCTIONED): "China restricted exports of rare earths to Japanese firms", "Beijing
// suspended imports of Japanese seafood", "Turkey halted trade with Israel". Only a state curbing a flow of goods
// with a named country: "Japan said it would restrict imports" names no one, "farmers blocked imports" is no state;
// cutting purchases is a choice, not a curb.
import type { Mention } from "../../mentions";
import type { SentenceContext } from "../types";
import { EXPORT_NOUNS, IMPORT_NOUNS } from "../../mentions/lexicon";
import { TRADE_CURB_VERBS } from "../lexicon";
import { modalityAt } from "../modality";
import { subjectOf } from "../syntax";

/** Every curb verb on imports or exports with a country named as the other side. */
export function tradeCurbs(c: SentenceContext): void {
  const t = c.s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (t[k].pos !== "VERB" || !TRADE_CURB_VERBS.has(t[k].lemma)) continue;
    const noun = flowNounAfter(c, k);
    if (noun < 0) continue;
    const partner = partnerBefore(c, k, noun) ?? partnerAfter(c, noun, IMPORT_NOUNS.has(t[noun].lower));
    const curber = subjectOf(c.s, k);
    // A state or a union of states ("the EU banned imports of Russian steel"); firms and people impose no sanctions.
    const curberKind = c.entityOf(curber)?.kind;
    if (!partner || !curber || (curberKind !== "Country" && curberKind !== "Organization") || c.entityOf(partner)?.kind !== "Country") continue;
    const mod = modalityAt(c.s, curber.end, k, c.modality);
    if (mod !== "negated") c.add(c.entityOf(curber), c.entityOf(partner), "SANCTIONED", t[k].text, mod);
  }
}

/** The imports/exports noun the verb at k takes, past a determiner and modifiers ("all Japanese seafood imports"), or -1. */
function flowNounAfter(c: SentenceContext, k: number): number {
  const t = c.s.tokens;
  for (let q = k + 1; q < t.length && q <= k + 5; q++) {
    if (IMPORT_NOUNS.has(t[q].lower) || EXPORT_NOUNS.has(t[q].lower)) return q;
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(t[q].pos)) return -1;
  }
  return -1;
}

/** "banned Russian oil imports": a country or its demonym between the verb and the noun. */
function partnerBefore(c: SentenceContext, k: number, noun: number): Mention | undefined {
  return c.s.mentions.find((m) => m.start > k && m.end <= noun && !m.possessive);
}

/**
 * The other side after the noun, before the clause ends: "from X" or "of Japanese seafood" for imports, "to X" or
 * "to Japanese firms" for exports, "with X" for either.
 */
function partnerAfter(c: SentenceContext, noun: number, imports: boolean): Mention | undefined {
  const t = c.s.tokens;
  const preps = imports ? ["from", "with", "of"] : ["to", "with"];
  for (let q = noun + 1; q < t.length && q <= noun + 8; q++) {
    if (t[q].pos === "PUNCT" || t[q].pos === "VERB") return undefined;
    if (!preps.includes(t[q].lower)) continue;
    // "of" names the goods: only a demonym on them says where they come from ("of Japanese seafood", not "of Iran's oil").
    const m = c.s.mentions.find((x) => x.start > q && x.start <= q + 3 && (t[q].lower !== "of" || !!x.adjectival));
    if (m && t.slice(q + 1, m.start).every((x) => x.pos === "DET" || x.pos === "ADJ")) return m;
  }
  return undefined;
}

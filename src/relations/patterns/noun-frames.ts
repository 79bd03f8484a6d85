// Noun triggers (lexicons/relations.json: nouns): the actor is a possessor or
// modifier ("Moscow's invasion of Ukraine", "US sanctions"), a light verb's
// subject ("held a meeting with"), or for symmetric nouns the clause's subject;
// "between X and Y" relates X and Y.
import { RELATIONS, type RelationType } from "../../schema";
import type { Mention } from "../../mentions";
import type { SentenceContext, SentenceInput } from "../types";
import { LIGHT_VERBS, NOUNS, UNREALISED_MODIFIERS, WHERE_NOUN_RELATIONS, type NounFrame } from "../lexicon";
import { modalityAt } from "../modality";
import { coordinated, subjectOf, targetOf, whereAntecedent } from "../syntax";
import { objectClasses } from "./verb-frames";

/** A noun trigger at k with its frame. */
export function nounRelations(c: SentenceContext, k: number, f: NounFrame): void {
  const { s, entityOf, add, state } = c;
  const t = s.tokens;
  const verb = t[k].text;
  // A planned visit is kept as planned, like "will visit"; a planned meeting or attack is no fact.
  if (f.relation !== "VISITED" && isUnrealised(t, k)) return;
  // Possessor or modifier before the noun, adjectives allowed between: "Moscow's full-scale invasion", "US sanctions".
  let j = k - 1;
  while (j >= 0 && (t[j].pos === "ADJ" || t[j].pos === "NOUN" && !NOUNS[t[j].lower] || t[j].text === "-" || t[j].pos === "NUM" || UNREALISED_MODIFIERS.has(t[j].lower))) j--;
  if (j >= 0 && /^['’]s?$/.test(t[j].text)) j--;
  if (j >= 0 && t[j].lower === "their" && f.relation && RELATIONS[f.relation].symmetric) return partiesOfSubject(c, k, f.relation);
  // "the U.S.-ROK alliance", "the China-Russia summit": the two names joined by the hyphen are the parties.
  const pair = f.relation && RELATIONS[f.relation].symmetric ? hyphenedPair(s, j) : undefined;
  if (pair && f.relation) {
    const mod = modalityAt(s, 0, k, c.modality); // "scrapped the US-Iran deal"
    return mod === "negated" ? undefined : add(entityOf(pair[0]), entityOf(pair[1]), f.relation, verb, mod);
  }
  let actor = possessorAt(c, j);
  if (actor) c.nounActor = actor;
  else if (j >= 0 && (t[j].lower === "the" || t[j].lower === "its") && [",", "and"].includes(t[j - 1]?.lower)) actor = c.nounActor; // "its deployment of troops to X, and the transfer of missiles to X"
  if (actor && f.relation === "SANCTIONED") state.lastSanctioner = entityOf(actor) ?? state.lastSanctioner;

  // "the agreement between Moscow and Pyongyang".
  let q = k + 1;
  while (q < t.length && t[q].pos === "ADJ") q++;
  if (f.between && f.relation && t[q]?.lower === "between") {
    const relation = f.relation;
    // "talks between Brazil, India and South Africa": every pair of parties.
    const a = s.mentions.find((m) => m.start > q && m.start <= q + 3);
    const parties = a ? [a, ...coordinated(s, a, 1)] : [];
    parties.forEach((x, i) => parties.slice(i + 1).forEach((y) => add(entityOf(x), entityOf(y), relation, verb, c.modality)));
    return;
  }
  let target = targetOf(s, k + 1, f.target, f.byObject ? 10 : 6);
  if (!target && f.relation && WHERE_NOUN_RELATIONS.has(f.relation)) target = whereAntecedent(s, k, entityOf);
  // "Armenia and Azerbaijan signed a peace agreement": with no other party named, the coordinated subjects.
  if (!target && !actor && f.relation && RELATIONS[f.relation].symmetric && lightVerbBefore(t, k)) return partiesOfSubject(c, k, f.relation);
  if (!target) return;
  // "the transfer of ballistic missiles to": the relation by what is transferred.
  const relations = f.byObject ? objectClasses(s, k + 1, target.start).flatMap((cl) => f.byObject?.[cl] ?? []) : f.relation ? [f.relation] : [];
  if (!relations.length) return;
  if (!actor) {
    // "held a meeting with", "launched an offensive", "a mutual defense treaty with Russia": the clause's subject.
    if (!lightVerbBefore(t, k) && !RELATIONS[relations[0]].symmetric) return;
    actor = subjectOf(s, k);
  }
  if (!actor) return;
  const mod = modalityAt(s, actor.end, k, c.modality);
  if (mod === "negated") return;
  for (const relation of relations) for (const tg of [target, ...coordinated(s, target, 1)]) add(entityOf(actor), entityOf(tg), relation, verb, mod);
}

/** Two names joined by a hyphen, the second ending at j: "U.S.-ROK", "North Korea-Russia". */
export function hyphenedPair(s: SentenceInput, j: number): [Mention, Mention] | undefined {
  const second = s.mentions.find((m) => m.end - 1 === j && !m.possessive);
  const hyphen = second ? (second.outerStart ?? second.start) - 1 : -1;
  const first = hyphen > 0 && s.tokens[hyphen].text === "-" ? s.mentions.find((m) => m.end === hyphen) : undefined;
  return first && second ? [first, second] : undefined;
}

/** The mention ending at j that owns a noun ("Moscow's"), or for "its"/"their" the last country or body before. */
function possessorAt(c: SentenceContext, j: number): Mention | undefined {
  const { s } = c;
  if (j < 0) return undefined;
  const named = s.mentions.find((m) => m.end - 1 === j);
  if (named || (s.tokens[j].lower !== "its" && s.tokens[j].lower !== "their")) return named;
  return s.mentions.filter((m) => m.end <= j && (m.kind === "Country" || m.kind === "Organization")).pop();
}

/** "a planned meeting", "the proposed peace deal": a modifier before the noun says the event has not happened. */
function isUnrealised(t: SentenceInput["tokens"], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && ["ADJ", "NOUN", "VERB", "PUNCT"].includes(t[j].pos); j--) if (UNREALISED_MODIFIERS.has(t[j].lower)) return true;
  return false;
}

const lightVerbBefore = (t: SentenceInput["tokens"], k: number) => t.slice(Math.max(0, k - 4), k).some((x) => LIGHT_VERBS.has(x.lemma) && x.pos === "VERB");

/** "Pyongyang and Moscow bolstered their alliance": the coordinated subjects are the parties, each pair once. */
function partiesOfSubject(c: SentenceContext, k: number, relation: RelationType): void {
  const subj = subjectOf(c.s, k);
  if (!subj) return;
  const parties = [subj, ...coordinated(c.s, subj, -1)];
  const mod = modalityAt(c.s, subj.end, k, c.modality);
  if (mod === "negated") return;
  parties.forEach((x, i) => parties.slice(i + 1).forEach((y) => c.add(c.entityOf(x), c.entityOf(y), relation, c.s.tokens[k].text, mod)));
}

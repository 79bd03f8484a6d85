// Noun triggers (lexicons/relations.json: nouns): the actor is a possessor or
// modifier ("Moscow's invasion of Ukraine", "US sanctions"), a light verb's
// subject ("held a meeting with"), the one urged to stop ("pressure Moscow into
// ending the war on Ukraine"), or for symmetric nouns the clause's subject;
// "between X and Y" and "the X-Y alliance" relate X and Y.
import { RELATIONS, type Modality, type RelationType } from "../../schema";
import type { Mention } from "../../mentions";
import type { DocEntity } from "../../entities";
import type { SentenceContext, SentenceInput } from "../types";
import { ADJUNCT_PREPOSITIONS, AGREEMENT_VERBS, ATTACK_RESULT_VERBS, CAUSATIVE_VERBS, CEASING_VERBS, CONTINUING_VERBS, DESCRIPTIVE_COMPOUNDS, IMPOSING_VERBS, EVAL_VERBS, JUDGEMENT_VERBS, LIGHT_VERBS, MEDIATING_VERBS, REPORTING_VERBS, VERBS, LIST_LINKS, NEARNESS_WORDS, NOUNS, PARTY_NOUNS, PURSUIT_WORDS, UNREALISED_MODIFIERS, WHERE_NOUN_RELATIONS, type NounFrame } from "../lexicon";
import { modalityAt, notInPerson } from "../modality";
import { POSSESSIVE_PRONOUNS, countryOrEntity, isJoiningHyphen, nameAfterWord, subjectOf, targetOf, whereAntecedent } from "../syntax";
import { coordinated } from "../lists";
import { placeOfAttacked } from "./places";
import { isPluralPersonNoun } from "../../mentions/word-lists";
import { NOUN_PHRASE_TAGS, objectClasses } from "./verb-frames";

type Tokens = SentenceInput["tokens"];

/** A noun trigger at k with its frame. */
export function nounRelations(c: SentenceContext, k: number, f: NounFrame): void {
  const { s, entityOf, add, state } = c;
  const t = s.tokens;
  const verb = t[k].text;
  // A planned visit is kept as planned, like "will visit"; a planned meeting or attack is no fact.
  if (f.relation !== "VISITED" && isUnrealised(t, k)) return;
  if (f.relation === "MET_WITH" && notInPerson(t, k)) return;
  const j = modifierStart(t, k);
  const symmetric = !!f.relation && RELATIONS[f.relation].symmetric;
  // "sought an agreement with", "talks on a deal with", "close to striking a deal": pursued, not had.
  if (symmetric && isPursued(s, k)) return;
  if (symmetric && j >= 0 && t[j].lower === "their") return partiesOfSubject(c, k, f.relation!);
  if (symmetric && (pairRelation(c, k, f.relation!, j) || betweenParties(c, k, f.relation!, f))) return;
  const possessor = possessorAt(c, j);
  if (possessor) (c.nounActors ??= []).push(possessor);
  if (possessor && f.relation === "SANCTIONED") state.lastSanctioner = entityOf(possessor) ?? state.lastSanctioner;

  const target = nounTarget(c, k, f);
  // "Armenia and Azerbaijan signed a peace agreement", "A, B end talks with agreement": the coordinated subjects.
  if (!target && !possessor && symmetric && (lightVerbBefore(t, k) || agreementVerbBefore(s, k))) return partiesOfSubject(c, k, f.relation!);
  if (!target) return;
  // "the transfer of ballistic missiles to": the relation by what is transferred; "arms sales to" by the noun's modifier.
  const classes = f.byObject ? objectClasses(s, k + 1, target.mention?.start ?? k + 1) : [];
  if (f.byObject && !classes.length && k > 0) classes.push(...objectClasses(s, k - 1, k));
  const relations = f.byObject ? classes.flatMap((cl) => f.byObject?.[cl] ?? []) : f.relation ? [f.relation] : [];
  if (!relations.length) return;
  const urged = urgedToStop(s, k);
  const named = urged ?? possessor ?? agentAfter(s, target.mention) ?? agentRightAfter(s, k, target.mention) ?? listedActor(c, k, j, target.entity);
  const actor = named ?? clauseActor(s, k, relations[0]);
  if (!actor) return;
  // "The United States and Britain carried out strikes against …": every coordinated subject of the light verb acts.
  const actors = named ? [actor, ...imposersOf(c, k, relations, possessor)] : [actor, ...coordinated(s, actor, -1)];
  // "urged Israel to halt its offensive": the halting is asked for, the offensive is a fact.
  const mod: Modality | "negated" = urged ? c.modality : modalityAt(s, actor.end, k, c.modality);
  if (mod === "negated") return;
  const targets = target.mention ? [target.mention, ...coordinated(s, target.mention, 1)].map(entityOf) : [target.entity];
  const place = target.mention && relations.includes("ATTACKED") ? placeOfAttacked(s, target.mention) : undefined;
  if (place) targets.push(entityOf(place));
  for (const relation of relations) for (const a of actors) for (const tg of targets) add(entityOf(a), tg, relation, verb, mod);
}

/**
 * "Britain, France and Germany restored UN sanctions on Iran": a body named before the sanctions is their source, and
 * the subjects of an imposing verb (`imposingVerbs`) impose them as well. A possessive ("the EU's sanctions") names the only actor.
 */
function imposersOf(c: SentenceContext, k: number, relations: RelationType[], possessor: Mention | undefined): Mention[] {
  if (!possessor || possessor.possessive || !relations.includes("SANCTIONED")) return [];
  let v = possessor.start - 1;
  while (v >= 0 && (c.s.tokens[v].pos === "DET" || c.s.tokens[v].pos === "ADJ")) v--;
  if (v < 0 || c.s.tokens[v].pos !== "VERB" || !IMPOSING_VERBS.has(c.s.tokens[v].lemma)) return [];
  const subject = subjectOf(c.s, v);
  if (!subject || subject === possessor || c.entityOf(subject) === c.entityOf(possessor)) return [];
  return [subject, ...coordinated(c.s, subject, -1)];
}

/** Where the modifiers before the noun at k begin: "Moscow's full-scale invasion", "its brutal and illegal war". */
function modifierStart(t: Tokens, k: number): number {
  let j = k - 1;
  // A headline's verb tagged as a noun ("Russia end talks") is no modifier.
  const modifier = (x: Tokens[number]) =>
    x.pos === "ADJ" || (x.pos === "NOUN" && !NOUNS[x.lower] && !AGREEMENT_VERBS.has(x.lower)) || x.text === "-" || x.pos === "NUM" || x.pos === "SYM" || UNREALISED_MODIFIERS.has(x.lower);
  while (j >= 0 && (modifier(t[j]) || (t[j].pos === "CCONJ" && t[j - 1]?.pos === "ADJ" && t[j + 1]?.pos === "ADJ"))) j--;
  if (j >= 0 && /^['’]s?$/.test(t[j].text)) j--;
  return j;
}

/** "the U.S.-ROK alliance", "the China-Russia summit": the two names joined by the hyphen are the parties. */
function pairRelation(c: SentenceContext, k: number, relation: RelationType, j: number): boolean {
  const pair = hyphenedPair(c.s, j);
  if (!pair) return false;
  const mod = modalityAt(c.s, 0, k, c.modality); // "scrapped the US-Iran deal"
  if (mod !== "negated") c.add(c.entityOf(pair[0]), c.entityOf(pair[1]), relation, c.s.tokens[k].text, mod);
  return true;
}

/** "the agreement between Moscow and Pyongyang", "talks between Brazil, India and South Africa": every pair of parties. */
function betweenParties(c: SentenceContext, k: number, relation: RelationType, f: NounFrame): boolean {
  const { s, entityOf, add } = c;
  let q = k + 1;
  while (q < s.tokens.length && s.tokens[q].pos === "ADJ") q++;
  // "the talks in Geneva between A and B": the place of the talks stands before their parties.
  const place = ["in", "at"].includes(s.tokens[q]?.lower ?? "") ? s.mentions.find((m) => m.start === q + 1 && m.kind === "Location") : undefined;
  if (place) q = place.end;
  if (!f.between || s.tokens[q]?.lower !== "between") return false;
  const a = s.mentions.find((m) => m.start > q && m.start <= q + 3);
  const parties = namedInApposition(s, q) ?? (a ? [a, ...coordinated(s, a, 1)] : []);
  parties.forEach((x, i) => parties.slice(i + 1).forEach((y) => add(entityOf(x), entityOf(y), relation, s.tokens[k].text, c.modality)));
  return true;
}

/**
 * "between the two leaders, Xi Jinping and Joe Biden", "between US and Russian presidents, A and B", "between the two
 * sides, Israel and Hamas": the names in apposition to a plural noun for people or states are the parties, not the
 * countries that qualify the noun.
 */
function namedInApposition(s: SentenceInput, q: number): Mention[] | undefined {
  const t = s.tokens;
  let r = q + 1;
  while (r < t.length && r <= q + 7 && t[r].text !== "," && ["DET", "NUM", "ADJ", "NOUN", "PROPN", "CCONJ"].includes(t[r].pos)) r++;
  const head = t[r - 1]?.lower ?? "";
  const kinds = isPluralPersonNoun(head) ? PERSON : PARTY_NOUNS.has(head) ? STATES : undefined;
  if (t[r]?.text !== "," || !kinds || s.mentions.some((m) => m.start > q && m.start < r && kinds.includes(m.kind) && m.ref !== "adjective")) return undefined;
  const first = s.mentions.find((m) => m.start === r + 1);
  const named = first ? [first, ...coordinated(s, first, 1)] : [];
  return named.length > 1 && named.every((m) => kinds.includes(m.kind)) ? named : undefined;
}
const PERSON = ["Person"];
const STATES = ["Country", "Organization", "MilitaryForce"];

/** The noun's target: a name where the frame says, a "where" clause's place, or a country by its demonym ("strikes on a Russian air base"). */
function nounTarget(c: SentenceContext, k: number, f: NounFrame): { mention?: Mention; entity?: DocEntity } | undefined {
  const { s, entityOf } = c;
  // "a visit to support the candidates", "a trip to see the troops": "to" opens a purpose, not a destination.
  if (f.relation === "VISITED" && s.tokens[k + 1]?.lower === "to" && s.tokens[k + 2]?.pos === "VERB") return undefined;
  let mention = targetOf(s, k + 1, f.target, f.byObject ? 10 : 6);
  if (!mention && f.relation && WHERE_NOUN_RELATIONS.has(f.relation)) mention = whereAntecedent(s, k, entityOf);
  if (mention) return { mention, entity: entityOf(mention) };
  const country = f.relation === "ATTACKED" ? demonymSite(c, k + 1, f.target) : undefined;
  return country ? { entity: country } : undefined;
}

/** "on a Russian missile launch site": the country of a demonym that qualifies a place struck, if the article names it. */
function demonymSite(c: SentenceContext, from: number, preps: string[]): DocEntity | undefined {
  const t = c.s.tokens;
  if (!preps.includes(t[from]?.lower ?? "")) return undefined;
  const m = c.s.mentions.find((x) => x.start > from && x.start <= from + 2 && x.ref === "adjective");
  if (!m || !t.slice(from + 1, m.start).every((x) => x.pos === "DET") || !["NOUN", "ADJ"].includes(t[m.end]?.pos ?? "")) return undefined;
  return countryOrEntity(c.entities, c.entityOf, m);
}

/**
 * "pressure Moscow into ending the war on Ukraine", "urged Israel to halt its offensive in Gaza": the one pressed to
 * stop is the one waging it.
 */
function urgedToStop(s: SentenceInput, k: number): Mention | undefined {
  const t = s.tokens;
  let q = k - 1;
  while (q >= 0 && t[q].pos === "ADJ") q--;
  if (q >= 0 && (t[q].pos === "DET" || t[q].lower === "its" || t[q].lower === "their")) q--;
  if (q < 2 || !CEASING_VERBS.has(t[q].lemma) || !["into", "to"].includes(t[q - 1].lower)) return undefined;
  const urged = s.mentions.find((m) => m.end === q - 1 && m.ref !== "adjective");
  if (!urged) return undefined;
  let v = (urged.outerStart ?? urged.start) - 1;
  if (t[v]?.lower === "on") v--; // "called on Russia to end"
  return CAUSATIVE_VERBS.has(t[v]?.lemma ?? "") ? urged : undefined;
}

/**
 * "X's support to Y, including the deployment of troops to Y and the transfer of missiles to Y": a nominalisation
 * listed after others takes the last possessor that is not its own target.
 */
function listedActor(c: SentenceContext, k: number, j: number, target: DocEntity | undefined): Mention | undefined {
  const t = c.s.tokens;
  if (j < 1 || !(t[j].lower === "the" || t[j].lower === "its") || !LIST_LINKS.has(t[j - 1].lower)) return undefined;
  return (c.nounActors ?? []).filter((m) => m.start < k && c.entityOf(m) !== target).pop();
}

/** "held a meeting with", "launched an offensive", "a mutual defense treaty with Russia": the clause's subject. */
function clauseActor(s: SentenceInput, k: number, relation: RelationType): Mention | undefined {
  const symmetric = RELATIONS[relation].symmetric;
  // "for the trip to X" is a plan or a purpose of someone else ("fit for the trip to Murrayfield"): a visit only "during"/"on".
  const adjunct = symmetric || relation === "VISITED" ? adjunctAt(s.tokens, k, symmetric) : undefined;
  if (adjunct) return subjectOf(s, adjunct.verb ?? k);
  if (relation === "SIGNED_AGREEMENT_WITH" && judgedOrReported(s, k)) return undefined;
  if (relation === "ATTACKED") {
    const v = resultVerbBefore(s.tokens, k);
    if (v !== undefined) return subjectOf(s, v);
  }
  return lightVerbBefore(s.tokens, k, !symmetric) || symmetric ? subjectOf(s, k) : undefined;
}

/**
 * "killed two people in a strike on Beirut", "hit a depot in an attack on Odesa": the verb of the attack's result
 * before "in" and the attack noun at k, active ("were killed in a strike" names the victims, not the attacker).
 */
function resultVerbBefore(t: Tokens, k: number): number | undefined {
  let q = k - 1;
  while (q >= 0 && (t[q].pos === "ADJ" || t[q].pos === "DET")) q--;
  if (q < 1 || t[q].lower !== "in") return undefined;
  for (let v = q - 1; v >= 0 && v >= q - 8 && t[v].text !== ","; v--) {
    if (t[v].pos !== "VERB") continue;
    return ATTACK_RESULT_VERBS.has(t[v].lemma) && t[v - 1]?.pos !== "AUX" ? v : undefined;
  }
  return undefined;
}

/**
 * "visited Cairo for talks with X", "called for a truce during a visit to Beirut", "X, on a visit to Y,": a noun in
 * an adjunct phrase is the clause subject's; the verb the phrase hangs on, if one stands before it.
 */
function adjunctAt(t: Tokens, k: number, purpose: boolean): { verb?: number } | undefined {
  let q = k - 1;
  while (q >= 0 && (t[q].pos === "ADJ" || t[q].pos === "DET" || POSSESSIVE_PRONOUNS.has(t[q].lower))) q--;
  if (q < 0 || !(ADJUNCT_PREPOSITIONS.has(t[q].lower) || (purpose && t[q].lower === "for"))) return undefined;
  for (let v = q - 1; v >= 0 && v >= q - 10 && t[v].text !== ","; v--) if (t[v].pos === "VERB") return { verb: v };
  return {};
}

/** Two names joined by a hyphen, the second ending at j: "U.S.-ROK", "North Korea-Russia". */
export function hyphenedPair(s: SentenceInput, j: number): [Mention, Mention] | undefined {
  const second = s.mentions.find((m) => m.end - 1 === j && !m.possessive);
  const hyphen = second ? (second.outerStart ?? second.start) - 1 : -1;
  const first = isJoiningHyphen(s, hyphen) ? s.mentions.find((m) => m.end === hyphen) : undefined;
  return first && second ? [first, second] : undefined;
}

/** The mention ending at j that owns a noun ("Moscow's"), or for "its"/"their" the last country or body before. */
function possessorAt(c: SentenceContext, j: number): Mention | undefined {
  const { s } = c;
  if (j < 0) return undefined;
  // "a Madrid-style bombing", "Russian-made missiles": the name only describes the thing.
  const named = s.mentions.find((m) => m.end - 1 === j && !(s.tokens[m.end]?.text === "-" && DESCRIPTIVE_COMPOUNDS.has(s.tokens[m.end + 1]?.lower ?? "")));
  if (named || (s.tokens[j].lower !== "its" && s.tokens[j].lower !== "their")) return named;
  return s.mentions.filter((m) => m.end <= j && (m.kind === "Country" || m.kind === "Organization")).pop();
}

/** "a planned meeting", "the proposed peace deal": a modifier before the noun says the event has not happened. */
function isUnrealised(t: Tokens, k: number): boolean {
  let j = k - 1;
  for (; j >= 0 && j >= k - 3 && ["ADJ", "NOUN", "VERB", "PUNCT"].includes(t[j].pos); j--) if (UNREALISED_MODIFIERS.has(t[j].lower)) return true;
  return j >= 0 && t[j].pos === "DET" && UNREALISED_MODIFIERS.has(t[j].lower); // "any arms deal"
}

/**
 * Whether the symmetric noun at k is only pursued: a pursuit word before it in its clause ("sought a pact with",
 * "talks on a deal", "pushing for a summit"), or a verb of concluding after one or a nearness word ("wanted to make
 * a deal", "close to striking a deal", "on the verge of signing an agreement"). A name or comma ends the look-back.
 */
function isPursued(s: SentenceInput, k: number): boolean {
  const t = s.tokens;
  // "end talks with agreement" concludes them: a pursuit word before "with" names its partner, not the noun.
  const pursuit = (q: number) => q >= 0 && ((PURSUIT_WORDS.has(t[q].lower) && t[q + 1]?.lower !== "with") || (NEARNESS_WORDS.has(t[q].lower) && (t[q + 1]?.lower === "to" || t[q + 1]?.lower === "of")));
  for (let q = k - 1; q >= Math.max(0, k - 8); q--) {
    if (t[q].text === "," || t[q].text === ";" || s.mentions.some((m) => m.end === q + 1 && m.ref !== "adjective")) return false;
    if (pursuit(q)) return true;
    if (t[q].pos === "VERB") return (t[q - 1]?.lower === "to" || t[q - 1]?.lower === "of") && pursuit(q - 2);
  }
  return false;
}

/**
 * A light verb up to four words before the noun, or right before its modifiers ("announced an $11 billion arms
 * package"); not one asking for it ("pressed for sanctions on").
 */
const lightVerbBefore = (t: Tokens, k: number, continuing = false) => {
  const from = Math.max(0, Math.min(k - 4, modifierStart(t, partitiveStart(t, k)) - 1));
  // "continuing attacks against X" qualifies the noun; "kept up", "continued" act.
  const light = (x: Tokens[number]) => LIGHT_VERBS.has(x.lemma) || (continuing && CONTINUING_VERBS.has(x.lemma) && !x.lower.endsWith("ing"));
  for (let q = from; q < k; q++) if (light(t[q]) && t[q].pos === "VERB" && t[q + 1]?.lower !== "for") return true;
  return false;
};
/** "a 19th package of sanctions", "a wave of strikes": the measure word before "of" is no trigger; the phrase starts there. */
const partitiveStart = (t: Tokens, k: number) => (t[k - 1]?.lower === "of" && t[k - 2]?.pos === "NOUN" ? k - 2 : k);
/**
 * "A, B end talks with agreement", "A and B sealed a deal": verbs that close on an agreement, for symmetric nouns
 * only; right after a name a headline's verb may be tagged as a noun.
 */
function agreementVerbBefore(s: SentenceInput, k: number): boolean {
  for (let q = Math.max(0, k - 8); q < k; q++) if (AGREEMENT_VERBS.has(s.tokens[q].lemma) && (s.tokens[q].pos === "VERB" || s.mentions.some((m) => m.end === q))) return true;
  return false;
}

/**
 * "Israel criticised the deal with Iran", "Jones said the deal with Iran was dead": the verb right before the noun's
 * phrase judges or reports an agreement that someone else may have made, so the clause's subject is no party to it
 * ("justified it under a treaty with Russia", "withdrew from the deal with Iran" still name a party). A mediator is
 * no party either ("Egypt brokered a deal with Hamas", "Qatar facilitated an agreement with Kyiv").
 */
function judgedOrReported(s: SentenceInput, k: number): boolean {
  const t = s.tokens;
  let q = k - 1;
  while (q >= 0 && (NOUN_PHRASE_TAGS.has(t[q].pos) || t[q].text === "-" || t[q].lower === "that")) q--;
  // A mediating verb the tagger may read as an adjective or a noun ("mediated an agreement", "helped broker a deal").
  if (q >= 0 && isMediating(t[q])) return true;
  if (q < 0 || t[q].pos !== "VERB" || AGREEMENT_VERBS.has(t[q].lemma) || LIGHT_VERBS.has(t[q].lemma)) return false;
  const relation = VERBS[t[q].lemma]?.relation;
  return REPORTING_VERBS.has(t[q].lemma) || JUDGEMENT_VERBS.has(t[q].lemma) || EVAL_VERBS.has(t[q].lemma) || relation === "CRITICIZED" || relation === "PRAISED" || relation === "THREATENED";
}


/** "brokered", "mediated", "broker": a mediating verb in any form and any tag. */
const isMediating = (x: { lemma: string; lower: string }) =>
  MEDIATING_VERBS.has(x.lemma) || MEDIATING_VERBS.has(x.lower) || MEDIATING_VERBS.has(x.lower.replace(/ed$/, "")) || MEDIATING_VERBS.has(x.lower.replace(/d$/, ""));

/** "Pyongyang and Moscow bolstered their alliance": the coordinated subjects are the parties, each pair once. */
function partiesOfSubject(c: SentenceContext, k: number, relation: RelationType): void {
  const subj = subjectOf(c.s, k);
  if (!subj) return;
  const parties = [subj, ...coordinated(c.s, subj, -1)];
  const mod = modalityAt(c.s, subj.end, k, c.modality);
  if (mod === "negated") return;
  parties.forEach((x, i) => parties.slice(i + 1).forEach((y) => c.add(c.entityOf(x), c.entityOf(y), relation, c.s.tokens[k].text, mod)));
}

/**
 * "the strike on Ternopil by Russian forces", "the killing of A and B by Y": the agent named by "by" right after the
 * noun's target (and the names listed with it).
 */
/** "the attack by Israel on Gaza", "strikes by the US against Houthi sites": the agent between the noun at k and its target. */
function agentRightAfter(s: SentenceInput, k: number, target: Mention | undefined): Mention | undefined {
  const t = s.tokens;
  if (!target || t[k + 1]?.lower !== "by") return undefined;
  const agent = nameAfterWord(s, k + 1, (m) => !m.possessive);
  return agent && agent.end < target.start && agent !== target ? agent : undefined;
}

function agentAfter(s: SentenceInput, target: Mention | undefined): Mention | undefined {
  if (!target) return undefined;
  const t = s.tokens;
  const last = [target, ...coordinated(s, target, 1)].pop()!;
  if (t[last.end]?.lower !== "by") return undefined;
  return nameAfterWord(s, last.end, (m) => !m.possessive);
}

// Verb triggers and their frames (lexicons/relations.json: verbs; phrases.ts reads the phrases):
// the subject acts on the target found where the frame says, in active,
// passive, participle and coordinated forms.
import type { Modality, RelationType } from "../../schema";
import { RELATIONS } from "../../schema";
import type { Mention } from "../../mentions";
import type { DocEntity } from "../../entities";
import type { SentenceContext, SentenceInput } from "../types";
import { ACTOR_KINDS, AGREEMENT_COMPLEMENTS, THREATENED_ACTS, IRREGULAR_PARTICIPLES, MILITARY_GOODS, MILITARY_PERSONNEL, MILITARY_QUALIFIERS, NOUNS, OBJECT_CLASSES, PASSIVE_AUXILIARIES, SANCTION_NOUNS, TARGET_KINDS, TERRITORY_NOUNS, UNATTACKED_OBJECTS, VERBS, VICTIM_NOUNS, WHERE_VERB_RELATIONS, type Frame } from "../lexicon";
import { modalityAt, statesNoFact, willActAfterThat } from "../modality";
import { placeOfAttacked, placesListedAfter } from "./places";
import { isCap } from "../../mentions/tokens";
import { headKind } from "../../mentions/classification";
import { agentPhrase, countryOrEntity, isMentionStart, nameAfterWord, subjectOf, targetOf, whereAntecedent } from "../syntax";
import { coordinated } from "../lists";
import { delegationBefore, ownsDelegation, participleOnDelegation } from "./delegations";
import { askingSender, messageSender } from "./messages";

/** The verb a gerund comes from, if the lexicon knows it: "meeting" → meet, "visiting" → visit, "hosting" → host. */
export function gerundLemma(word: string): string | undefined {
  const base = word.slice(0, -3);
  for (const cand of [base, `${base}e`, base.replace(/(.)\1$/, "$1")]) if (VERBS[cand]) return cand;
  return undefined;
}

/** The classes of what is acted on in tokens [from, to): troops (or a named force), weapons, a message. */
export function objectClasses(s: SentenceInput, from: number, to: number): string[] {
  const found: string[] = [];
  for (const tok of s.tokens.slice(from, to)) for (const [name, words] of OBJECT_CLASSES) if (words.has(tok.lower) && !found.includes(name)) found.push(name);
  // "military supplies", "lethal aid": weapons by their qualifier.
  for (let q = Math.max(from, 1); q < to; q++) if (MILITARY_GOODS.has(s.tokens[q].lower) && MILITARY_QUALIFIERS.has(s.tokens[q - 1].lower) && !found.includes("weapons")) found.push("weapons");
  // "military advisers" are troops; "national security advisers" are not.
  for (let q = Math.max(from, 1); q < to; q++) if (MILITARY_PERSONNEL.has(s.tokens[q].lower) && MILITARY_QUALIFIERS.has(s.tokens[q - 1].lower) && !found.includes("troops")) found.push("troops");
  // A force is troops; "sent ATACMS to Ukraine": a named weapon system is a weapon.
  for (const m of s.mentions) {
    if (m.start < from || m.start >= to) continue;
    if (m.kind === "MilitaryForce" && !found.includes("troops")) found.push("troops");
    if (m.kind === "Weapon" && !found.includes("weapons")) found.push("weapons");
  }
  return found;
}

interface Actor {
  subj?: Mention;
  /** An actor remembered from earlier in the document rather than named here. */
  agentSubj?: DocEntity;
  relation?: RelationType;
  /** The verb stands right after its subjects ("Japan and China met"), so coordinated subjects act on each other. */
  reciprocal?: boolean;
  /** The verb's position when it opens the sentence before its subject ("After meeting X, Y …"). */
  opening?: number;
}

/** The subject of the verb at k; "the sanctions target …" acts for whoever imposed them. */
function actorOfVerb(c: SentenceContext, k: number, relation: RelationType | undefined): Actor {
  const t = c.s.tokens;
  // "The strikes, ordered by X, hit Y": X is behind the strikes; "The sanctions, announced by X, target Y" are X's sanctions.
  const phrase = agentPhrase(c.s, k);
  if (phrase && SANCTION_NOUNS.has(phrase.head)) return { subj: phrase.agent, relation: "SANCTIONED" };
  if (phrase && relation && NOUNS[phrase.head]?.relation === relation) return { subj: phrase.agent, relation };
  const subj = subjectOf(c.s, k);
  // "announced sanctions targeting X", "measures hitting Y": a participle qualifying the sanctions applies them.
  if (subj && SANCTION_NOUNS.has(t[k - 1]?.lower ?? "") && t[k].lower.endsWith("ing")) return { subj, relation: "SANCTIONED" };
  const leftNoun = t.slice(0, k).reverse().find((x) => x.pos === "NOUN" || x.pos === "PROPN");
  if (leftNoun && SANCTION_NOUNS.has(leftNoun.lower) && c.state.lastSanctioner !== undefined && (!subj || subj.end <= leftNoun.i)) {
    return { subj: undefined, agentSubj: c.state.lastSanctioner, relation: "SANCTIONED" };
  }
  return { subj, relation };
}

/** The relations a frame gives and their target; the relation may depend on what is sent: troops, weapons or a message. */
function frameRelations(c: SentenceContext, k: number, end: number, f: Frame, relation: RelationType | undefined, passive: boolean, subj: Mention | undefined) {
  const { s, entityOf } = c;
  const t = s.tokens;
  const relations: RelationType[] = [];
  let target: Mention | undefined;
  if (f.byObject) {
    target = targetOf(s, end, f.target);
    let classes = objectClasses(s, passive ? Math.max(0, (subj?.start ?? k) - 1) : end, target ? target.start : Math.min(t.length, end + 8));
    const recipient = passive || (target && classes.length) ? undefined : recipientFirst(s, end);
    if (recipient && (!target || target === recipient.target)) [target, classes] = [recipient.target, recipient.classes];
    if (passive && subj && subj.kind === "MilitaryForce") classes.push("troops");
    if (target) for (const cl of listedAfterTarget(s, target)) if (!classes.includes(cl)) classes.push(cl);
    for (const cl of classes) if (f.byObject[cl]) relations.push(f.byObject[cl]);
  } else if (relation) {
    // "troops were deployed to X": in the passive what is sent is the subject, already before the verb.
    const from = passive ? Math.max(0, (subj?.start ?? k) - 1) : end;
    const to = passive ? k : Math.min(t.length, end + 8);
    if (f.needsObjectClass && !(passive && subj?.kind === "MilitaryForce") && !objectClasses(s, from, to).includes(f.needsObjectClass)) return undefined;
    relations.push(relation);
    target = targetOf(s, end, f.target) ?? (relation === "THREATENED" ? threatenedTarget(s, end) : relation === "CRITICIZED" ? agentOfJudgedAct(s, end) : undefined);
  }
  if (!relations.length) return undefined;
  if (target && relations.includes("CAPTURED") && !takesPlace(s, end, target)) target = undefined;
  if (relations.includes("ATTACKED") && !passive && UNATTACKED_OBJECTS.has(objectHead(t, end))) return undefined;
  // "run a Linux-based system": a name glued to a hyphen qualifies the object, it is none.
  if (f.adjacentObject && (!target || (target.outerStart ?? target.start) !== (t[end]?.pos === "DET" ? end + 1 : end) || t[target.end]?.text === "-")) return undefined;
  // A target of the wrong kind ("deployed to help Russian forces") is no target; "where" may still give the place.
  if (target && !relations.some((r) => TARGET_KINDS[r]?.includes(entityOf(target)?.kind ?? ""))) target = undefined;
  // "led US efforts to end the war", "led the US delegation", "headed Ukraine's (delegation)": a name qualifying what
  // is led is not what is led; a body's head word after it still names the body ("headed the Menatep group"), and a
  // body the possessor owns is what is led ("heads Russia's defence ministry").
  const qualifies = (m: Mention) => t[m.end]?.pos === "NOUN" && !isCap(t[m.end]) && !["Company", "Organization"].includes(headKind(t[m.end].lower) ?? "");
  if (target && relations.includes("LEADER_OF") && (target.possessive || qualifies(target) || ownsDelegation(s, target))) {
    if (ownsDelegation(s, target)) return { relations: ["MEMBER_OF" as RelationType], target };
    const owner = target;
    target = s.mentions.find((x) => x.start === owner.start && x.end > owner.end && (x.kind === "Organization" || x.kind === "MilitaryForce" || x.kind === "Company"));
  }
  if (!target && WHERE_VERB_RELATIONS.has(relations[0])) target = whereAntecedent(s, k, entityOf);
  // Not for a person's words: "Mbeki attacked British imperialists" attacks no country.
  if (!target && relations.includes("ATTACKED") && !passive && subj?.kind !== "Person") target = demonymObject(s, end) ?? demonymAfterPreposition(s, end, f.target);
  // "added Chinese firms to its entity list", "imposed sanctions on Iranian banks": the firms' country is sanctioned.
  if (!target && relations.includes("SANCTIONED") && !passive && subj?.kind !== "Person") target = demonymObject(s, end) ?? demonymAfterPreposition(s, end, f.target);
  return { relations, target };
}

/** The head of the noun phrase at `from`: its last lower-case noun ("a Turkmen gas deal", "England comeback"). */
function objectHead(t: SentenceInput["tokens"], from: number): string {
  let head = "";
  for (let q = from; q < t.length && q < from + 6 && (NOUN_PHRASE_TAGS.has(t[q].pos) || t[q].text === "-"); q++) if (t[q].pos === "NOUN" && t[q].lower === t[q].text) head = t[q].lower;
  return head;
}
/** The tags of a noun phrase's words. */
export const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/** "sent troops to Russia, as well as shells and missiles": what else is sent, listed right after the target. */
function listedAfterTarget(s: SentenceInput, target: Mention): string[] {
  const t = s.tokens;
  let q = target.end;
  if (t[q]?.text === ",") q++;
  if (t[q]?.lower === "as" && t[q + 1]?.lower === "well" && t[q + 2]?.lower === "as") q += 3;
  else if (t[q]?.lower === "along" && t[q + 1]?.lower === "with") q += 2;
  else return [];
  let e = q;
  while (e < t.length && e < q + 8 && t[e].text !== "," && !isMentionStart(s, e)) e++;
  return objectClasses(s, q, e);
}

/** "bombed three Iranian nuclear sites", "struck Russian refineries": a demonym qualifying the object names the country hit. */
function demonymObject(s: SentenceInput, end: number): Mention | undefined {
  const t = s.tokens;
  let q = end;
  while (q < t.length && q < end + 3 && (t[q].pos === "DET" || t[q].pos === "NUM" || t[q].pos === "ADJ")) q++;
  const m = s.mentions.find((x) => x.start === q && x.ref === "adjective");
  return m && (t[m.end]?.pos === "NOUN" || (t[m.end]?.pos === "ADJ" && t[m.end + 1]?.pos === "NOUN")) ? m : undefined;
}

/** "used water cannon against a Philippine supply boat", "fired flares at Japanese vessels": the demonym after the frame's preposition. */
function demonymAfterPreposition(s: SentenceInput, end: number, preps: string[]): Mention | undefined {
  const t = s.tokens;
  for (let q = end; q < t.length && q < end + 6; q++) {
    if (t[q].text === "," || t[q].pos === "VERB") return undefined;
    if (preps.includes(t[q].lower)) return demonymObject(s, q + 1);
  }
  return undefined;
}

/**
 * "supplied Ukraine with tanks", "sent Russia 12 million shells", "sent Kim a letter": the recipient right after the
 * verb, and what is sent after it (past "with"); a force there is what is sent, not a recipient.
 */
function recipientFirst(s: SentenceInput, end: number): { target: Mention; classes: string[] } | undefined {
  const t = s.tokens;
  const start = t[end]?.pos === "DET" ? end + 1 : end;
  const m = s.mentions.find((x) => (x.outerStart ?? x.start) === start && x.ref !== "adjective" && !x.possessive);
  if (!m || m.kind === "MilitaryForce") return undefined;
  const from = t[m.end]?.lower === "with" ? m.end + 1 : m.end;
  const classes = objectClasses(s, from, Math.min(t.length, from + 8));
  return classes.length ? { target: m, classes } : undefined;
}

/** A verb trigger from token k to end with its frame. */
export function verbRelations(c: SentenceContext, k: number, end: number, f: Frame, frameRelation: RelationType | undefined): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  const verb = s.text.slice(t[k].start, t[end - 1].end);
  // "Kurdish-led forces", "Iran-backed militias": a participle glued by a hyphen acts only for the name before it.
  if (t[k - 1]?.text === "-" && !s.mentions.some((m) => m.end === k - 1)) return;
  // "is disappointed with X": an adjective's own preposition in the phrase makes no passive.
  const ownPreposition = end > k + 1 && t[k + 1].pos === "ADP" && t[k + 1].lower !== "by";
  const participle = !ownPreposition && (t[k].lower.endsWith("ed") || t[k].lower.endsWith("en") || IRREGULAR_PARTICIPLES.has(t[k].lower));
  const initialParticiple = k === 0 && t[k + 1]?.lower === "by"; // "Aided by Pyongyang's soldiers, the Kremlin's forces …"
  const { subj, agentSubj, relation } = actorOfVerb(c, k, frameRelation);
  // "was led by X", and the reduced relative "a firm headed by X" right after what it qualifies.
  const auxiliary = passiveAuxiliaryBefore(t, k);
  // "The deal, signed by A and B, …": with no name before it, a participle before "by" is passive too.
  // "The Iranian delegation, led by X, …": a participle before "by" right after a delegation is passive too.
  // "Gaza will be run by a board chaired by X": a name right before the participle is what it qualifies, whatever the clause's subject.
  const qualified = t[k + 1]?.lower === "by" && f.target.includes("object") ? s.mentions.find((m) => m.end <= k && m.end >= k - 1 && isReducedRelative(s, m, k)) : undefined;
  const reduced = t[k + 1]?.lower === "by" && (!subj || (f.target.includes("object") && isReducedRelative(s, subj, k)) || !!qualified || !!delegationBefore(s, k));
  const passive = participle && (auxiliary || reduced);
  const mod = modalityAt(s, subj ? subj.end : 0, k, c.modality);
  if (mod === "negated" || statesNoFact(s, subj)) return;
  const found = frameRelations(c, k, end, f, relation, passive, subj);
  if (!found) return;
  const { relations, target } = found;
  if (target && judgesAnActOn(s, relations, target)) return;
  if (relations.includes("SIGNED_AGREEMENT_WITH") && agreesToAView(t, k, end, target)) return;
  if (initialParticiple) {
    // Agent after "by", patient after the comma.
    const agent = s.mentions.find((m) => m.start > k + 1 && m.start <= k + 4);
    const comma = t.findIndex((x, q) => q > k && x.text === ",");
    const patient = s.mentions.find((m) => m.start > comma && comma > 0);
    for (const r of relations) add(entityOf(agent), entityOf(patient), r, verb, mod);
    return;
  }
  if (passive && !(relations.includes("SENT_TROOPS_TO") && subj?.kind === "MilitaryForce")) {
    // "X was praised by Y": Y acts on X.
    const agent = agentAfterBy(s, k);
    if (!agent) return;
    // "X was praised by Y and Z": each agent acts; "The pact was signed by A and B": a symmetric act whose subject is
    // no party pairs the agents.
    // "Russia's delegation was led by X": X heads the delegation, one of the country's people.
    const delegation = relations.includes("LEADER_OF") ? delegationBefore(s, k) : undefined;
    if (delegation && (!subj || subj === delegation || qualified === delegation || participleOnDelegation(s, delegation, k))) return add(entityOf(agent), countryOrEntity(c.entities, entityOf, delegation), "MEMBER_OF", verb, mod);
    const others = coAgents(s, agent);
    const paired = others.length > 0 && !!RELATIONS[relations[0]]?.symmetric && !ACTOR_KINDS.has(entityOf(subj)?.kind ?? "Agreement");
    const patient = (auxiliary ? undefined : qualified) ?? subj ?? judgedOwner(s, k, relations);
    for (const r of relations) {
      if (paired) for (const other of others) add(entityOf(agent), entityOf(other), r, verb, mod);
      else for (const a of [agent, ...others]) add(entityOf(a), entityOf(patient), r, verb, mod);
    }
    return;
  }
  const reciprocal = !!subj && t.slice(subj.end, k).every((x) => x.pos === "ADV" || x.pos === "AUX" || (x.pos === "PART" && x.lower !== "to"));
  const opening = subj && subj.start > k ? k : undefined;
  const sender = relations.length === 1 && relations[0] === "SENT_MESSAGE_TO" ? messageSender(s, end, target) ?? askingSender(s, k) : undefined;
  actOnTargets(c, f, relations, { subj: sender ?? subj, agentSubj, reciprocal, opening }, target, verb, mod);
}

/**
 * "Britain and France agreed that …", "I agree with Greg.", "agreed with Fox's view": a view shared is no agreement
 * concluded. Only "agreed to/on/a …", after the verb or its "with" object, concludes one (`agreementComplements`).
 */
function agreesToAView(t: SentenceInput["tokens"], k: number, end: number, target: Mention | undefined): boolean {
  if (t[k].lemma !== "agree") return false;
  const after = target && t[end]?.lower === "with" ? target.end : end;
  return !AGREEMENT_COMPLEMENTS.has(t[after]?.lower ?? "");
}

/** "was sent", "were also praised": an auxiliary of the passive in the verb's own group ("after Yoon was removed, hosted Xi" is not one). */
function passiveAuxiliaryBefore(t: SentenceInput["tokens"], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (PASSIVE_AUXILIARIES.has(t[j].lower)) return true;
    if (t[j].text === "," || t[j].pos === "VERB") return false;
  }
  return false;
}

/** "Israel's strike on Doha was condemned by X": praise or blame of an act (a passive with no named subject) judges its owner, the possessor opening the sentence. */
function judgedOwner(s: SentenceInput, k: number, relations: RelationType[]): Mention | undefined {
  if (!relations.some((r) => r === "CRITICIZED" || r === "PRAISED")) return undefined;
  const owner = s.mentions[0];
  if (!owner?.possessive || (owner.outerStart ?? owner.start) > 1 || owner.ref) return undefined;
  return s.tokens.slice(owner.end, k).some((x) => x.pos === "VERB" || x.text === ",") ? undefined : owner;
}

/** Relations whose object may be an act done to someone, rather than the one it is about. */
const RESPONSES = new Set<RelationType>(["CRITICIZED", "PRAISED", "HOSTED", "SUPPORTED", "THREATENED", "MET_WITH"]);

/** "condemned the killing of X", "welcomed the release of X": a response to an act done to X is not one to X. */
function judgesAnActOn(s: SentenceInput, relations: RelationType[], target: Mention): boolean {
  const q = (target.outerStart ?? target.start) - 1;
  if (relations.some((r) => RESPONSES.has(r)) && s.tokens[q]?.lower === "of" && VICTIM_NOUNS.has(s.tokens[q - 1]?.lower ?? "")) return true;
  // "welcomed Sharaa's commitment": what is received is the thing owned, not its owner.
  return relations.includes("HOSTED") && target.possessive && s.tokens[target.end + 1]?.pos !== "PROPN";
}

/**
 * The names listed with a passive's agent: "by Egypt and Qatar", "by Henry and Hansen"; not a person's name and a
 * firm's ("headed by party veteran Ma Yongsheng, and CNOOC, an offshore producer, …" starts a new item of an outer list).
 */
function coAgents(s: SentenceInput, agent: Mention): Mention[] {
  const t = s.tokens;
  const others = coordinated(s, agent, 1).filter((o) => (o.kind === "Person") === (agent.kind === "Person"));
  // "… by Putin and Xi Jinping met Lavrov": a name followed by its own verb opens a new clause.
  const clause = others.findIndex((a) => t[a.end]?.pos === "VERB" || t[a.end]?.pos === "AUX");
  if (clause >= 0) others.length = clause;
  const start = others.length === 1 ? others[0].outerStart ?? others[0].start : -1;
  return start > 1 && t[start - 1].lower === "and" && t[start - 2].text === "," ? [] : others;
}

/** "Rosneft, headed by", "Rosneft, a company headed by", "the government led by": the participle qualifies the name just before. */
function isReducedRelative(s: SentenceInput, patient: Mention | undefined, k: number): boolean {
  if (!patient || k === 0) return false;
  const between = s.tokens.slice(patient.end, k);
  if (between.length === 0 || (between.length === 1 && between[0].text === ",")) return true;
  return between[0].text === "," && ["a", "an", "the"].includes(between[1]?.lower) && between.slice(2).every((x) => ["ADJ", "NOUN"].includes(x.pos) || x.text === "-" || x.pos === "VERB");
}

/**
 * Whether a capturing verb ending at end takes the place named by target: as its object ("seized Kherson", "took
 * control of X", "the town of X"), or after a preposition only when what it took is ground ("seized territory in X";
 * not "seized a tanker in the Gulf of Oman", "captured soldiers near X").
 */
function takesPlace(s: SentenceInput, end: number, target: Mention): boolean {
  const t = s.tokens;
  const start = target.outerStart ?? target.start;
  const prep = t.slice(end, start).findIndex((x) => x.pos === "ADP" && x.lower !== "of");
  if (prep < 0) return true;
  const taken = t.slice(end, end + prep).filter((x) => x.pos === "NOUN").pop();
  return !taken || TERRITORY_NOUNS.has(taken.lower);
}

/** The agent of a passive at k: the name after "by"; "by Putin's ally Igor Sechin" is the ally, not Putin. */
function agentAfterBy(s: SentenceInput, k: number): Mention | undefined {
  const byIdx = s.tokens.findIndex((x, q) => q > k && q < k + 4 && x.lower === "by");
  // "led by Deputy Foreign Minister X": the agent's phrase opens by its title, however long.
  const agent = byIdx > 0 ? s.mentions.find((m) => m.start > byIdx && Math.min(m.start, m.outerStart ?? m.start) <= byIdx + 3) : undefined;
  const owned = agent?.possessive ? s.mentions.find((m) => m.start > agent.end && m.start <= agent.end + 4 && m.kind === "Person" && !m.ref) : undefined;
  return owned ?? agent;
}

/** The subject, and those coordinated with it, act on the target and those listed with it. */
function actOnTargets(c: SentenceContext, f: Frame, relations: RelationType[], actor: Actor, target: Mention | undefined, verb: string, mod: Modality): void {
  const { s, entityOf, add } = c;
  const { subj, agentSubj, reciprocal, opening } = actor;
  const sourceIds: (DocEntity | undefined)[] = [agentSubj ?? entityOf(subj)];
  if (!sourceIds[0] && !agentSubj) return;
  if (subj && !agentSubj) for (const x of coordinated(s, subj, -1)) sourceIds.push(entityOf(x));
  // "occupies part of Ukraine's territory, including Crimea": the places named are targets too.
  let targets: Mention[] = target ? [target, ...coordinated(s, target, 1), ...placesListedAfter(s, target)] : [];
  // "After meeting Xi and Modi, Kim and Putin returned": an opening clause's comma parts its targets from the subjects.
  if (subj && opening !== undefined) {
    const comma = s.tokens.findIndex((x, q) => q > opening && x.text === ",");
    sourceIds.splice(1, sourceIds.length, ...coordinated(s, subj, -1).filter((x) => x.start > comma).map(entityOf));
    targets = targets.filter((x) => x.start < comma);
  }
  for (const r of relations) {
    if (f.actorKinds && sourceIds[0] && !f.actorKinds.includes(sourceIds[0].kind)) continue;
    const targetKind = entityOf(target)?.kind;
    // The frame's target kinds are its own relation's: "sanctions targeting X" may sanction a company "target" cannot attack.
    if (f.targetKinds && (!f.relation || r === f.relation) && target && !(targetKind && f.targetKinds.includes(targetKind))) continue;
    for (const src of sourceIds) {
      if (!src || (!agentSubj && !ACTOR_KINDS.has(src.kind))) continue;
      // "Japan and China met": the verb right after its subjects; "A and B have plants to meet demand" is no meeting.
      if (f.coordinated && !target && sourceIds.length > 1) {
        if (!reciprocal) continue;
        for (const other of sourceIds) if (other && other.id !== src.id && src.id < other.id) add(src, other, r, verb, mod);
        continue;
      }
      for (const tg of targets) add(src, tg.ref === "adjective" ? countryOrEntity(c.entities, entityOf, tg) : entityOf(tg), r, verb, mod);
      const place = r === "ATTACKED" && target ? placeOfAttacked(s, target) : undefined;
      if (place) add(src, entityOf(place), r, verb, mod);
    }
  }
}

/** "threatened to destroy Hezbollah", "threatened to retaliate against Israel": the target of the act threatened (`threatenedActs`); "threatened to quit NATO" threatens no one. */
function threatenedTarget(s: SentenceInput, end: number): Mention | undefined {
  const t = s.tokens;
  const act = t[end]?.lower === "to" ? end + 1 : willActAfterThat(t, end);
  if (act < 0 || !THREATENED_ACTS.has(t[act]?.lemma ?? "")) return undefined;
  return targetOf(s, act + 1, ["object", "against", "on"], 6);
}

/** "condemned the attack by Israel", "denounced the seizure of the tanker by Iran": the agent of the act condemned. */
function agentOfJudgedAct(s: SentenceInput, end: number): Mention | undefined {
  const t = s.tokens;
  let q = end;
  if (t[q]?.pos !== "DET") return undefined;
  // The act's noun phrase, with an "of" part: "the seizure of the tanker", "the entry of troops".
  while (q < t.length && q < end + 8 && (NOUN_PHRASE_TAGS.has(t[q].pos) || t[q].lower === "of") && !isCap(t[q])) q++;
  if (t[q]?.lower !== "by" || !t.slice(end, q).some((x) => x.pos === "NOUN")) return undefined;
  return nameAfterWord(s, q);
}


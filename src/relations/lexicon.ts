// The relation lexicon (lexicons/relations.json), checked when loaded against
// SCHEMA.md's relation types and entity kinds, and served as typed sets and maps.
import type { EntityKind, RelationType } from "../schema";
import { entityKind, entry, fields, flag, list, lexiconError, optional, record, relationType, word, words, type At } from "../lexicon-check";
import raw from "../../lexicons/relations.json";

export interface Frame {
  relation?: RelationType;
  /** The relation by the class of what is acted on: troops, weapons, a message. */
  byObject?: Record<string, RelationType>;
  /** Where the target stands: "object" or prepositions. */
  target: string[];
  actorKinds?: EntityKind[];
  targetKinds?: EntityKind[];
  coordinated?: boolean;
  between?: boolean;
  needsObjectClass?: string;
  /** The object must follow the verb at once, past a determiner ("took Crimea"; not "took charge of X", "where X took place"). */
  adjacentObject?: boolean;
}

/** A noun trigger names its relation, or picks it by what is acted on ("the transfer of missiles to"). */
export type NounFrame = Frame;

export interface Phrase extends Frame {
  words: string[];
  /** One of these words must follow within ten tokens. */
  requires?: string[];
}

export interface RelationsLexicon {
  objectClasses: Record<string, string[]>;
  verbs: Record<string, Frame>;
  phrases: Phrase[];
  nouns: Record<string, NounFrame>;
  negations: string[];
  negationPhrases: string[];
  planned: string[];
  possible: string[];
  reported: string[];
  evaluative: { verbs: string[]; positive: string[]; negative: string[] };
  lightVerbs: string[];
  /** Verbs that carry on an act: light verbs of an attack, never of a deal ("kept up their assault on"). */
  continuingVerbs: string[];
  relationTargets: Partial<Record<RelationType, EntityKind[]>>;
  actorKinds: EntityKind[];
  hostNouns: string[];
  allyNouns: string[];
  /** Nouns of one who backs another: "Iran, Hezbollah's main backer" (SUPPORTED). */
  backerNouns: string[];
  placeNouns: string[];
  diplomaticMissions: string[];
  controlParticiples: string[];
  hypothetical: string[];
  placedOrganizationHeads: string[];
  clauseBreaks: string[];
  sanctionNouns: string[];
  prepositions: string[];
  passiveAuxiliaries: string[];
  irregularParticiples: string[];
  relativePronouns: string[];
  reportedSentenceCues: string[];
  participleOpeners: string[];
  unrealisedModifiers: string[];
  threatenedActs: string[];
  threatVerbs: string[];
  victimNouns: string[];
  reportingVerbs: string[];
  indirectModifiers: string[];
  mediatingVerbs: string[];
  mediatedNouns: string[];
  judgementVerbs: string[];
  copulas: string[];
  meritAdjectives: string[];
  meritNouns: string[];
  notingVerbs: string[];
  agentParticiples: string[];
  causativeVerbs: string[];
  ceasingVerbs: string[];
  agreementVerbs: string[];
  /** What follows "agreed" (or "agreed with X") when an agreement is concluded: "to", "on", "a" (not "that", "about", "."). */
  agreementComplements: string[];
  listLinks: string[];
  descriptiveCompounds: string[];
  receptionVerbs: string[];
  receptionPlaces: string[];
  pursuitWords: string[];
  nearnessWords: string[];
  denialCues: string[];
  leadingParticiples: string[];
  speakerNouns: string[];
  /** "seized territory in X": what a capturing verb takes when the place follows a preposition. */
  unattackedObjects: string[];
  attackResultVerbs: string[];
  partyNouns: string[];
  territoryNouns: string[];
  adjunctPrepositions: string[];
  /** Trade curbs read as sanctions (patterns/trade-curbs.ts; the flows they curb are names.json's importNouns / exportNouns). */
  tradeCurbVerbs: string[];
  /** A buyer's verbs: the seller after "from" supplied the weapons bought (patterns/purchases.ts). */
  purchaseVerbs: string[];
  /** After a copula, with an alliance qualifier: "China and Russia are strategic partners" (patterns/partners.ts). */
  partnerNouns: string[];
  allianceQualifiers: string[];
  imposingVerbs: string[];
  /** "a buffer zone on X": a part of the place after it, which a frame's target may stand past. */
  zoneNouns: string[];
  militaryGoods: { qualifiers: string[]; goods: string[]; personnel: string[] };
  irregularPasts: Record<string, string>;
  whereClauseRelations: { verbs: RelationType[]; nouns: RelationType[] };
}

const FRAME_FIELDS = ["relation", "byObject", "actorKinds", "targetKinds", "coordinated", "between", "needsObjectClass", "adjacentObject"];
const WORD_LISTS = ["negations", "negationPhrases", "planned", "possible", "reported", "lightVerbs", "continuingVerbs", "hostNouns", "allyNouns", "backerNouns", "placeNouns", "diplomaticMissions", "controlParticiples", "placedOrganizationHeads", "hypothetical", "clauseBreaks", "sanctionNouns", "prepositions", "passiveAuxiliaries", "irregularParticiples", "relativePronouns", "reportedSentenceCues", "participleOpeners", "unrealisedModifiers", "threatenedActs", "threatVerbs", "victimNouns", "reportingVerbs", "indirectModifiers", "mediatingVerbs", "mediatedNouns", "judgementVerbs", "copulas", "meritAdjectives", "meritNouns", "notingVerbs", "agentParticiples", "causativeVerbs", "ceasingVerbs", "agreementVerbs", "agreementComplements", "listLinks", "descriptiveCompounds", "receptionVerbs", "receptionPlaces", "pursuitWords", "nearnessWords", "denialCues", "leadingParticiples", "speakerNouns", "unattackedObjects", "attackResultVerbs", "partyNouns", "territoryNouns", "adjunctPrepositions", "zoneNouns", "tradeCurbVerbs", "imposingVerbs", "purchaseVerbs", "partnerNouns", "allianceQualifiers"] as const;

function readFrame(value: unknown, at: At, objectClasses: Record<string, string[]>, extra: string[] = []): Frame {
  const o = fields(value, at, ["target"], [...FRAME_FIELDS, ...extra]);
  const frame: Frame = { target: words(o.target, entry(at, "target")) };
  frame.relation = optional(o, "relation", at, relationType);
  frame.byObject = optional(o, "byObject", at, (v, a) => record(v, a, relationType));
  for (const cls of Object.keys(frame.byObject ?? {})) if (!objectClasses[cls]) throw lexiconError(entry(entry(at, "byObject"), cls), "is not one of objectClasses");
  if (!frame.relation && !frame.byObject) throw lexiconError(at, 'needs "relation" or "byObject"');
  frame.actorKinds = optional(o, "actorKinds", at, (v, a) => list(v, a, entityKind));
  frame.targetKinds = optional(o, "targetKinds", at, (v, a) => list(v, a, entityKind));
  frame.coordinated = optional(o, "coordinated", at, flag);
  frame.between = optional(o, "between", at, flag);
  frame.adjacentObject = optional(o, "adjacentObject", at, flag);
  frame.needsObjectClass = optional(o, "needsObjectClass", at, word);
  if (frame.needsObjectClass && !objectClasses[frame.needsObjectClass]) throw lexiconError(entry(at, "needsObjectClass"), "is not one of objectClasses");
  return frame;
}

/** A multi-word trigger: a frame with its words. */
function readPhrase(value: unknown, at: At, objectClasses: Record<string, string[]>): Phrase {
  const frame = readFrame(value, at, objectClasses, ["words", "requires"]);
  const o = fields(value, at, ["target", "words"], [...FRAME_FIELDS, "requires"]);
  const phraseWords = words(o.words, entry(at, "words"));
  // Phrases are looked up by their first word.
  if (!phraseWords.length) throw lexiconError(entry(at, "words"), "must hold at least one word");
  return { ...frame, words: phraseWords, requires: optional(o, "requires", at, words) };
}

/** Checks the parsed relations lexicon and returns it typed; throws naming the file and the entry. */
export function readRelationsLexicon(value: unknown, file = "lexicons/relations.json"): RelationsLexicon {
  const at: At = { file, path: "" };
  const o = fields(value, at, ["objectClasses", "verbs", "phrases", "nouns", "evaluative", "relationTargets", "actorKinds", "whereClauseRelations", "militaryGoods", "irregularPasts", ...WORD_LISTS]);
  const objectClasses = record(o.objectClasses, entry(at, "objectClasses"), words);
  const lists = Object.fromEntries(WORD_LISTS.map((k) => [k, words(o[k], entry(at, k))])) as Record<(typeof WORD_LISTS)[number], string[]>;
  const evaluative = fields(o.evaluative, entry(at, "evaluative"), ["verbs", "positive", "negative"]);
  const military = fields(o.militaryGoods, entry(at, "militaryGoods"), ["qualifiers", "goods", "personnel"]);
  const where = fields(o.whereClauseRelations, entry(at, "whereClauseRelations"), ["verbs", "nouns"]);
  const relationTargets = record(o.relationTargets, entry(at, "relationTargets"), (v, a) => list(v, a, entityKind));
  for (const r of Object.keys(relationTargets)) relationType(r, entry(entry(at, "relationTargets"), r));
  const verbs = record(o.verbs, entry(at, "verbs"), (v, a) => readFrame(v, a, objectClasses));
  const irregularPasts = record(o.irregularPasts, entry(at, "irregularPasts"), word);
  for (const [form, lemma] of Object.entries(irregularPasts)) if (!Object.hasOwn(verbs, lemma)) throw lexiconError(entry(entry(at, "irregularPasts"), form), `names "${lemma}", which is not one of verbs`);
  return {
    ...lists,
    objectClasses,
    irregularPasts,
    verbs,
    phrases: list(o.phrases, entry(at, "phrases"), (v, a) => readPhrase(v, a, objectClasses)),
    nouns: record(o.nouns, entry(at, "nouns"), (v, a) => readFrame(v, a, objectClasses)),
    evaluative: { verbs: words(evaluative.verbs, entry(at, "evaluative.verbs")), positive: words(evaluative.positive, entry(at, "evaluative.positive")), negative: words(evaluative.negative, entry(at, "evaluative.negative")) },
    relationTargets: relationTargets as Partial<Record<RelationType, EntityKind[]>>,
    actorKinds: list(o.actorKinds, entry(at, "actorKinds"), entityKind),
    militaryGoods: { qualifiers: words(military.qualifiers, entry(at, "militaryGoods.qualifiers")), goods: words(military.goods, entry(at, "militaryGoods.goods")), personnel: words(military.personnel, entry(at, "militaryGoods.personnel")) },
    whereClauseRelations: { verbs: list(where.verbs, entry(at, "whereClauseRelations.verbs"), relationType), nouns: list(where.nouns, entry(at, "whereClauseRelations.nouns"), relationType) },
  };
}

const lex = readRelationsLexicon(raw);

// Without a prototype: a word such as "constructor" is no trigger, and a miss (most tokens) stops at the object itself.
const withoutPrototype = <T>(o: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, o);
export const VERBS = withoutPrototype(lex.verbs);
export const NOUNS = withoutPrototype(lex.nouns);
/** "retook" → "retake": irregular past forms of trigger verbs, for the ones the tagger reads as nouns or adjectives. */
export const IRREGULAR_PASTS = withoutPrototype(lex.irregularPasts);
export const PHRASES = lex.phrases;
export const OBJECT_CLASSES = Object.entries(lex.objectClasses).map(([k, v]) => [k, new Set(v)] as const);
export const NEGATIONS = new Set(lex.negations);
/** "held off on sanctions", "stopped short of recognising": two words that negate what follows. */
export const NEGATION_PHRASES = new Set(lex.negationPhrases);
export const PLANNED = new Set(lex.planned);
export const POSSIBLE = new Set(lex.possible);
export const REPORTED = new Set(lex.reported);
export const REPORTED_SENTENCE = new Set(lex.reportedSentenceCues);
export const LIGHT_VERBS = new Set(lex.lightVerbs);
export const CONTINUING_VERBS = new Set(lex.continuingVerbs);
export const CLAUSE_BREAKS = new Set(lex.clauseBreaks);
/** The kinds of target each relation accepts; any kind where the lexicon says nothing. */
export const TARGET_KINDS: Partial<Record<RelationType, readonly string[]>> = lex.relationTargets;
export const ACTOR_KINDS = new Set<string>(lex.actorKinds);
export const EVAL_VERBS = new Set(lex.evaluative.verbs);
export const POSITIVE = new Set(lex.evaluative.positive);
export const NEGATIVE = new Set(lex.evaluative.negative);
export const HOST_NOUNS = new Set(lex.hostNouns);
export const ALLY_NOUNS = new Set(lex.allyNouns);
export const BACKER_NOUNS = new Set(lex.backerNouns);
export const PLACE_NOUNS = new Set(lex.placeNouns);
export const DIPLOMATIC_MISSIONS = new Set(lex.diplomaticMissions);
export const CONTROL_PARTICIPLES = new Set(lex.controlParticiples);
export const HYPOTHETICAL = new Set(lex.hypothetical);
export const PLACED_ORGANIZATION_HEADS = new Set(lex.placedOrganizationHeads);
export const SANCTION_NOUNS = new Set(lex.sanctionNouns);
export const TRADE_CURB_VERBS = new Set(lex.tradeCurbVerbs);
export const PURCHASE_VERBS = new Set(lex.purchaseVerbs);
export const PARTNER_NOUNS = new Set(lex.partnerNouns);
export const ALLIANCE_QUALIFIERS = new Set(lex.allianceQualifiers);
export const IMPOSING_VERBS = new Set(lex.imposingVerbs);
export const PREPOSITIONS = new Set(lex.prepositions);
export const PASSIVE_AUXILIARIES = new Set(lex.passiveAuxiliaries);
export const IRREGULAR_PARTICIPLES = new Set(lex.irregularParticiples);
export const RELATIVES = new Set(lex.relativePronouns);
/** Words that may open a participle clause before the main one: "After meeting X, Y …". */
export const PARTICIPLE_OPENERS = new Set(lex.participleOpeners);
/** "a planned meeting", "the proposed summit": an event named as a plan is no fact. */
export const UNREALISED_MODIFIERS = new Set(lex.unrealisedModifiers);
export const THREATENED_ACTS = new Set(lex.threatenedActs);
/** "threatened to attack X": the act threatened is no fact (the threat is THREATENED). */
export const THREAT_VERBS = new Set(lex.threatVerbs);
/** "condemned the killing of X": X is what was done to, not who is judged. */
export const VICTIM_NOUNS = new Set(lex.victimNouns);
export const REPORTING_VERBS = new Set(lex.reportingVerbs);
export const INDIRECT_MODIFIERS = new Set(lex.indirectModifiers);
export const MEDIATING_VERBS = new Set(lex.mediatingVerbs);
export const MEDIATED_NOUNS = new Set(lex.mediatedNouns);
/** "said Putin was a war criminal": a verb of saying or belief, then a judged clause after a copula (by lemma). */
export const JUDGEMENT_VERBS = new Set(lex.judgementVerbs);
export const COPULAS = new Set(lex.copulas);
/** "noted good results from X": merit named as an adjective and a noun of work done. */
export const MERIT_ADJECTIVES = new Set(lex.meritAdjectives);
export const MERIT_NOUNS = new Set(lex.meritNouns);
export const NOTING_VERBS = new Set(lex.notingVerbs);
/** "The strikes, ordered by X, hit …": a participle naming who is behind the noun before it. */
export const AGENT_PARTICIPLES = new Set(lex.agentParticiples);
/** "pressure Moscow into ending the war": who is pressed (causative) to stop (ceasing) what it wages. */
export const CAUSATIVE_VERBS = new Set(lex.causativeVerbs);
export const CEASING_VERBS = new Set(lex.ceasingVerbs);
/** "A, B end talks with agreement": verbs closing on an agreement, for symmetric nouns. */
export const AGREEMENT_VERBS = new Set(lex.agreementVerbs);
export const AGREEMENT_COMPLEMENTS = new Set(lex.agreementComplements);
/** "…, including the deployment of …", "as well as the transfer of …": words that list one nominalisation after another. */
export const LIST_LINKS = new Set(lex.listLinks);
/** "military supplies", "lethal aid": goods that are weapons after a military qualifier. */
export const MILITARY_QUALIFIERS = new Set(lex.militaryGoods.qualifiers);
export const MILITARY_GOODS = new Set(lex.militaryGoods.goods);
/** "military advisers": people who are troops only with a military qualifier ("national security advisers" are not). */
export const MILITARY_PERSONNEL = new Set(lex.militaryGoods.personnel);
/** "Madrid-style", "Russian-made": a name joined to these describes a thing and does not act. */
export const DESCRIPTIVE_COMPOUNDS = new Set(lex.descriptiveCompounds);
/** "welcomed Y at the airport", "waited for Y on the red carpet": a reception in person, told by its place. */
export const RECEPTION_VERBS = new Set(lex.receptionVerbs);
export const RECEPTION_PLACES = new Set(lex.receptionPlaces);
/** "sought a deal with", "talks on an agreement with", "close to a deal": an agreement or meeting pursued, not had. */
export const PURSUIT_WORDS = new Set(lex.pursuitWords);
export const NEARNESS_WORDS = new Set(lex.nearnessWords);
/** "denied that X sent troops", "rejected claims that …", "no evidence that …": the clause after is no fact. */
export const DENIAL_CUES = new Set(lex.denialCues);
/** "rebels led by X": the participles whose agent leads an unnamed group. */
export const LEADING_PARTICIPLES = new Set(lex.leadingParticiples);
/** "a Houthi spokesman threatened X": a person noun whose holder speaks for the body named before it. */
export const SPEAKER_NOUNS = new Set(lex.speakerNouns);
/** "during a visit to X", "on a visit to X": prepositions of an adjunct phrase that belongs to the clause's subject. */
export const ADJUNCT_PREPOSITIONS = new Set(lex.adjunctPrepositions);
export const ZONE_NOUNS = new Set(lex.zoneNouns);
/** "seized territory in X": what a capturing verb takes when the place follows a preposition. */
export const TERRITORY_NOUNS = new Set(lex.territoryNouns);
export const PARTY_NOUNS = new Set(lex.partyNouns);
export const ATTACK_RESULT_VERBS = new Set(lex.attackResultVerbs);
export const UNATTACKED_OBJECTS = new Set(lex.unattackedObjects);
export const WHERE_VERB_RELATIONS = new Set(lex.whereClauseRelations.verbs);
export const WHERE_NOUN_RELATIONS = new Set(lex.whereClauseRelations.nouns);
// What may stand between a preposition and its object's name: "in the city of", "to the Russian".
export const NP_INNER = new Set(["DET", "ADJ", "NUM", "NOUN", "ADV", "PART", "ADP"]);

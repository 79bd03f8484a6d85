// Relations: typed, directed facts read off one sentence at a time from its
// tokens and resolved mentions, by the pattern families in patterns/, all
// driven by lexicons/relations.json and lexicons/roles.json. See README.md
// beside this file for how each relation type is found.
import type { Modality, RelationType } from "../schema";
import { RELATIONS } from "../schema";
import type { Mention } from "../mentions";
import type { DocEntity } from "../entities";
import type { DocState, FoundRelation, SentenceContext, SentenceInput } from "./types";
import { NOUNS, TARGET_KINDS } from "./lexicon";
import { countryOrEntity } from "./syntax";
import { modalityOfSentence } from "./modality";
import { rolesWithName } from "./patterns/roles";
import { pairedPosts } from "./patterns/paired-posts";
import { bodiesOfBodies, wingsOfBodies } from "./patterns/parts";
import { alliesListed, relationalNouns } from "./patterns/kinship";
import { basedIn, compoundParticiples, homeTo, placedByApposition, placedIn, placesOfCountry } from "./patterns/places";
import { memberOfBody, namedTogether, postInApposition } from "./patterns/apposition";
import { membersOfBodyListed } from "./patterns/members-listed";
import { delegationMembersListed } from "./patterns/delegations";
import { phraseTriggers } from "./patterns/phrases";
import { heldTerritory } from "./patterns/occupation";
import { receptions } from "./patterns/hosting";
import { tradeCurbs } from "./patterns/trade-curbs";
import { purchases } from "./patterns/purchases";
import { partnersStated } from "./patterns/partners";
import { placeCommaCountry } from "./patterns/place-country";
import { wordTriggers } from "./patterns/triggers";
import { withMisreadVerbs } from "./retag";

export type { DocState, FoundRelation, SentenceInput } from "./types";

/** Extracts the relations stated in one sentence. */
export function sentenceRelations(s: SentenceInput, entities: DocEntity[], state: DocState, sentenceIndex: number): FoundRelation[] {
  // Every fact has a mention of the sentence at one end at least (a remembered sanctioner needs a target named here):
  // a sentence naming nothing, about a fifth of news text, is skipped (issue 9).
  if (!s.mentions.length) return [];
  return relationsOf(withMisreadVerbs(s), entities, state, sentenceIndex, true);
}

/** sentenceRelations with every family run on every sentence that names something; exported for the test that both agree. */
export function sentenceRelationsInFull(s: SentenceInput, entities: DocEntity[], state: DocState, sentenceIndex: number): FoundRelation[] {
  return s.mentions.length ? relationsOf(withMisreadVerbs(s), entities, state, sentenceIndex, false) : [];
}

function relationsOf(s: SentenceInput, entities: DocEntity[], state: DocState, sentenceIndex: number, gated: boolean): FoundRelation[] {
  const out: FoundRelation[] = [];
  const entityAt = (k: number) => (s.links[k] >= 0 ? entities[s.links[k]] : undefined);
  const add = (src: DocEntity | undefined, tgt: DocEntity | undefined, relation: RelationType, verb: string, modality: Modality, role?: string) => {
    if (!src || !tgt || src.id === tgt.id) return;
    // "Kennedy attacked Mr Brown", "Butler launches attack on Blair": one person attacking another in words.
    if (relation === "ATTACKED" && src.kind === "Person" && tgt.kind === "Person" && /^attack/i.test(verb)) relation = "CRITICIZED";
    const kinds = TARGET_KINDS[relation];
    if (kinds && !kinds.includes(tgt.kind)) return;
    out.push({ source: src.id, target: tgt.id, relation, verb, modality, role, sentence: sentenceIndex });
  };
  const c: SentenceContext = {
    s,
    entities,
    state,
    entityAt,
    entityOf: (m: Mention | undefined) => (m ? entityAt(s.mentions.indexOf(m)) : undefined),
    add,
    modality: modalityOfSentence(s.tokens),
  };
  const twoReached = !gated || reachesTwoEntities(c);
  // The order matters: where two patterns give the same fact, the first one's evidence is kept.
  for (const pattern of [rolesWithName, pairedPosts, relationalNouns, alliesListed, membersOfBodyListed, delegationMembersListed, postInApposition, memberOfBody, namedTogether, placesOfCountry, placedIn, basedIn, homeTo, placedByApposition, wingsOfBodies, bodiesOfBodies, compoundParticiples, heldTerritory, receptions, tradeCurbs, purchases, partnersStated, placeCommaCountry])
    if (twoReached || !JOIN_REACHED_ENTITIES.has(pattern)) pattern(c);
  // The triggers also remember who imposes sanctions ("Washington's sanctions"), for later sentences.
  if (twoReached || s.tokens.some((x) => sanctioningNouns().has(x.lower))) wordTriggers(c, phraseTriggers(c));
  // Remember who imposes sanctions, for "the sanctions target …" later on.
  for (const r of out) if (r.relation === "SANCTIONED") state.lastSanctioner = entities[r.source];
  return dedupe(out);
}

/**
 * The families (and the triggers) whose facts join two entities the sentence reaches (reachesTwoEntities): a sentence
 * that reaches fewer skips them, about two in five of those that name something (issue 9). Not here: families that
 * look an entity up by name, a post's country (rolesWithName, postInApposition) or a capital's country (basedIn). A
 * family here must take its entities from entityOf, entityAt or countryOrEntity only: one that starts looking an
 * entity up by its label leaves this list.
 */
const JOIN_REACHED_ENTITIES = new Set<(c: SentenceContext) => void>([pairedPosts, relationalNouns, alliesListed, membersOfBodyListed, delegationMembersListed, memberOfBody, namedTogether, placesOfCountry, placedIn, placedByApposition, wingsOfBodies, bodiesOfBodies, compoundParticiples, heldTerritory, receptions, tradeCurbs, purchases, partnersStated, placeCommaCountry]);

/** Whether a fact could join two entities from this sentence: its mentions' entities, its demonyms' countries, or the remembered sanctioner and one of them. */
function reachesTwoEntities(c: SentenceContext): boolean {
  if (c.state.lastSanctioner) return true;
  let seen: DocEntity | undefined;
  const reached = (e: DocEntity | undefined) => {
    if (e && seen && e.id !== seen.id) return true;
    seen ??= e;
    return false;
  };
  return c.s.mentions.some((m, k) => reached(c.entityAt(k)) || (m.ref === "adjective" && reached(countryOrEntity(c.entities, c.entityOf, m))));
}

/** The nouns whose frame is a sanction ("sanctions", "embargo"): their possessor is remembered as the sanctioner. */
let sanctionFrameNouns: Set<string> | undefined;
const sanctioningNouns = () => (sanctionFrameNouns ??= new Set(Object.keys(NOUNS).filter((w) => NOUNS[w].relation === "SANCTIONED")));

/** One fact per (source, relation, target); a symmetric relation once whichever way it was read. */
function dedupe(rs: FoundRelation[]): FoundRelation[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const sym = RELATIONS[r.relation].symmetric && r.source > r.target;
    const key = sym ? `${r.target}|${r.relation}|${r.source}` : `${r.source}|${r.relation}|${r.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

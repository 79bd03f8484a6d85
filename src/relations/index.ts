// Relations: typed, directed facts read off one sentence at a time from its
// tokens and resolved mentions, by the pattern families in patterns/, all
// driven by lexicons/relations.json and lexicons/roles.json. See README.md
// beside this file for how each relation type is found.
import type { Modality, RelationType } from "../schema";
import { RELATIONS } from "../schema";
import type { Mention } from "../mentions";
import type { DocEntity } from "../entities";
import type { DocState, FoundRelation, SentenceContext, SentenceInput } from "./types";
import { TARGET_KINDS } from "./lexicon";
import { modalityOfSentence } from "./modality";
import { rolesWithName } from "./patterns/roles";
import { pairedPosts } from "./patterns/paired-posts";
import { bodiesOfBodies, wingsOfBodies } from "./patterns/parts";
import { alliesListed, relationalNouns } from "./patterns/kinship";
import { basedIn, compoundParticiples, homeTo, placedByApposition, placedIn, placesOfCountry } from "./patterns/places";
import { memberOfBody, namedTogether, postInApposition } from "./patterns/apposition";
import { membersOfBodyListed } from "./patterns/members-listed";
import { phraseTriggers } from "./patterns/verb-frames";
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
  return relationsOf(withMisreadVerbs(s), entities, state, sentenceIndex);
}

function relationsOf(s: SentenceInput, entities: DocEntity[], state: DocState, sentenceIndex: number): FoundRelation[] {
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
  // The order matters: where two patterns give the same fact, the first one's evidence is kept.
  for (const pattern of [rolesWithName, pairedPosts, relationalNouns, alliesListed, membersOfBodyListed, postInApposition, memberOfBody, namedTogether, placesOfCountry, placedIn, basedIn, homeTo, placedByApposition, wingsOfBodies, bodiesOfBodies, compoundParticiples, heldTerritory, receptions, tradeCurbs, purchases, partnersStated, placeCommaCountry]) pattern(c);
  wordTriggers(c, phraseTriggers(c));
  // Remember who imposes sanctions, for "the sanctions target …" later on.
  for (const r of out) if (r.relation === "SANCTIONED") state.lastSanctioner = entities[r.source];
  return dedupe(out);
}

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

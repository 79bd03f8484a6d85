// Relations: typed, directed facts read off one sentence at a time from its
// tokens and resolved mentions. Four families of rules, all driven by
// lexicons/relations.json and lexicons/roles.json:
//  - roles stated with a name: "Russian President Vladimir Putin" → LEADER_OF;
//  - ownership stated with a name: "South Korea's Defense Ministry" → PART_OF;
//  - verb triggers with subject and object found around them (active, passive,
//    participle and relative clauses, coordination);
//  - noun triggers with a possessor or a light verb ("Moscow's invasion of
//    Ukraine", "held a meeting with", "the agreement between X and Y").
// See README.md beside this file for how each relation type is found.
import type { Modality, RelationType } from "../schema";
import { RELATIONS } from "../schema";
import type { Token } from "../nlp";
import type { Mention } from "../mentions";
import type { DocEntity } from "../entities";
import lex from "../../lexicons/relations.json";
import roles from "../../lexicons/roles.json";

export interface SentenceInput {
  text: string;
  /** Offset of the sentence in the cleaned text. */
  start: number;
  tokens: Token[];
  mentions: Mention[];
  /** Entity id of each mention, -1 where none. */
  links: number[];
}

export interface FoundRelation {
  source: number;
  target: number;
  relation: RelationType;
  verb: string;
  modality: Modality;
  role?: string;
  sentence: number;
}

interface Frame {
  relation?: string;
  byObject?: Record<string, string>;
  target: string[];
  actorKinds?: string[];
  targetKinds?: string[];
  coordinated?: boolean;
  between?: boolean;
  needsObjectClass?: string;
}

const VERBS = lex.verbs as Record<string, Frame>;
const NOUNS = lex.nouns as Record<string, Frame>;
const PHRASES = lex.phrases as (Frame & { words: string[]; requires?: string[] })[];
const OBJECT_CLASSES = Object.entries(lex.objectClasses).map(([k, v]) => [k, new Set(v)] as const);
const NEGATIONS = new Set(lex.negations);
const PLANNED = new Set(lex.planned);
const POSSIBLE = new Set(lex.possible);
const REPORTED = new Set(lex.reported);
const LIGHT_VERBS = new Set(lex.lightVerbs);
const CLAUSE_BREAKS = new Set(lex.clauseBreaks);
const TARGET_KINDS = lex.relationTargets as Record<string, string[]>;
const ACTOR_KINDS = new Set(lex.actorKinds);
const EVAL_VERBS = new Set(lex.evaluative.verbs);
const POSITIVE = new Set(lex.evaluative.positive);
const NEGATIVE = new Set(lex.evaluative.negative);
const KINSHIP = new Set(roles.kinship);
const HOST_NOUNS = new Set(lex.hostNouns);
const SANCTION_NOUNS = new Set(lex.sanctionNouns);
const PREPOSITIONS = new Set(["of", "in", "at", "from", "for", "with", "by", "to", "on", "against", "into", "about", "over", "under", "between", "among", "amid", "alongside", "toward", "towards", "via", "per", "through", "during"]);
const BE = new Set(["be", "is", "are", "was", "were", "been", "being", "get", "got"]);
const RELATIVES = new Set(["who", "which", "that"]);
// What may stand between a preposition and its object's name: "in the city of", "to the Russian".
const NP_INNER = new Set(["DET", "ADJ", "NUM", "NOUN", "ADV", "PART", "ADP"]);

/** Extracts the relations stated in one sentence. */
export function sentenceRelations(s: SentenceInput, entities: DocEntity[], state: DocState, sentenceIndex: number): FoundRelation[] {
  const out: FoundRelation[] = [];
  const t = s.tokens;
  // The entity of the k-th mention of the sentence, or of a mention object.
  const entityAt = (k: number) => (s.links[k] >= 0 ? entities[s.links[k]] : undefined);
  const entityOf = (m: Mention | undefined) => (m ? entityAt(s.mentions.indexOf(m)) : undefined);
  const sentenceModality = modalityOfSentence(t);
  const add = (src: DocEntity | undefined, tgt: DocEntity | undefined, relation: RelationType, verb: string, modality: Modality, role?: string) => {
    if (!src || !tgt || src.id === tgt.id) return;
    const kinds = TARGET_KINDS[relation];
    if (kinds && !kinds.includes(tgt.kind)) return;
    out.push({ source: src.id, target: tgt.id, relation, verb, modality, role, sentence: sentenceIndex });
  };

  // Roles and ownership stated with the name.
  s.mentions.forEach((m, k) => {
    const e = entityAt(k);
    if (!e) return;
    if (m.role && !m.ref && m.kind === "Person") {
      const of = m.role.of ? entities.find((x) => x.label === m.role!.of || x.aliases.includes(m.role!.of!)) : undefined;
      const rel: RelationType = m.role.leader ? "LEADER_OF" : "MEMBER_OF";
      add(e, of, rel, m.role.title, "asserted", rel === "MEMBER_OF" ? m.role.title : undefined);
    }
    if (m.owner && !m.ref) {
      const owner = entities.find((x) => x.label === m.owner);
      if (e.kind === "Organization") add(e, owner, "PART_OF", m.surface, "asserted");
      if (e.kind === "Location" || e.kind === "Company") add(e, owner, "LOCATED_IN", m.surface, "asserted");
    }
    // "the US-based Carnegie Endowment".
    if (t[m.end]?.text === "-" && t[m.end + 1]?.lower === "based") {
      const next = s.mentions.find((x) => x.start >= m.end + 2 && x.start <= m.end + 3);
      if (next) add(entityOf(next), e, "LOCATED_IN", "based", "asserted");
    }
  });

  // "his daughter, Kim Ju-ae"; "his guest, Olga Lyubimova".
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

  // "Kim Yo Jong, the powerful sister of leader Kim Jong Un".
  t.forEach((tok, k) => {
    if (!KINSHIP.has(tok.lower) || t[k + 1]?.lower !== "of") return;
    const of = s.mentions.find((m) => m.kind === "Person" && !m.ref && (m.outerStart ?? m.start) >= k + 2 && (m.outerStart ?? m.start) <= k + 4);
    let j = k - 1;
    while (j >= 0 && (t[j].pos === "ADJ" || t[j].pos === "DET" || t[j].pos === "ADV")) j--;
    const who = j >= 0 && t[j].text === "," ? s.mentions.filter((m) => m.end === j && m.kind === "Person" && !m.ref).pop() : undefined;
    if (who && of) add(entityOf(who), entityOf(of), "RELATIVE_OF", tok.text, "asserted");
  });

  // "Ankit Panda, senior fellow in the Nuclear Policy Program at the Carnegie Endowment": posts held in named bodies.
  s.mentions.forEach((m, k) => {
    if (m.kind !== "Person" || m.ref || t[m.end]?.text !== ",") return;
    let j = m.end + 1;
    if (["a", "an", "the"].includes(t[j]?.lower)) j++;
    const titleWords: string[] = [];
    while (j < t.length && (t[j].pos === "ADJ" || t[j].pos === "NOUN") && !isMentionStart(s, j)) titleWords.push(t[j++].text);
    const title = titleWords.join(" ");
    if (!title || !(titleWords.some((w) => roles.member.includes(w.toLowerCase()) || roles.leader.includes(w.toLowerCase())))) return;
    for (const o of s.mentions) {
      if (o.start < j || o.start > j + 14) continue;
      if (t.slice(j, o.start).some((x) => x.text === "," || x.pos === "VERB")) break;
      if (o.ref || t[o.end]?.text === "-") continue; // "the US-based …" qualifies, it is not the body
      const oe = entityOf(o);
      // "Kim Jong Un, the leader of North Korea": a post in a country too.
      if (oe && (oe.kind === "Organization" || oe.kind === "Company" || oe.kind === "Country")) add(entityAt(k), oe, roles.leader.includes(titleWords[titleWords.length - 1].toLowerCase()) ? "LEADER_OF" : "MEMBER_OF", title, "asserted", title);
    }
  });

  // "Kim Jong Un with Russian defense minister Sergei Shoigu": seen together.
  s.mentions.forEach((m, k) => {
    if (m.kind !== "Person" || m.ref || t[m.end]?.lower !== "with") return;
    const other = s.mentions.find((x) => x.kind === "Person" && !x.ref && x.start > m.end && x.start <= m.end + 5);
    if (other && t.slice(m.end + 1, other.start).every((x) => x.pos !== "VERB")) add(entityAt(k), entityOf(other), "MET_WITH", "with", sentenceModality);
  });

  // Triggers.
  const usedTokens = new Set<number>();
  for (const ph of PHRASES) {
    for (let k = 0; k + ph.words.length <= t.length; k++) {
      if (!ph.words.every((w, q) => t[k + q].lemma === w || t[k + q].lower === w)) continue;
      const end = k + ph.words.length;
      if (ph.requires && !t.slice(end, end + 10).some((x) => ph.requires!.includes(x.lower))) continue;
      for (let q = k; q < end; q++) usedTokens.add(q);
      verbRelations(s, k, end, ph, ph.relation as RelationType, add, entityOf, state, sentenceModality);
    }
  }
  t.forEach((tok, k) => {
    if (usedTokens.has(k)) return;
    const afterSanctions = k > 0 && SANCTION_NOUNS.has(t[k - 1].lower) && tok.pos === "NOUN";
    // "after meeting his counterpart": a gerund tagged as a noun, taking an object, is the verb.
    const gerund = tok.pos === "NOUN" && /ing$/.test(tok.lower) && k > 0 && t[k - 1].pos === "ADP" && ["DET", "PRON", "PROPN"].includes(t[k + 1]?.pos ?? "") ? gerundLemma(tok.lower) : undefined;
    const lemma = gerund ?? tok.lemma;
    if ((tok.pos === "VERB" || tok.pos === "NOUN" && /ing$/.test(tok.lower) || afterSanctions) && VERBS[lemma]) {
      // A noun trigger of the same spelling ("support", "visit") tagged as a verb after a determiner or possessive is a noun.
      if (k > 0 && (t[k - 1].pos === "DET" || /^['’]s$/.test(t[k - 1].text)) && NOUNS[tok.lower]) return nounRelations(s, k, NOUNS[tok.lower], add, entityOf, state, sentenceModality);
      const f = VERBS[lemma];
      return verbRelations(s, k, k + 1, f, f.relation as RelationType | undefined, add, entityOf, state, sentenceModality);
    }
    // "a surprise offensive in August": a word tagged as an adjective that ends its noun phrase is the noun.
    const nounLike = tok.pos === "NOUN" || (tok.pos === "PROPN" && !isMentionStart(s, k)) || (tok.pos === "ADJ" && !["NOUN", "PROPN", "ADJ"].includes(t[k + 1]?.pos ?? ""));
    if (nounLike && NOUNS[tok.lower]) nounRelations(s, k, NOUNS[tok.lower], add, entityOf, state, sentenceModality);
    if (tok.pos === "VERB" && EVAL_VERBS.has(tok.lemma)) evaluative(s, k, add, entityOf, sentenceModality);
  });
  // Remember who imposes sanctions, for "the sanctions target …" later on.
  for (const r of out) if (r.relation === "SANCTIONED") state.lastSanctioner = entities[r.source];
  return dedupe(out);
}

/** The verb a gerund comes from, if the lexicon knows it: "meeting" → meet, "visiting" → visit, "hosting" → host. */
function gerundLemma(word: string): string | undefined {
  const base = word.slice(0, -3);
  for (const cand of [base, `${base}e`, base.replace(/(.)\1$/, "$1")]) if (VERBS[cand]) return cand;
  return undefined;
}

/** What a document carries from sentence to sentence. */
export interface DocState {
  lastSanctioner?: DocEntity;
}

type Add = (src: DocEntity | undefined, tgt: DocEntity | undefined, relation: RelationType, verb: string, modality: Modality, role?: string) => void;
type EntityOf = (m: Mention | undefined) => DocEntity | undefined;

function isMentionStart(s: SentenceInput, k: number): boolean {
  return s.mentions.some((m) => m.start <= k && k < m.end);
}

/** A mention that is the object of a preposition ("according to TASS", "in Kursk") is not a subject. */
function isPrepObject(s: SentenceInput, m: Mention): boolean {
  let j = (m.outerStart ?? m.start) - 1;
  while (j >= 0 && (s.tokens[j].pos === "DET" || s.tokens[j].pos === "ADJ" || s.tokens[j].pos === "NUM")) j--;
  return j >= 0 && PREPOSITIONS.has(s.tokens[j].lower) && s.tokens[j].pos === "ADP";
}

/** Mentions coordinated with m: "Kim and Putin", "Rosneft and Lukoil", "Moscow and Pyongyang". */
function coordinated(s: SentenceInput, m: Mention, direction: -1 | 1): Mention[] {
  const out: Mention[] = [];
  let cur = m;
  let joined = false;
  for (;;) {
    const idx = s.mentions.indexOf(cur);
    const next = s.mentions[idx + direction];
    if (!next || next.ref === "adjective" || (direction === 1 && cur.possessive)) break;
    const gap = direction === 1 ? s.tokens.slice(cur.end, next.outerStart ?? next.start) : s.tokens.slice(next.end, cur.outerStart ?? cur.start);
    if (gap.length === 0 || gap.length > 3 || !gap.every((x) => x.lower === "and" || x.text === "," || x.lower === "or" || x.lower === "the")) break;
    if (next.possessive && direction === 1) break;
    out.push(next);
    if (gap.some((x) => x.lower === "and" || x.lower === "or")) {
      joined = true;
      break;
    }
    cur = next;
  }
  // "South Korea, North Korea's bitter rival" is an apposition, not a list: a list ends with "and" or "or".
  return joined ? out : [];
}

/** The subject of a trigger at k: the agent that does it. */
function subjectOf(s: SentenceInput, k: number): Mention | undefined {
  const t = s.tokens;
  // "Sergei Shoigu, who visited Pyongyang": the relative pronoun's antecedent.
  let j = k - 1;
  while (j >= 0 && (t[j].pos === "AUX" || t[j].pos === "ADV" || t[j].pos === "PART")) j--;
  if (j >= 0 && RELATIVES.has(t[j].lower) && t[j].pos !== "SCONJ") {
    const before = s.mentions.filter((m) => m.end <= j).pop();
    if (before && j - before.end <= 2) return before;
  }
  // "Putin said …, and thanked Kim": a verb joined after a comma shares the main clause's subject.
  let c = k - 2;
  while (c > 0 && /^["”’']$/.test(t[c].text)) c--;
  if (k > 1 && t[k - 1].lower === "and" && t[c]?.text === ",") {
    const main = s.mentions.find((m) => m.start < k && !isPrepObject(s, m) && m.ref !== "adjective");
    if (main) return main;
  }
  // ", accusing Pyongyang": a participle after a comma belongs to the main clause's subject.
  if (/ing$/.test(t[k].lower) && k > 0 && t[k - 1].text === ",") {
    const main = s.mentions.find((m) => m.start < k && !isPrepObject(s, m) && m.kind !== "Location");
    if (main) return main;
  }
  for (let q = s.mentions.length - 1; q >= 0; q--) {
    const m = s.mentions[q];
    if (m.end > k) continue;
    if (s.tokens.slice(m.end, k).some((x) => x.text === ";")) return undefined;
    if (isPrepObject(s, m) || m.ref === "adjective") continue;
    // "Kim Yo Jong, the sister of Kim Jong Un, warned …": skip the apposition back to the name it describes.
    const app = appositionHead(s, m, k);
    if (app) return app;
    if (s.tokens[m.end]?.text === "-") continue; // "US-based"
    if (m.possessive) continue; // "Russia's fight": the possessor is not the subject
    return m;
  }
  return undefined;
}

/** For a mention closing an apposition ("X, the sister of M, verb"), the name X the apposition describes. */
function appositionHead(s: SentenceInput, m: Mention, k: number): Mention | undefined {
  const t = s.tokens;
  let close = m.end;
  while (close < k && t[close].text !== ",") close++;
  if (close >= k || t.slice(close + 1, k).some((x) => x.pos !== "ADV" && x.pos !== "AUX")) return undefined;
  let open = (m.outerStart ?? m.start) - 1;
  while (open >= 0 && t[open].text !== "," && t[open].pos !== "VERB") open--;
  if (open <= 0 || t[open].text !== ",") return undefined;
  const head = s.mentions.filter((x) => x.end === open).pop();
  return head && head.kind === "Person" && !head.ref ? head : undefined;
}

/** The first mention after a preposition from the list (within a short window), or the direct object. */
function targetOf(s: SentenceInput, from: number, spec: string[], window = 12): Mention | undefined {
  const t = s.tokens;
  const limit = Math.min(t.length, from + window);
  const inClause = (m: Mention) => !t.slice(from, m.start).some((x) => CLAUSE_BREAKS.has(x.lower) && x.pos !== "ADP" || x.text === ";");
  const resolveOwned = (m: Mention) => {
    // "to Russia's Kursk border region": the place owned is the target.
    const idx = s.mentions.indexOf(m);
    const next = s.mentions[idx + 1];
    return m.possessive && next && next.start === m.end + 1 && next.owner ? next : m;
  };
  for (const p of spec) {
    if (p === "object") {
      if (t[from] && (t[from].lower === "that" || t[from].lower === "whether" || t[from].lower === "if")) continue;
      // "met his counterpart Choe": a possessive pronoun is not the object.
      const m = s.mentions.find((x) => x.start >= from && x.start < limit && inClause(x) && x.ref !== "adjective" && !(x.ref === "pronoun" && /^(his|her|its|their)$/i.test(x.surface) && t[x.end]?.pos !== "PUNCT"));
      if (m && !t.slice(from, m.start).some((x) => x.pos === "ADP" && !["of"].includes(x.lower) || x.pos === "VERB")) return resolveOwned(m);
      continue;
    }
    for (let q = from; q < limit; q++) {
      if (t[q].lower !== p || CLAUSE_BREAKS.has(t[q].lower)) continue;
      // "to assist Russia": the object of the infinitive.
      const head = t[q + 1]?.pos === "VERB" ? q + 2 : q + 1;
      const m = s.mentions.find((x) => x.start >= head && inClause(x) && t.slice(head, x.outerStart ?? x.start).every((y) => NP_INNER.has(y.pos) || y.text === "-"));
      if (m && m.ref !== "adjective") return resolveOwned(m);
    }
  }
  return undefined;
}

function whereAntecedent(s: SentenceInput, k: number, entityOf: EntityOf): Mention | undefined {
  const t = s.tokens;
  for (let q = k - 1; q >= 0; q--) {
    if (t[q].lower === "where") return s.mentions.filter((m) => m.end <= q && ["Location", "Country"].includes(entityOf(m)?.kind ?? "")).pop();
  }
  return undefined;
}

function modalityOfSentence(t: Token[]): Modality {
  const words = t.map((x) => x.lower);
  if (words.includes("according") || words.some((w) => ["reportedly", "allegedly", "purportedly"].includes(w))) return "reported";
  return "asserted";
}

function modalityAt(s: SentenceInput, subjectEnd: number, k: number, base: Modality): Modality | "negated" {
  const span = s.tokens.slice(Math.max(subjectEnd, k - 5), k);
  if (span.some((x) => NEGATIONS.has(x.lower))) return "negated";
  if (span.some((x) => PLANNED.has(x.lower))) return "planned";
  if (span.some((x) => POSSIBLE.has(x.lower))) return "possible";
  if (span.some((x) => REPORTED.has(x.lower))) return "reported";
  return base;
}

function objectClasses(s: SentenceInput, from: number, to: number): string[] {
  const found: string[] = [];
  for (const tok of s.tokens.slice(from, to)) for (const [name, words] of OBJECT_CLASSES) if (words.has(tok.lower) && !found.includes(name)) found.push(name);
  for (const m of s.mentions) if (m.start >= from && m.start < to && m.kind === "MilitaryForce" && !found.includes("troops")) found.push("troops");
  return found;
}

function verbRelations(s: SentenceInput, k: number, end: number, f: Frame, relation: RelationType | undefined, add: Add, entityOf: EntityOf, state: DocState, base: Modality) {
  const t = s.tokens;
  const verb = s.text.slice(t[k].start, t[end - 1].end);
  const passive = t[k].lower.endsWith("ed") || t[k].lower.endsWith("en") || t[k].lower === "sent" || t[k].lower === "hit" ? t.slice(Math.max(0, k - 3), k).some((x) => BE.has(x.lower)) : false;
  const initialParticiple = k === 0 && t[k + 1]?.lower === "by"; // "Aided by Pyongyang's soldiers, the Kremlin's forces …"
  let subj = subjectOf(s, k);
  let agentSubj: DocEntity | undefined;
  // "The sanctions target Rosneft": sanctions act for whoever imposed them.
  const leftNoun = t.slice(0, k).reverse().find((x) => x.pos === "NOUN" || x.pos === "PROPN");
  if (leftNoun && SANCTION_NOUNS.has(leftNoun.lower) && state.lastSanctioner !== undefined && (!subj || subj.end <= leftNoun.i)) {
    relation = "SANCTIONED";
    subj = undefined;
    agentSubj = state.lastSanctioner;
  }
  const mod = modalityAt(s, subj ? subj.end : 0, k, base);
  if (mod === "negated") return;

  // The relation may depend on what is sent: troops, weapons or a message.
  const relations: RelationType[] = [];
  let target: Mention | undefined;
  if (f.byObject) {
    target = targetOf(s, end, f.target);
    const classes = objectClasses(s, passive ? Math.max(0, (subj?.start ?? k) - 1) : end, target ? target.start : Math.min(t.length, end + 8));
    if (passive && subj && subj.kind === "MilitaryForce") classes.push("troops");
    for (const c of classes) if (f.byObject[c]) relations.push(f.byObject[c] as RelationType);
  } else if (relation) {
    if (f.needsObjectClass && !objectClasses(s, end, Math.min(t.length, end + 8)).includes(f.needsObjectClass)) return;
    relations.push(relation);
    target = targetOf(s, end, f.target);
  }
  if (!relations.length) return;
  // A target of the wrong kind ("deployed to help Russian forces") is no target; "where" may still give the place.
  if (target && !TARGET_KINDS[relations[0]]?.includes(entityOf(target)?.kind ?? "")) target = undefined;
  if (!target && ["ATTACKED", "CAPTURED", "FOUGHT_IN", "SENT_TROOPS_TO"].includes(relations[0])) target = whereAntecedent(s, k, entityOf);

  const sourceIds: (DocEntity | undefined)[] = [agentSubj ?? entityOf(subj)];
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
    const byIdx = t.findIndex((x, q) => q > k && q < k + 4 && x.lower === "by");
    const agent = byIdx > 0 ? s.mentions.find((m) => m.start > byIdx && m.start <= byIdx + 3) : undefined;
    if (!agent) return;
    for (const r of relations) add(entityOf(agent), entityOf(subj), r, verb, mod);
    return;
  }
  if (!sourceIds[0] && !agentSubj) return;
  if (subj && !agentSubj) for (const c of coordinated(s, subj, -1)) sourceIds.push(entityOf(c));
  const targets: Mention[] = target ? [target, ...coordinated(s, target, 1)] : [];
  for (const r of relations) {
    if (f.actorKinds && sourceIds[0] && !f.actorKinds.includes(sourceIds[0].kind)) continue;
    if (f.targetKinds && target && !f.targetKinds.includes(entityOf(target)?.kind ?? "")) continue;
    for (const src of sourceIds) {
      if (!src || (!agentSubj && !ACTOR_KINDS.has(src.kind))) continue;
      if (f.coordinated && !target && sourceIds.length > 1) {
        for (const other of sourceIds) if (other && other.id !== src.id && src.id < other.id) add(src, other, r, verb, mod);
        continue;
      }
      for (const tg of targets) add(src, entityOf(tg), r, verb, mod);
    }
  }
}

function nounRelations(s: SentenceInput, k: number, f: Frame, add: Add, entityOf: EntityOf, state: DocState, base: Modality) {
  const t = s.tokens;
  const relation = f.relation as RelationType;
  const verb = t[k].text;
  // Possessor or modifier before the noun, adjectives allowed between: "Moscow's full-scale invasion", "US sanctions".
  let j = k - 1;
  while (j >= 0 && (t[j].pos === "ADJ" || t[j].pos === "NOUN" && !NOUNS[t[j].lower] || t[j].text === "-" || t[j].pos === "NUM")) j--;
  if (j >= 0 && /^['’]s?$/.test(t[j].text)) j--;
  let actor = j >= 0 ? s.mentions.find((m) => m.end - 1 === j) : undefined;
  if (!actor && j >= 0 && (t[j].lower === "its" || t[j].lower === "their")) {
    actor = s.mentions.filter((m) => m.end <= j && (m.kind === "Country" || m.kind === "Organization")).pop();
  }
  if (actor && relation === "SANCTIONED") state.lastSanctioner = entityOf(actor) ?? state.lastSanctioner;

  // "the agreement between Moscow and Pyongyang".
  let q = k + 1;
  while (q < t.length && t[q].pos === "ADJ") q++;
  if (f.between && t[q]?.lower === "between") {
    const a = s.mentions.find((m) => m.start > q && m.start <= q + 3);
    const b = a ? coordinated(s, a, 1)[0] : undefined;
    if (a && b) add(entityOf(a), entityOf(b), relation, verb, base);
    return;
  }
  let target = targetOf(s, k + 1, f.target, 6);
  if (!target && ["ATTACKED", "CAPTURED"].includes(relation)) target = whereAntecedent(s, k, entityOf);
  if (!target) return;
  if (!actor) {
    // "held a meeting with", "launched an offensive", "a mutual defense treaty with Russia": the clause's subject.
    const light = t.slice(Math.max(0, k - 4), k).some((x) => LIGHT_VERBS.has(x.lemma) && x.pos === "VERB");
    const symmetric = RELATIONS[relation].symmetric;
    if (!light && !symmetric) return;
    actor = subjectOf(s, k);
  }
  if (!actor) return;
  const mod = modalityAt(s, actor.end, k, base);
  if (mod === "negated") return;
  for (const tg of [target, ...coordinated(s, target, 1)]) add(entityOf(actor), entityOf(tg), relation, verb, mod);
}

/** "described the soldiers as heroes" (PRAISED), "called the move illegal" (CRITICIZED). */
function evaluative(s: SentenceInput, k: number, add: Add, entityOf: EntityOf, base: Modality) {
  const t = s.tokens;
  const subj = subjectOf(s, k);
  const obj = s.mentions.find((m) => m.start > k && m.start <= k + 4);
  if (!subj || !obj) return;
  const window = t.slice(obj.end, Math.min(t.length, obj.end + 12)).map((x) => x.lower);
  const mod = modalityAt(s, subj.end, k, base);
  if (mod === "negated") return;
  if (window.some((w) => POSITIVE.has(w))) add(entityOf(subj), entityOf(obj), "PRAISED", t[k].text, mod);
  else if (window.some((w) => NEGATIVE.has(w))) add(entityOf(subj), entityOf(obj), "CRITICIZED", t[k].text, mod);
}

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


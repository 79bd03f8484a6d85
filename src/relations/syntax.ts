// Sentence syntax the patterns share, read off part-of-speech tags and
// mention spans: subjects, objects and apposition (lists are in lists.ts).
import type { Mention } from "../mentions";
import { isCap, wireDatelineEnd } from "../mentions/tokens";
import type { DocEntity } from "../entities";
import type { EntityOf, SentenceInput } from "./types";
import { FORCE_NOUNS, PERSON_CUES } from "../mentions/lexicon";
import { isPersonNoun } from "../mentions/word-lists";
import { isRoleWord } from "../gazetteer/agents";
import { AGENT_PARTICIPLES, LEADING_PARTICIPLES, SPEAKER_NOUNS, CLAUSE_BREAKS, NP_INNER, PARTICIPLE_OPENERS, RELATIVES, REPORTING_VERBS, ZONE_NOUNS } from "./lexicon";
import { coordinated, isPrepObject } from "./lists";

/** The name right after the word at q, past a determiner ("by the United States", "from Xi"), that `ok` accepts. */
export function nameAfterWord(s: SentenceInput, q: number, ok: (m: Mention) => boolean = () => true): Mention | undefined {
  const from = s.tokens[q + 1]?.pos === "DET" ? q + 2 : q + 1;
  return s.mentions.find((m) => (m.outerStart ?? m.start) === from && ok(m));
}

export function isMentionStart(s: SentenceInput, k: number): boolean {
  return s.mentions.some((m) => m.start <= k && k < m.end);
}

/**
 * "After meeting Putin, Kim returned …", "Since signing the treaty, North Korea and Russia have …": a participle
 * opening the sentence acts for the main clause's subject, named right after the clause's comma.
 */
function openingClauseSubject(s: SentenceInput, k: number): Mention | undefined {
  const t = s.tokens;
  // A quoted paragraph may open with its quotation mark: "”Since signing …".
  const open = OPENING_QUOTES.test(t[0]?.text ?? "") ? 1 : 0;
  // "Having signed the accord, A and B …": a perfect participle opens the clause too.
  const perfect = k === open + 1 && t[open].lower === "having";
  if (!(/ing$/.test(t[k].lower) || perfect) || !(k === open || perfect || (k === open + 1 && PARTICIPLE_OPENERS.has(t[open].lower)))) return undefined;
  // "Leading contenders X, Y and Z …": an -ing word before a bare noun qualifies it; a participle takes an object.
  if (t[k + 1]?.pos === "NOUN") return undefined;
  const comma = t.findIndex((x, i) => i > k && x.text === ",");
  if (comma < 0) return undefined;
  const main = s.mentions.find((m) => (m.outerStart ?? m.start) > comma && m.ref !== "adjective");
  if (!main || (main.outerStart ?? main.start) - comma > 2 || isPrepObject(s, main)) return undefined;
  // "Since signing the treaty, North Korea and Russia have …": the last conjunct, so that reading back finds them all.
  return coordinated(s, main, 1).pop() ?? main;
}

const OPENING_QUOTES = /^["“”‘’']$/;

/**
 * "The sanctions, announced via Trump's platform, target …", "The strikes, ordered by Netanyahu, hit …": before the
 * verb at k, a noun and a participle phrase in commas naming who is behind it (after "by", or a possessor).
 */
export function agentPhrase(s: SentenceInput, k: number): { head: string; agent: Mention } | undefined {
  const t = s.tokens;
  let close = k - 1;
  while (close > 0 && (t[close].pos === "ADV" || t[close].pos === "AUX")) close--;
  if (t[close]?.text !== ",") return undefined;
  let open = close - 1;
  while (open > 0 && close - open < 14 && t[open].text !== ",") open--;
  // "The sanctions, which were announced by X, …": a relative clause may carry the participle.
  let verb = open + 1;
  if (RELATIVES.has(t[verb]?.lower ?? "")) {
    verb++;
    while (t[verb]?.pos === "AUX") verb++;
  }
  if (t[open]?.text !== "," || !AGENT_PARTICIPLES.has(t[verb]?.lower) || t[open - 1]?.pos !== "NOUN") return undefined;
  const byBefore = (m: Mention) => {
    let j = (m.outerStart ?? m.start) - 1;
    while (j > open && t[j].pos === "DET") j--;
    return t[j].lower === "by";
  };
  const agent = s.mentions.find((m) => m.start > open + 1 && m.end <= close && m.ref !== "adjective" && (byBefore(m) || m.possessive));
  return agent ? { head: t[open - 1].lower, agent } : undefined;
}

/** The subject of a trigger at k: the agent that does it. */
export function subjectOf(s: SentenceInput, k: number): Mention | undefined {
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
  const opening = openingClauseSubject(s, k) ?? relativeClauseHead(s, k);
  if (opening) return opening;
  const dateline = wireDatelineEnd(t);
  // ", accusing Pyongyang": a participle after a comma belongs to the main clause's subject (not the dateline's agency).
  if (/ing$/.test(t[k].lower) && k > 0 && t[k - 1].text === ",") {
    const main = s.mentions.find((m) => m.start < k && m.start >= dateline && !isPrepObject(s, m) && m.kind !== "Location");
    if (main) return main;
  }
  for (let q = s.mentions.length - 1; q >= 0; q--) {
    const m = s.mentions[q];
    if (m.end > k) continue;
    // "CAIRO, Jan 14 (Reuters) - Egyptian mediators met …": the dateline's place and agency act in no clause.
    if (m.end <= dateline) return undefined;
    if (s.tokens.slice(m.end, k).some((x) => x.text === ";")) return undefined;
    if (reportedClauseBetween(s, m, k)) return undefined;
    if (leadsUnnamedSubject(s, m, k, dateline)) return m;
    if (isPrepObject(s, m) || m.ref === "adjective") continue;
    if (leadsGroupBefore(s, m, k)) return m;
    // "Kim Yo Jong, the sister of Kim Jong Un, warned …": skip the apposition back to the name it describes.
    const app = appositionHead(s, m, k);
    if (app) return app;
    // "condemned the Japan-US alliance and criticised Tokyo": a name in a hyphened pair qualifies a noun, never acts.
    if (inHyphenedPair(s, m)) {
      const verb = sharedSubjectVerb(s, m, k);
      return verb === undefined ? undefined : subjectOf(s, verb);
    }
    if (s.tokens[m.end]?.text === "-") continue; // "US-based"
    if (m.possessive) continue; // "Russia's fight": the possessor is not the subject
    if (modifiesUnnamedPerson(s, m, k)) return undefined;
    // "Kellogg visited Kyiv and met Zelensky": the first verb's object is not the second's subject.
    const firstVerb = sharedSubjectVerb(s, m, k);
    if (firstVerb !== undefined) return subjectOf(s, firstVerb);
    return gerundOfUnnamedObject(s, m, k) ? undefined : m;
  }
  return undefined;
}

/** "Steve Witkoff, who has led US efforts to end the war, flew to Cairo": a verb right after a closed relative clause is its antecedent's. */
function relativeClauseHead(s: SentenceInput, k: number): Mention | undefined {
  const t = s.tokens;
  let j = k - 1;
  while (j >= 0 && (t[j].pos === "ADV" || t[j].pos === "AUX")) j--;
  if (t[j]?.text !== ",") return undefined;
  for (let q = j - 1; q > 0 && q >= j - 25; q--) {
    if (t[q].text !== "," || !RELATIVES.has(t[q + 1]?.lower ?? "") || t[q + 1].pos === "SCONJ") continue;
    const head = s.mentions.filter((m) => m.end === q).pop();
    return head && !head.ref && head.kind !== "Location" ? head : undefined;
  }
  return undefined;
}

/**
 * "The Oscar winner said", "a Hezbollah commander visited": a name before the person noun that heads the subject
 * only qualifies that unnamed person (one: plural members are the body acting), who acts. A spokesman speaks for the body and a fighter fights for it, so those
 * nouns leave the body the subject ("a Houthi spokesman threatened Israel").
 */
function modifiesUnnamedPerson(s: SentenceInput, m: Mention, k: number): boolean {
  const t = s.tokens;
  if (m.kind === "Person" || m.ref) return false;
  let e = k;
  while (e > m.end && (t[e - 1].pos === "AUX" || t[e - 1].pos === "ADV")) e--;
  if (e === m.end || e - m.end > 2) return false;
  for (let q = m.end; q < e; q++) if (t[q].pos !== "NOUN" || isCap(t[q])) return false;
  const head = t[e - 1].lower;
  // "Wagner Group mercenaries fought": the body's members in the plural are the body acting.
  if (t[e - 1].lemma !== head) return false;
  return (isPersonNoun(head) || isRoleWord(head)) && !SPEAKER_NOUNS.has(head) && !FORCE_NOUNS.has(head);
}

/** "Hamas-led fighters attacked …", "Saudi-led forces struck …": the leader of the unnamed group before the verb at k acts for it. */
function leadsGroupBefore(s: SentenceInput, m: Mention, k: number): boolean {
  const t = s.tokens;
  if (t[m.end]?.text !== "-" || !LEADING_PARTICIPLES.has(t[m.end + 1]?.lower ?? "")) return false;
  let j = m.end + 2;
  while (j < k && j < m.end + 6 && !isCap(t[j]) && (t[j].pos === "NOUN" || t[j].pos === "ADJ")) j++;
  while (j < k && (t[j].pos === "AUX" || t[j].pos === "ADV")) j++;
  return j === k && t[k - 1].pos !== "ADJ" && j > m.end + 2;
}

/**
 * "Syrian rebels led by Hayat Tahrir al-Sham captured Aleppo", "a coalition headed by Saudi Arabia struck …": the
 * sentence's subject is an unnamed group (no name before it but demonyms), m the one who leads it, right before the
 * verb at k; the leader acts for the group.
 */
function leadsUnnamedSubject(s: SentenceInput, m: Mention, k: number, dateline: number): boolean {
  const t = s.tokens;
  let j = (m.outerStart ?? m.start) - 1;
  while (j >= 0 && t[j].pos === "DET") j--;
  if (j < 2 || t[j].lower !== "by" || !LEADING_PARTICIPLES.has(t[j - 1].lower) || t[j - 2].pos !== "NOUN") return false;
  if (!t.slice(m.end, k).every((x) => x.pos === "ADV" || x.pos === "AUX")) return false;
  return s.mentions.every((x) => x.start >= j - 2 || x.end <= dateline || x.ref === "adjective");
}

/** "its fighters", "his visit": pronouns that own what follows. */
export const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our"]);

/**
 * "SANA said the strikes hit Damascus", "QNA said the emir met Hamas": past a reporting verb, a clause with a subject
 * of its own that names no one; the speaker is not that subject. ("Hamas said it fired …": "it" is a mention, found first.)
 */
function reportedClauseBetween(s: SentenceInput, m: Mention, k: number): boolean {
  const t = s.tokens;
  let v = m.end;
  while (v < k && (t[v].pos === "ADV" || t[v].pos === "AUX" || t[v].text === ",")) v++;
  if (v >= k || t[v].pos !== "VERB" || !REPORTING_VERBS.has(t[v].lemma)) return false;
  // "said its fighters attacked": the speaker's own people; "said the strike hit": a subject of the clause's own.
  const clause = t.slice(v + 1, k);
  if (clause.some((x) => POSSESSIVE_PRONOUNS.has(x.lower))) return false;
  return clause.some((x, q) => x.pos === "NOUN" && clause[q - 1]?.pos === "DET") && !s.mentions.some((x) => x.start > v && x.end <= k);
}

/**
 * "X visited Kyiv and met Y", "X received Choe and later hosted a dinner": m is the object of a verb, and the
 * verb at k joins that verb by a bare "and"; the first verb's position (whose subject acts for both), if so.
 */
function sharedSubjectVerb(s: SentenceInput, m: Mention, k: number): number | undefined {
  const t = s.tokens;
  let q = m.end;
  // "hosted al-Sharaa in Riyadh and pledged …", "called X on Sunday and praised …", "visited X last month and met
  // …", "visited X again and met …", "visited X on her way to Y and met …": an adjunct may stand before "and".
  const adjunct = (x: (typeof t)[number]) => ["ADP", "DET", "NUM", "PROPN", "NOUN", "ADJ", "ADV"].includes(x.pos) || POSSESSIVE_PRONOUNS.has(x.lower);
  while (q < k && q < m.end + 5 && adjunct(t[q]) && t[q].lower !== "and") q++;
  if (t[q]?.lower !== "and") return undefined;
  q++;
  while (q < k && t[q].pos === "ADV") q++;
  // "… and pledged (its) support": the noun's light verb.
  if (q < k && t[q].pos === "VERB" && t.slice(q + 1, k).every((x) => x.pos === "DET" || x.pos === "PRON" || x.pos === "ADJ")) q = k;
  if (q !== k) return undefined;
  let j = pairStart(s, m) - 1;
  // "visited Russia's Far East": the object's possessor stands between it and the verb.
  const owner = s.mentions.find((x) => x.possessive && x.end >= j && x.end <= j + 1);
  if (owner) j = (owner.outerStart ?? owner.start) - 1;
  while (j >= 0 && (t[j].pos === "DET" || t[j].pos === "ADJ" || t[j].pos === "NUM")) j--;
  return j > 0 && t[j].pos === "VERB" && !t[j].lower.endsWith("ing") ? j : undefined;
}

/**
 * "Washington sanctioned 16 Chinese entities for supporting Russia": a gerund after "for"/"of" acts for the
 * verb's object; when that object is unnamed, the name before the verb is not the gerund's subject.
 */
function gerundOfUnnamedObject(s: SentenceInput, m: Mention, k: number): boolean {
  const t = s.tokens;
  if (k < 2 || !t[k].lower.endsWith("ing") || (t[k - 1].lower !== "for" && t[k - 1].lower !== "of")) return false;
  let q = m.end;
  while (q < k && (t[q].pos === "AUX" || t[q].pos === "ADV")) q++;
  if (t[q]?.pos !== "VERB") return false;
  q++;
  while (q < k && (["DET", "NUM", "ADJ"].includes(t[q].pos) || s.mentions.some((x) => x.start === q && x.ref === "adjective"))) q++;
  return q < k && t[q].pos === "NOUN";
}

/** For a mention closing an apposition ("X, the sister of M, verb"), the name X the apposition describes. */
function appositionHead(s: SentenceInput, m: Mention, k: number): Mention | undefined {
  const t = s.tokens;
  let close = m.end;
  while (close < k && t[close].text !== ",") close++;
  if (close >= k || t.slice(close + 1, k).some((x) => x.pos !== "ADV" && x.pos !== "AUX")) return undefined;
  let open = (m.outerStart ?? m.start) - 1;
  // "the Global Times, a tabloid run by the People's Daily, said": a participle with its agent stays inside.
  while (open >= 0 && t[open].text !== "," && (t[open].pos !== "VERB" || t[open + 1]?.lower === "by")) open--;
  if (open <= 0 || t[open].text !== ",") return undefined;
  const head = s.mentions.filter((x) => x.end === open).pop();
  if (!head || head.ref) return undefined;
  // A body described by a noun phrase ("X, a tabloid run by Y,") as a person is ("X, the sister of Y,").
  const described = ["a", "an", "the"].includes(t[open + 1]?.lower) && t[open + 2]?.pos !== "PROPN";
  return head.kind === "Person" || (described && (head.kind === "Organization" || head.kind === "Company")) ? head : undefined;
}

/** The first mention after a preposition from the list (within a short window), or the direct object. */
export function targetOf(s: SentenceInput, from: number, spec: string[], window = 12): Mention | undefined {
  const t = s.tokens;
  const limit = Math.min(t.length, from + window);
  const inClause = (m: Mention) => !t.slice(from, m.start).some((x) => CLAUSE_BREAKS.has(x.lower) && x.pos !== "ADP" || x.text === ";");
  const resolveOwned = (m: Mention) => {
    // "to Russia's Kursk border region": the place owned is the target; so is the holder whose
    // phrase the possessor opens ("met Oman's foreign minister Badr Albusaidi").
    const idx = s.mentions.indexOf(m);
    const next = s.mentions[idx + 1];
    // "met South Korea's Lee Jae-myung": the person the country's possessive opens.
    const person = next?.kind === "Person" && !next.ref && m.kind === "Country";
    return m.possessive && next && ((next.start === m.end + 1 && (next.owner || person)) || next.outerStart === m.start) ? next : m;
  };
  for (const p of spec) {
    if (p === "object") {
      if (t[from] && (t[from].lower === "that" || t[from].lower === "whether" || t[from].lower === "if")) continue;
      // "met his counterpart Choe": a possessive pronoun is not the object.
      const m = s.mentions.find((x) => x.start >= from && x.start < limit && inClause(x) && x.ref !== "adjective" && !possessivePronoun(s, x) && !inHyphenedPair(s, x));
      // A hyphened participle qualifies the object: "shelled the Russian-controlled city of Melitopol".
      const between = t.slice(from, m?.start ?? from);
      // ", and" after the noun object opens a new clause: "hailed the summit, and Biden praised China".
      const newClause = (q: number) => between[q].text === "," && between[q + 1]?.pos === "CCONJ";
      // "…, killing two people, regional governor X said": past a comma, a name that speaks reports the sentence.
      if (m && between.some((x) => x.text === ",") && PERSON_CUES.has(t[m.end]?.lower ?? "")) continue;
      if (m && !between.some((x, q) => (x.pos === "ADP" && !["of", "about", "around"].includes(x.lower)) || (x.pos === "VERB" && between[q - 1]?.text !== "-") || newClause(q))) return resolveOwned(m);
      continue;
    }
    for (let q = from; q < limit; q++) {
      // "supplied Moscow with shells, according to South Korea's spy agency": the source of the report is no target.
      if (t[q].lower === "according" && t[q + 1]?.lower === "to") break;
      if (t[q].lower !== p || CLAUSE_BREAKS.has(t[q].lower)) continue;
      // "sell up to 150 jets to Ukraine": "up to" before a number is a quantity, not the frame's preposition.
      if (t[q - 1]?.lower === "up" && t[q + 1]?.pos === "NUM") continue;
      // "to assist Russia": the object of the infinitive.
      const head = t[q + 1]?.pos === "VERB" ? q + 2 : q + 1;
      const m = s.mentions.find((x) => x.start >= head && x.ref !== "adjective" && !possessivePronoun(s, x) && inClause(x) && isObjectPhrase(s, head, x.outerStart ?? x.start));
      if (m && !absoluteWith(t, q, m)) return resolveOwned(m);
    }
  }
  return undefined;
}

/** Whether token q lies in a demonym used as an adjective ("the Israeli city of …"). */
export const isDemonymAt = (s: SentenceInput, q: number) => s.mentions.some((x) => x.ref === "adjective" && x.start <= q && q < x.end);

/** The words between a preposition and its object: "the city of X"; "the northern Israeli city of X" (a demonym before "of" qualifies the place). */
function isObjectPhrase(s: SentenceInput, from: number, to: number): boolean {
  const span = s.tokens.slice(from, to);
  let demonym = false;
  for (let n = 0; n < span.length; n++) {
    // "with his Russian counterpart Sergei Lavrov": a possessive pronoun before the name's title.
    if (innerWord(span[n]) || POSSESSIVE_PRONOUNS.has(span[n].lower) || inZone(span, n)) continue;
    if (!isDemonymAt(s, from + n)) return false;
    // "sanctions on Chinese refiner X": a demonym before a lower-case noun describes the name.
    if (!demonymBeforeNoun(s, from + n)) demonym = true;
  }
  return !demonym || span.some((y) => y.lower === "of");
}

/** "into a buffer zone on the Golan Heights": a preposition after a zone noun places the zone in what follows. */
const ZONE_PREPOSITIONS = new Set(["on", "in", "inside", "within"]);
const inZone = (span: SentenceInput["tokens"], n: number) => ZONE_PREPOSITIONS.has(span[n].lower) && ZONE_NOUNS.has(span[n - 1]?.lower ?? "");

/** ", with Oman's foreign minister carrying messages": "with" opening an absolute clause names no partner. */
const absoluteWith = (t: SentenceInput["tokens"], q: number, m: Mention) =>
  t[q].lower === "with" && t[q - 1]?.text === "," && t[m.end]?.pos === "VERB" && t[m.end].lower.endsWith("ing");

// Between a preposition and its object: "in the city of X"; another preposition opens a new place ("into the sea off X").
/** A demonym at q, inside its mention, whose mention a lower-case noun follows: "Chinese refiner X". */
function demonymBeforeNoun(s: SentenceInput, q: number): boolean {
  const d = s.mentions.find((x) => x.ref === "adjective" && x.start <= q && q < x.end);
  const next = d ? s.tokens[d.end] : undefined;
  return !!next && next.pos === "NOUN" && !/^\p{Lu}/u.test(next.text);
}
/** "his" in "his counterpart Choe" is no object; "praised his" at a clause's end would be. */
const possessivePronoun = (s: SentenceInput, x: Mention) => x.ref === "pronoun" && POSSESSIVE_PRONOUNS.has(x.surface.toLowerCase()) && s.tokens[x.end]?.pos !== "PUNCT";
const innerWord = (y: SentenceInput["tokens"][number]) => (NP_INNER.has(y.pos) && (y.pos !== "ADP" || y.lower === "of")) || y.text === "-";

/** A name in a hyphened pair before a noun ("hailed the North Korea-Russia alliance") qualifies the noun. */
function inHyphenedPair(s: SentenceInput, m: Mention): boolean {
  const t = s.tokens;
  const start = m.outerStart ?? m.start;
  const other = isJoiningHyphen(s, m.end) ? s.mentions.find((x) => x.start === m.end + 1) : isJoiningHyphen(s, start - 1) ? s.mentions.find((x) => x.end === start - 1) : undefined;
  return !!other && t[Math.max(m.end, other.end)]?.pos === "NOUN";
}

/** Where m's phrase begins: the first name of its hyphened pair ("the Japan-US alliance"), or m's own start. */
function pairStart(s: SentenceInput, m: Mention): number {
  const start = m.outerStart ?? m.start;
  const first = isJoiningHyphen(s, start - 1) ? s.mentions.find((x) => x.end === start - 1) : undefined;
  return first ? (first.outerStart ?? first.start) : start;
}

/** A hyphen at j written tight between two words ("U.S.-ROK"), not a dash between spaces ("Vaughn - Troy"). */
export function isJoiningHyphen(s: SentenceInput, j: number): boolean {
  const t = s.tokens;
  return j > 0 && t[j]?.text === "-" && t[j - 1].end === t[j].start && t[j].end === t[j + 1]?.start;
}

/** The country a mention stands for: a demonym ("Russian-held") is linked to no entity, so its country is found by name, if the article names it. */
export function countryOrEntity(entities: DocEntity[], entityOf: EntityOf, m: Mention): DocEntity | undefined {
  return m.ref === "adjective" ? entities.find((e) => e.kind === "Country" && e.label === m.name) : entityOf(m);
}

/** The place a "where" clause before k refers back to: "the Kursk region, where Ukraine launched …". */
export function whereAntecedent(s: SentenceInput, k: number, entityOf: EntityOf): Mention | undefined {
  const t = s.tokens;
  for (let q = k - 1; q >= 0; q--) {
    if (t[q].lower === "where") return s.mentions.filter((m) => m.end <= q && ["Location", "Country"].includes(entityOf(m)?.kind ?? "")).pop();
  }
  return undefined;
}

// Ties stated with a relational noun: kin (RELATIVE_OF: "his daughter, Kim
// Ju-ae", "Donald Trump's son-in-law"), allies (ALLIED_WITH: "a close ally of
// Vladimir Putin", "Putin's close ally Igor Sechin") and guests (HOSTED: "his
// guest, Olga Lyubimova"), in three shapes around the noun; and members listed
// after allies ("Russia's allies, including Belarus and Iran").
import type { RelationType } from "../../schema";
import type { Mention } from "../../mentions";
import type { SentenceContext, SentenceInput } from "../types";
import { ALLY_NOUNS, BACKER_NOUNS, HOST_NOUNS } from "../lexicon";
import { KINSHIP } from "../../mentions/titles";
import { coordinated } from "../lists";

interface RelationalNoun {
  relation: RelationType;
  /** The token after the noun ("son-in-law" spans five tokens). */
  end: number;
}

/** Every word relationalNounAt reads. */
let relationalWords: Set<string> | undefined;

/** Whether some token is a word relationalNounAt reads: one lookup a token, in a plain loop. */
function hasRelationalWord(t: SentenceInput["tokens"]): boolean {
  const words = (relationalWords ??= new Set([...KINSHIP, ...ALLY_NOUNS, ...HOST_NOUNS, ...BACKER_NOUNS]));
  for (let k = 0; k < t.length; k++) if (words.has(t[k].lower)) return true;
  return false;
}

/** The relational noun at k, if any; "X-in-law" is kin whenever X is. */
function relationalNounAt(s: SentenceInput, k: number): RelationalNoun | undefined {
  const t = s.tokens;
  const w = t[k].lower;
  // Checked only after a kin noun: this runs for every token.
  if (KINSHIP.has(w)) return { relation: "RELATIVE_OF", end: isInLaw(t, k + 1) ? k + 5 : k + 1 };
  if (ALLY_NOUNS.has(w)) return { relation: "ALLIED_WITH", end: k + 1 };
  if (HOST_NOUNS.has(w)) return { relation: "HOSTED", end: k + 1 };
  if (BACKER_NOUNS.has(w)) return { relation: "SUPPORTED", end: k + 1 };
  return undefined;
}

/** Tokens from k spell "-in-law". */
const isInLaw = (t: SentenceInput["tokens"], k: number) => t.slice(k, k + 4).map((x) => x.lower).join("") === "-in-law";

const namedPerson = (m: Mention | undefined): m is Mention => !!m && m.kind === "Person" && !m.ref;

/** The possessor before the noun at k, adjectives skipped: "Putin's close ally", "his daughter". */
function possessorBefore(s: SentenceInput, k: number): Mention | undefined {
  const t = s.tokens;
  let j = k - 1;
  while (j >= 0 && t[j].pos === "ADJ") j--;
  return s.mentions.find((m) => m.end === j + 1 || (m.end === j && /^['’]s?$/.test(t[j].text)) || (m.possessive && m.end + 1 === j + 1));
}

/** The named person an apposition ending before token j describes: "Jared Kushner, [the …]"; a backer may be a state or a body ("Iran, Hezbollah's main backer"). */
function appositionHeadBefore(s: SentenceInput, j: number, anyActor = false): Mention | undefined {
  const t = s.tokens;
  while (j >= 0 && (t[j].pos === "ADJ" || t[j].pos === "DET" || t[j].pos === "ADV")) j--;
  const kinds = anyActor ? ["Person", "Country", "Organization"] : ["Person"];
  const fits = (m: Mention) => !m.ref && kinds.includes(m.kind);
  return j >= 0 && t[j].text === "," ? s.mentions.filter((m) => m.end === j && fits(m)).pop() : undefined;
}

/** The named person after the noun: "his daughter, Kim Ju-ae"; "his guest, Russian culture minister, Olga Lyubimova". */
function personAfter(s: SentenceInput, end: number): Mention | undefined {
  const t = s.tokens;
  const person = s.mentions.find((m) => namedPerson(m) && m.start >= end && m.start <= end + 7);
  if (!person || t.slice(end, person.start).some((x) => x.pos === "VERB" || x.pos === "AUX")) return undefined;
  return s.mentions.some((x) => x.start >= end && x.start < person.start && x.kind === "Person") ? undefined : person;
}

/** The members listed after token j: ", such as A and B", ", including A and B". */
function membersListedAt(s: SentenceInput, j: number): Mention[] {
  const t = s.tokens;
  if (t[j]?.text === ",") j++;
  const start = t[j]?.lower === "including" ? j + 1 : t[j]?.lower === "such" && t[j + 1]?.lower === "as" ? j + 2 : -1;
  const first = start > 0 ? s.mentions.find((m) => m.start === start) : undefined;
  return first ? [first, ...coordinated(s, first, 1)] : [];
}

/** "Russia's allies, including Belarus and Iran", "nations friendly to Moscow, such as Iran and Syria": each member is an ally. */
export function alliesListed(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  // An ally and a member: two mentions at least (issue 9: most sentences are skipped here).
  if (s.mentions.length < 2) return;
  // A plain loop, and only at the words that open the pattern: it runs for every token of a sentence naming two names.
  for (let k = 0; k < t.length; k++) {
    const tok = t[k];
    if (tok.lower !== "friendly" && !ALLY_NOUNS.has(tok.lower)) continue;
    let ally: Mention | undefined;
    let end = k + 1;
    if (ALLY_NOUNS.has(tok.lower)) ally = possessorBefore(s, k);
    const allyOf = ALLY_NOUNS.has(tok.lower) && t[k + 1]?.lower === "of";
    const friendlyTo = tok.lower === "friendly" && t[k + 1]?.lower === "to";
    if (!ally && (allyOf || friendlyTo)) {
      ally = s.mentions.find((m) => m.start === k + 2 || (m.start === k + 3 && t[k + 2].lower === "the"));
      end = ally ? ally.end : end;
    }
    if (ally && !ally.ref) for (const member of membersListedAt(s, end)) add(entityOf(member), entityOf(ally), "ALLIED_WITH", tok.text, "asserted");
  }
}

/** Every relational noun of the sentence, read in the shape it stands in. */
export function relationalNouns(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  // A tie joins two mentions; one lookup a token finds the sentences with a relational noun (issue 9).
  if (s.mentions.length < 2 || !hasRelationalWord(t)) return;
  t.forEach((tok, k) => {
    const noun = relationalNounAt(s, k);
    if (!noun) return;
    // The tie runs from the person described to the one they are tied to; a guest is hosted the other way.
    const tie = (person: Mention, other: Mention) =>
      noun.relation === "HOSTED" ? add(entityOf(other), entityOf(person), "HOSTED", tok.text, "asserted") : add(entityOf(person), entityOf(other), noun.relation, tok.text, "asserted");
    const owner = possessorBefore(s, k);
    if (owner) {
      // "Jared Kushner, Donald Trump's son-in-law,": the apposition's head; else the name after the noun.
      const head = owner.ref ? undefined : appositionHeadBefore(s, (owner.outerStart ?? owner.start) - 1, noun.relation === "SUPPORTED");
      const person = head ?? personAfter(s, noun.end);
      if (person) tie(person, owner);
      return;
    }
    // "Ramzan Kadyrov, a close ally of Vladimir Putin": the noun's "of" object.
    if (t[noun.end]?.lower !== "of") return;
    // "son of Juve manager Luciano Moggi": the person past a title; an ally may be a country.
    // The object ends at the apposition's comma or a verb: "Berri, a close ally of Hezbollah, met Ali Larijani".
    let stop = noun.end + 1;
    while (stop < t.length && t[stop].text !== "," && t[stop].pos !== "VERB") stop++;
    const after = (m: Mention, reach: number) => m.start >= noun.end + 1 && m.end <= stop && (m.outerStart ?? m.start) <= noun.end + reach;
    const of = s.mentions.find((m) => namedPerson(m) && after(m, 4)) ?? s.mentions.find((m) => after(m, 3));
    const who = appositionHeadBefore(s, k - 1, noun.relation === "SUPPORTED");
    if (who && of && (namedPerson(of) || noun.relation === "ALLIED_WITH" || noun.relation === "SUPPORTED")) tie(who, of);
  });
}

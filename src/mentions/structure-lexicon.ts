// The structure lexicon (lexicons/structure.json): words for PART_OF and
// LOCATED_IN (news outlets, owning participles, appositions, parts of places), checked when loaded.
import { entry, fields, words, type At } from "../lexicon-check";
import rawStructure from "../../lexicons/structure.json";

export interface StructureLexicon {
  /** Nouns describing a news outlet, before its name: "state broadcaster", "official newspaper". */
  /** What follows a known outlet's name to describe it, naming no other body: "the IRNA news agency". */
  outletDescriptions: string[];
  mediaNouns: string[];
  /** Words describing a firm between its country and its name: "the Russian oil company Rosneft". */
  firmNouns: string[];
  /** Participles after "Country-" that make the body after them the country's: "Kremlin-run". */
  ownerParticiples: string[];
  /** Nouns of an apposition that tie a body to a country without placing it there: "Iran's proxy". */
  affiliationNouns: string[];
  /** Nouns of an apposition, besides names.json appositiveHeads, that place a body in the country before them: "India's top buyer". */
  placedHeads: string[];
  /** Quantities of a place listed after another: "Crimea and parts of the Donbas region". */
  partNouns: string[];
  /** Head words of a state's own bodies: "the US Department of Justice", "the Security Service of Georgia". */
  stateBodyHeads: string[];
  /** Words that make an outlet the state's: "state broadcaster", "official newspaper". */
  stateWords: string[];
  /** Titles that hold a seat "for" a place: "MP for Witney". */
  constituencyTitles: string[];
  /** Places of learning located in the country their name ends with: "the National University of Singapore". */
  institutionHeads: string[];
  /** Words before "bank" that make it the state's: "the Central Bank of Iran". */
  centralBankWords: string[];
  /** Posts that lead a country whichever it is: "President Biden" leads the country the Phoenix persons give. */
  headOfStateTitles: string[];
  /** A part of the body that owns it: "Hamas's armed wing". */
  wingNouns: string[];
  /** A body's part named after the body in an apposition: "UNICEF, the UN children's agency". */
  subordinateNouns: string[];
}

const LISTS = ["outletDescriptions", "mediaNouns", "firmNouns", "ownerParticiples", "affiliationNouns", "placedHeads", "partNouns", "stateBodyHeads", "stateWords", "constituencyTitles", "institutionHeads", "centralBankWords", "headOfStateTitles", "wingNouns", "subordinateNouns"] as const;

/** Checks the parsed structure lexicon and returns it typed; throws naming the file and the entry. */
export function readStructureLexicon(value: unknown, file = "lexicons/structure.json"): StructureLexicon {
  const at: At = { file, path: "" };
  const o = fields(value, at, [...LISTS]);
  return Object.fromEntries(LISTS.map((k) => [k, words(o[k], entry(at, k))])) as Record<(typeof LISTS)[number], string[]>;
}

const structure = readStructureLexicon(rawStructure);
export const MEDIA_NOUNS = new Set(structure.mediaNouns);
export const FIRM_NOUNS = new Set(structure.firmNouns);
export const OUTLET_DESCRIPTIONS = new Set(structure.outletDescriptions);
export const OWNER_PARTICIPLES = new Set(structure.ownerParticiples);
export const AFFILIATION_NOUNS = new Set(structure.affiliationNouns);
export const PLACED_HEADS = new Set(structure.placedHeads);
export const PART_NOUNS = new Set(structure.partNouns);
export const STATE_BODY_HEADS = new Set(structure.stateBodyHeads);
export const STATE_WORDS = new Set(structure.stateWords);
export const CONSTITUENCY_TITLES = new Set(structure.constituencyTitles);
export const INSTITUTION_HEADS = new Set(structure.institutionHeads);
export const CENTRAL_BANK_WORDS = new Set(structure.centralBankWords);
export const HEAD_OF_STATE_TITLES = new Set(structure.headOfStateTitles);
export const WING_NOUNS = new Set(structure.wingNouns);
export const SUBORDINATE_NOUNS = new Set([...structure.wingNouns, ...structure.subordinateNouns]);

/** A description of a news outlet that is not the state's own ("the French newspaper", "US network"): located, not part. */
export function isPrivateOutlet(words: string[]): boolean {
  return words.some((w) => MEDIA_NOUNS.has(w) || w === "news") && !words.some((w) => STATE_WORDS.has(w));
}

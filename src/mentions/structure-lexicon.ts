// The structure lexicon (lexicons/structure.json): words for PART_OF and
// LOCATED_IN (news outlets, owning participles, appositions, parts of places), checked when loaded.
import { entry, fields, words, type At } from "../lexicon-check";
import rawStructure from "../../lexicons/structure.json";

export interface StructureLexicon {
  /** Nouns describing a news outlet, before its name: "state broadcaster", "official newspaper". */
  mediaNouns: string[];
  /** Participles after "Country-" that make the body after them the country's: "Kremlin-run". */
  ownerParticiples: string[];
  /** Nouns of an apposition that tie a body to a country without placing it there: "Iran's proxy". */
  affiliationNouns: string[];
  /** Nouns of an apposition, besides names.json appositiveHeads, that place a body in the country before them: "India's top buyer". */
  placedHeads: string[];
  /** Quantities of a place listed after another: "Crimea and parts of the Donbas region". */
  partNouns: string[];
}

const LISTS = ["mediaNouns", "ownerParticiples", "affiliationNouns", "placedHeads", "partNouns"] as const;

/** Checks the parsed structure lexicon and returns it typed; throws naming the file and the entry. */
export function readStructureLexicon(value: unknown, file = "lexicons/structure.json"): StructureLexicon {
  const at: At = { file, path: "" };
  const o = fields(value, at, [...LISTS]);
  return Object.fromEntries(LISTS.map((k) => [k, words(o[k], entry(at, k))])) as Record<(typeof LISTS)[number], string[]>;
}

const structure = readStructureLexicon(rawStructure);
export const MEDIA_NOUNS = new Set(structure.mediaNouns);
export const OWNER_PARTICIPLES = new Set(structure.ownerParticiples);
export const AFFILIATION_NOUNS = new Set(structure.affiliationNouns);
export const PLACED_HEADS = new Set(structure.placedHeads);
export const PART_NOUNS = new Set(structure.partNouns);

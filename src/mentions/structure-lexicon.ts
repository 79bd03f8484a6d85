// The structure lexicon (lexicons/structure.json): news-outlet nouns and the
// participles that make a body a country's, checked when loaded.
import { entry, fields, words, type At } from "../lexicon-check";
import rawStructure from "../../lexicons/structure.json";

export interface StructureLexicon {
  /** Nouns describing a news outlet, before its name: "state broadcaster", "official newspaper". */
  mediaNouns: string[];
  /** Participles after "Country-" that make the body after them the country's: "Kremlin-run". */
  ownerParticiples: string[];
}

/** Checks the parsed structure lexicon and returns it typed; throws naming the file and the entry. */
export function readStructureLexicon(value: unknown, file = "lexicons/structure.json"): StructureLexicon {
  const at: At = { file, path: "" };
  const o = fields(value, at, ["mediaNouns", "ownerParticiples"]);
  return { mediaNouns: words(o.mediaNouns, entry(at, "mediaNouns")), ownerParticiples: words(o.ownerParticiples, entry(at, "ownerParticiples")) };
}

const structure = readStructureLexicon(rawStructure);
export const MEDIA_NOUNS = new Set(structure.mediaNouns);
export const OWNER_PARTICIPLES = new Set(structure.ownerParticiples);

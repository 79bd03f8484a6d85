// Context cues for entity spans and kinds (lexicons/entity-cues.json), checked
// when loaded and served as lower-case sets: the office a title is in charge
// of, the words that make a capital its government or its city, the heads that
// make a place's name an event, a weapon or a firm.
import { entry, fields, lowerWord, words, type At } from "../lexicon-check";
import rawCues from "../../lexicons/entity-cues.json";
import { canonicalCountry } from "../gazetteer/countries";

const CUE_LISTS = ["officeDomains", "reactionNouns", "cityNouns", "attackNouns", "placeEventHeads", "weaponAfter", "firmAfter", "productNouns", "ownerDeterminers", "competitionAfter", "competitionHeads", "namingEventHeads", "formsOfAddress", "bareBodies", "personFramesBefore", "personFramesAfter", "familyNameFirst", "relationalPosts", "currentHolderWords", "clubAfter", "clubBefore", "clubSubjectVerbs"] as const;

export type EntityCues = Record<(typeof CUE_LISTS)[number], string[]>;

/** Checks the parsed cues and returns them typed; throws naming the file and the entry. */
export function readEntityCues(value: unknown, file = "lexicons/entity-cues.json"): EntityCues {
  const at: At = { file, path: "" };
  const o = fields(value, at, [...CUE_LISTS]);
  const cues = Object.fromEntries(CUE_LISTS.map((k) => [k, words(o[k], entry(at, k))])) as EntityCues;
  for (const k of CUE_LISTS.filter((x) => x !== "familyNameFirst")) cues[k].forEach((w, i) => lowerWord(w, entry(entry(at, k), i)));
  cues.familyNameFirst.forEach((c, i) => canonicalCountry(c, entry(entry(at, "familyNameFirst"), i)));
  return cues;
}

const cues = readEntityCues(rawCues);
const set = (xs: string[]) => new Set(xs);
/** "National", "Security" in "Director of National Security Shin Wonsik". */
export const OFFICE_DOMAINS = set(cues.officeDomains);
/** "alarm in Seoul": the capital's government reacts. */
export const REACTION_NOUNS = set(cues.reactionNouns);
/** "Kyiv's mayor": the city itself. */
export const CITY_NOUNS = set(cues.cityNouns);
/** "a strike on Kyiv": the city struck. */
export const ATTACK_NOUNS = set(cues.attackNouns);
/** "the Alaska summit": an event named after its place. */
export const PLACE_EVENT_HEADS = set(cues.placeEventHeads);
/** "Flamingo missiles": a weapon system. */
export const WEAPON_AFTER = set(cues.weaponAfter);
/** "Reliance's shares": a firm. */
export const FIRM_AFTER = set(cues.firmAfter);
/** "its Volt players", "the Tempest Arc console": the head noun of a product's name. */
export const PRODUCT_NOUNS = set(cues.productNouns);
/** "its", "their": an owner before a product's name. */
export const OWNER_DETERMINERS = set(cues.ownerDeterminers);
/** "the Champions League final": a league's name before one of these names a competition. */
export const COMPETITION_AFTER = set(cues.competitionAfter);
/** "League": a body's head that names competitions as often. */
export const COMPETITION_HEADS = set(cues.competitionHeads);
/** "Olympics": an event head that names an event alone. */
export const NAMING_EVENT_HEADS = set(cues.namingEventHeads);
/** Countries whose persons' names open with the family name ("Xi Jinping"), canonical names. */
export const FAMILY_NAME_FIRST = set(cues.familyNameFirst);
/** "the Security Council" in a national's post: the UN's only where the article speaks of the UN. */
export const BARE_BODIES = set(cues.bareBodies);
/** "a phone call with X", "X wrote on": words around a lone unknown name that only a person fits. */
export const PERSON_FRAMES_BEFORE = set(cues.personFramesBefore);
export const PERSON_FRAMES_AFTER = set(cues.personFramesAfter);
/** "Mr Park": a person, whatever the name's last word. */
export const FORMS_OF_ADDRESS = set(cues.formsOfAddress);
/** "his Russian counterpart": a post named relative to another holder, nobody to look for without a name. */
export const RELATIONAL_POSTS = set(cues.relationalPosts);
/** "the new prime minister", "the current president": the holder of the post as it is, leading if the post leads. */
export const CURRENT_HOLDER_WORDS = set(cues.currentHolderWords);
/** "Newcastle manager", "Liverpool fans", "Leicester's win over": a city's name before one of these names its club. */
export const CLUB_AFTER = set(cues.clubAfter);
/** "drew with Newcastle", "signed for Liverpool": a city's name after one of these names its club. */
export const CLUB_BEFORE = set(cues.clubBefore);
/** "Leicester beat", "Newcastle drew": a city's name as the subject of a result is its club. */
export const CLUB_SUBJECT_VERBS = set(cues.clubSubjectVerbs);

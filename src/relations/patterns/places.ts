// Where a place or an institution is (LOCATED_IN): "the Ukrainian regions of
// A, B and C", "Ukraine's territory, including Crimea", "the Lowy Institute
// in Sydney", "the Donbas region in Ukraine's east", "the US-based Carnegie
// Endowment", "the Brookings Institution, a Washington-based think tank"; and
// places held (CAPTURED): "Russian-held Crimea", "the Russian-controlled city
// of Melitopol", other participles by their verb's frame ("Iranian-backed
// Hezbollah").
import type { Mention } from "../../mentions";
import type { DocEntity } from "../../entities";
import type { SentenceContext, SentenceInput } from "../types";
import { CONTROL_PARTICIPLES, PLACED_ORGANIZATION_HEADS, PLACE_NOUNS, VERBS } from "../lexicon";
import { capitalOf } from "../../gazetteer/countries";
import { AFFILIATION_NOUNS, OWNER_PARTICIPLES, PART_NOUNS, PLACED_HEADS, STATE_BODY_HEADS, STATE_WORDS } from "../../mentions/structure-lexicon";
import { APPOSITIVE_HEADS } from "../../mentions/lexicon";
import { isCap } from "../../mentions/tokens";
import { countryOrEntity, isDemonymAt } from "../syntax";
import { coordinated } from "../lists";

/** "the Ukrainian regions of Donetsk, Luhansk and Kherson", "Ukraine's territory, including Crimea": each place is in the country. */
export function placesOfCountry(c: SentenceContext): void {
  const { s, entities, entityOf, add } = c;
  for (const country of s.mentions) {
    // A demonym ("the Ukrainian regions") is linked to no entity: its country is found by name, if the article names it.
    const owner = countryOrEntity(entities, entityOf, country);
    if (owner?.kind !== "Country" || (country.ref && country.ref !== "adjective")) continue;
    for (const place of placesListedAfter(s, country)) if (entityOf(place)?.kind === "Location") add(entityOf(place), owner, "LOCATED_IN", "of", "asserted");
  }
}

/** The places listed after a mention and a place noun: "Ukraine's territory, including A and B", "the Ukrainian regions of A, B and C". */
export function placesListedAfter(s: SentenceInput, m: Mention): Mention[] {
  const t = s.tokens;
  let j = m.end + (m.possessive && /^['’]s?$/.test(t[m.end]?.text ?? "") ? 1 : 0);
  while (j < t.length && t[j].pos === "ADJ") j++;
  if (!PLACE_NOUNS.has(t[j]?.lower)) return [];
  j++;
  if (t[j]?.text === ",") j++;
  // "the Qatari capital Doha", "the Lebanese port Tyre": a place named right after the noun, with no "of".
  const named = s.mentions.find((x) => x.start === j && !x.ref && x.kind === "Location");
  if (named) return [named];
  if (t[j]?.lower !== "of" && t[j]?.lower !== "including") return [];
  const first = s.mentions.find((x) => x.start > j && x.start <= j + 2);
  if (!first) return [];
  const listed = [first, ...coordinated(s, first, 1)];
  const part = partListedAfter(s, listed[listed.length - 1]);
  return part ? [...listed, part] : listed;
}

/** "Crimea and parts of the eastern Donbas region", "A and B, and most of C": a place quantified by a part noun, listed last. */
function partListedAfter(s: SentenceInput, last: Mention): Mention | undefined {
  const t = s.tokens;
  let j = last.end + (t[last.end]?.text === "," ? 1 : 0);
  if (t[j]?.lower !== "and" || !PART_NOUNS.has(t[j + 1]?.lower) || t[j + 2]?.lower !== "of") return undefined;
  j += 3;
  while (j < t.length && (t[j].pos === "DET" || (t[j].pos === "ADJ" && !isCap(t[j])))) j++;
  return s.mentions.find((x) => x.start === j && !x.ref);
}

/**
 * "Reliance, India's top buyer of Russian oil", "Sinopec, a Chinese state refiner": an apposition whose head places
 * a body in the country before it (names.json appositiveHeads, structure.json placedHeads), or for a state body's
 * head ("Rosatom, Russia's nuclear agency") makes it the country's part; not "Iran's proxy group".
 */
export function placedByApposition(c: SentenceContext): void {
  const { s, entities, entityOf, add } = c;
  const t = s.tokens;
  for (const m of s.mentions) {
    const body = t[m.end]?.text === "," && !m.ref ? entityOf(m) : undefined;
    if (!body || !["Company", "Organization", "Location"].includes(body.kind)) continue;
    let j = m.end + 1;
    if (t[j]?.lower === "one" && t[j + 1]?.lower === "of") j += 2;
    if (["a", "an", "the"].includes(t[j]?.lower)) j++;
    const owner = s.mentions.find((x) => x.start === j && (x.possessive || x.ref === "adjective"));
    const country = owner ? countryOrEntity(entities, entityOf, owner) : undefined;
    if (!owner || country?.kind !== "Country") continue;
    let k = owner.end + (owner.possessive ? 1 : 0);
    const start = k;
    while (k < t.length && k - start < 6 && (t[k].pos === "ADJ" || t[k].pos === "NOUN" || t[k].text === "-") && !isCap(t[k])) k++; // "second-largest buyer"
    const words = t.slice(start, k).map((x) => x.lower);
    // A description, not a body named ("Russia's defense ministry"), closing the apposition, not opening a clause ("…, Russia's ministry said").
    const named = s.mentions.some((x) => x !== owner && x.end > start && x.start < k);
    // "the Lebanese militant group backed by Iran" still describes; "Russia's ministry said" is a clause.
    const clause = t[k]?.pos === "AUX" || (t[k]?.pos === "VERB" && t[k + 1]?.lower !== "by");
    if (named || clause || words.some((w) => AFFILIATION_NOUNS.has(w))) continue;
    const last = words[words.length - 1] ?? "";
    const head = [last, last.replace(/ies$/, "y"), last.replace(/s$/, "")].find((w) => w && (APPOSITIVE_HEADS.has(w) || PLACED_HEADS.has(w)));
    // "Rosatom, Russia's state nuclear agency" is the state's; "Unison, Britain's biggest union", "Il Sole, Italy's business newspaper" are only there.
    const part = STATE_BODY_HEADS.has(head ?? "") || (APPOSITIVE_HEADS.get(head ?? "") === "Organization" && words.some((w) => STATE_WORDS.has(w)));
    if (head) add(body, country, part ? "PART_OF" : "LOCATED_IN", head, "asserted");
  }
}

/** A place, or an institution by its head word, directly followed by "in" and a place: "the Lowy Institute in Sydney". */
export function placedIn(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  for (const m of s.mentions) {
    // "the Donbas region in …": a place noun after the name belongs to it.
    const nounAfter = PLACE_NOUNS.has(t[m.end]?.lower);
    let inAt = nounAfter ? m.end + 1 : m.end;
    // "Huwara, in the occupied West Bank": the same, set off by a comma.
    const comma = t[inAt]?.text === "," && t[inAt + 1]?.lower === "in";
    if (comma) inAt++;
    // "the Ryokpho district of Pyongyang": after a place noun, "of" places it as "in" does.
    const of = t[inAt]?.lower === "of" && (nounAfter || (m.end - m.start > 1 && PLACE_NOUNS.has(t[m.end - 1]?.lower)));
    if (m.ref || m.possessive || (t[inAt]?.lower !== "in" && !of)) continue;
    const e = entityOf(m);
    const institution = (e?.kind === "Organization" || e?.kind === "Company") && t.slice(m.start, m.end).some((x) => PLACED_ORGANIZATION_HEADS.has(x.lower));
    if (!e || (e.kind !== "Location" && (!institution || of))) continue;
    // "in southern Syria", "in the occupied West Bank": up to two lower-case modifiers of the place.
    let q = inAt + 1 + (t[inAt + 1]?.lower === "the" ? 1 : 0);
    const modifiersFrom = q;
    while (q < modifiersFrom + 2 && t[q] && !isCap(t[q]) && (t[q].pos === "ADJ" || (t[q].pos === "VERB" && t[q].lower.endsWith("ed")))) q++;
    const place = s.mentions.find((x) => x.start === q);
    const placeKind = place ? entityOf(place)?.kind : undefined;
    if ((comma || q > modifiersFrom) && placeKind !== "Location" && placeKind !== "Country") continue;
    if (place && !place.ref) add(e, entityOf(place), "LOCATED_IN", t[inAt].lower, "asserted");
  }
}

/** "the US-based Carnegie Endowment", "X, a Washington-based think tank": a capital stands for its country where the article names it. */
export function basedIn(c: SentenceContext): void {
  const { s, entities, entityOf, add } = c;
  const t = s.tokens;
  for (const m of s.mentions) {
    if (t[m.end]?.text !== "-" || t[m.end + 1]?.lower !== "based") continue;
    // "Hans Meier, a Singapore-based fund manager": a person lives somewhere, LOCATED_IN is for bodies and places.
    const head = appositionHead(s, m);
    const after = nameAfterNouns(s, m.end + 2);
    const based = after ? (after.kind === "Person" ? undefined : after) : head?.kind === "Person" ? undefined : head;
    const place = entityOf(m);
    const country = place?.kind === "Location" ? capitalCountry(entities, place) : undefined;
    if (based) add(entityOf(based), country ?? place, "LOCATED_IN", "based", "asserted");
  }
  basedInPlace(c);
}

/** The name at from, or after up to three lower-case words that describe it ("-based think tank Bruegel"). */
function nameAfterNouns(s: SentenceInput, from: number): Mention | undefined {
  const t = s.tokens;
  for (let k = from; k < Math.min(t.length, from + 4); k++) {
    const m = s.mentions.find((x) => x.start === k);
    if (m) return m;
    // "think tank": the tagger may read a compound's first word as a verb; a verb before no noun ends the description.
    const describes = t[k].pos === "NOUN" || t[k].pos === "ADJ" || (t[k].pos === "VERB" && t[k + 1]?.pos === "NOUN");
    if (t[k].text !== t[k].lower || !describes) return undefined;
  }
  return undefined;
}

/** "Euroclear, a financial depository based in Brussels", "X, headquartered in Y": a body's seat after its description. */
function basedInPlace(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  for (const place of s.mentions) {
    const at = (place.outerStart ?? place.start) - (t[(place.outerStart ?? place.start) - 1]?.lower === "the" ? 1 : 0);
    if (t[at - 1]?.lower !== "in" || !BASED_WORDS.has(t[at - 2]?.lower ?? "")) continue;
    const body = bodyBefore(s, at - 2);
    const e = body && entityOf(body);
    if (e && e.kind !== "Person" && e.kind !== "Country" && !body.ref) add(e, entityOf(place), "LOCATED_IN", t[at - 2].text, "asserted");
  }
}

const BASED_WORDS = new Set(["based", "headquartered"]);

/** The name right before k, or the one before ", a <description>" ending at k. */
function bodyBefore(s: SentenceInput, k: number): Mention | undefined {
  const t = s.tokens;
  const right = s.mentions.find((x) => x.end === k);
  if (right) return right;
  let j = k - 1;
  while (j >= 0 && j >= k - 5 && t[j].text === t[j].lower && (t[j].pos === "NOUN" || t[j].pos === "ADJ" || t[j].pos === "DET")) j--;
  return j >= 0 && j < k - 1 && t[j].text === "," ? s.mentions.filter((x) => x.end === j).pop() : undefined;
}

/** "The Brookings Institution, a Washington-based …": the name before ", a". */
function appositionHead(s: SentenceInput, m: Mention): Mention | undefined {
  let j = (m.outerStart ?? m.start) - 1;
  while (j >= 0 && (s.tokens[j].pos === "DET" || s.tokens[j].pos === "ADJ")) j--;
  return j >= 0 && s.tokens[j].text === "," ? s.mentions.filter((x) => x.end === j).pop() : undefined;
}

function capitalCountry(entities: DocEntity[], place: DocEntity): DocEntity | undefined {
  const country = capitalOf(place.label);
  return country ? entities.find((e) => e.kind === "Country" && e.label === country) : undefined;
}

/**
 * A name joined to a participle before what it qualifies: "Russian-held Crimea", "the Russian-controlled city of
 * Melitopol" (CAPTURED), "Iranian-backed Hezbollah" (the verb's own frame: SUPPORTED).
 */
export function compoundParticiples(c: SentenceContext): void {
  const { s, entities, entityOf, add } = c;
  const t = s.tokens;
  for (const m of s.mentions) {
    if (!isCompoundParticiple(s, m.end + 1)) continue;
    const word = t[m.end + 1];
    const relation = CONTROL_PARTICIPLES.has(word.lower) ? "CAPTURED" : VERBS[word.lemma]?.relation;
    const actor = countryOrEntity(entities, entityOf, m);
    const from = m.end + 2;
    // "the Kremlin-run channel RT", "a Chinese-owned firm, X": a body run or owned by a country is its part (a firm is there).
    const body = OWNER_PARTICIPLES.has(word.lower) && actor?.kind === "Country" ? ownedBodyAfter(c, from) : undefined;
    if (body) {
      add(body, actor, body.kind === "Organization" ? "PART_OF" : "LOCATED_IN", word.text, "asserted");
      continue;
    }
    const target = s.mentions.find((x) => x.start >= from && x.start <= from + 3 && x.ref !== "adjective" && t.slice(from, x.start).every((y) => y.pos === "ADJ" || PLACE_NOUNS.has(y.lower) || y.lower === "of" || isDemonymAt(s, y.i)));
    // "Kataib Hezbollah, an Iran-backed Iraqi militia,": the apposition's participle qualifies the name before it.
    const described = target || relation === "CAPTURED" ? undefined : appositionHead(s, m);
    if (relation && actor && (target || described)) add(actor, entityOf(target ?? described), relation, word.text, "asserted");
  }
}

/**
 * "struck Hamas leaders in Doha", "strikes on Hezbollah targets in the Lebanese capital Beirut": an attack on an
 * actor's people or sites in a place named right after them hits the place too.
 */
export function placeOfAttacked(s: SentenceInput, target: Mention): Mention | undefined {
  if (target.kind === "Location" || target.kind === "Country") return undefined;
  const t = s.tokens;
  let j = target.end;
  while (j < t.length && j - target.end < 3 && (t[j].pos === "NOUN" || t[j].pos === "ADJ") && !isCap(t[j])) j++;
  if (t[j]?.lower !== "in") return undefined;
  const from = j + 1;
  const place = s.mentions.find((x) => x.start >= from && x.start <= from + 4 && !x.ref);
  const between = place ? t.slice(from, place.start) : [];
  return place?.kind === "Location" && between.every((y) => y.pos === "DET" || y.pos === "ADJ" || PLACE_NOUNS.has(y.lower) || isDemonymAt(s, y.i)) ? place : undefined;
}

/** "Qatar is home to Al Udeid Air Base", "Bahrain, also home to the Fifth Fleet,": what a place is home to is in it. */
export function homeTo(c: SentenceContext): void {
  const { s, entityOf, add } = c;
  const t = s.tokens;
  for (let k = 1; k < t.length - 2; k++) {
    if (t[k].lower !== "home" || t[k + 1].lower !== "to") continue;
    let j = k - 1;
    while (j > 0 && t[j].pos === "ADV") j--;
    if (t[j].lemma !== "be" && t[j].text !== ",") continue;
    const host = entityOf(s.mentions.find((m) => m.end === j && !m.ref));
    const there = s.mentions.find((m) => m.start >= k + 2 && m.start <= k + 5 && !m.ref && t.slice(k + 2, m.start).every((y) => y.pos === "DET" || y.pos === "ADJ"));
    // "home to the US Navy's Fifth Fleet": the possessor owns what is there.
    const owned = there?.possessive ? s.mentions.find((m) => m.start === there.end + 1) : undefined;
    const placed = entityOf(owned ?? there);
    if ((host?.kind === "Country" || host?.kind === "Location") && placed && placed.kind !== "Person" && placed.kind !== "Country") add(placed, host, "LOCATED_IN", "home to", "asserted");
  }
}

/** The body right after a hyphened participle, lower-case words between: "-run channel RT", "-owned oil firm Sinopec". */
function ownedBodyAfter(c: SentenceContext, from: number): DocEntity | undefined {
  const t = c.s.tokens;
  const m = c.s.mentions.find((x) => x.start >= from && x.start <= from + 3);
  const between = m ? t.slice(from, m.start) : [];
  const body = m && !m.ref && between.every((y) => (y.pos === "ADJ" || y.pos === "NOUN") && y.lower === y.text) ? c.entityOf(m) : undefined;
  return body && (body.kind === "Organization" || body.kind === "Company") ? body : undefined;
}

/** A participle at k joined by a hyphen to the name before it ("Iranian-backed"): a modifier, not a clause's verb. */
export function isCompoundParticiple(s: SentenceInput, k: number): boolean {
  const t = s.tokens;
  return k > 1 && k < t.length && t[k - 1].text === "-" && /(ed|en|held|run)$/.test(t[k].lower) && s.mentions.some((m) => m.end === k - 1);
}

// What the mentions of a sentence say about each other, once all are found:
// an apposition gives an unknown name its kind or a person their post, and a
// possessor owns what follows it.
import type { Mention, SentenceView } from "./types";
import { APPOSITIVE_HEADS } from "./lexicon";
import { CENTRAL_BANK_WORDS, INSTITUTION_HEADS, STATE_BODY_HEADS } from "./structure-lexicon";
import { countryInfo, matchAt } from "../gazetteer";
import { knownPersons } from "../gazetteer/names";
import { KINSHIP, isLocalPost, isPersonalStaff, isPostWord } from "./titles";
import { clubsNamedByCity } from "./clubs";
import { bareBodiesOfCountries } from "./body-names";

/** Runs the post-pass over the mentions of one sentence, in place. */
export function relateMentions(s: SentenceView, out: Mention[]): void {
  // Each step below reads the mentions found: a sentence naming nothing (about a fifth) has none to relate.
  if (!out.length) return;
  acronymsInBrackets(s, out);
  kindFromApposition(s, out);
  postFromApposition(s, out);
  postOfCountryAfter(s, out);
  postUnderHolder(s, out);
  possessorOwns(s, out);
  bodyOfCountry(s, out);
  bareBodiesOfCountries(s, out);
  kindsCoordinated(s, out);
  clubsNamedByCity(s, out);
}

/** "Trump and Putin met", "Nokia and Samsung cut prices": a guessed lone name coordinated with a person's or a firm's name is one too. */
function kindsCoordinated(s: SentenceView, out: Mention[]): void {
  const t = s.tokens;
  // Only a partner whose kind is no guess: "Hide and Seek" are not two persons because a politician is called Hide.
  const sure = (m: Mention) => !m.ref && (m.kind === "Person" || m.kind === "Company") && (m.certainty > 0 || m.known || m.end - m.start > 1);
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (b.start !== a.end + 1 || !["and", "or", "&"].includes(t[a.end].lower)) continue;
    for (const [guess, other] of [[a, b], [b, a]]) {
      if (guess.ref || guess.certainty > 0 || guess.end - guess.start > 1 || !sure(other)) continue;
      Object.assign(guess, { kind: other.kind, initial: false });
    }
  }
}

/** "Prime Minister Fumio Kishida of Japan", "President Lee of the Republic of Korea": a post stated without its country takes the one after "of". */
function postOfCountryAfter(s: SentenceView, out: Mention[]): void {
  const t = s.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const person = out[k];
    const country = out[k + 1];
    // "Governor Roman Busargin of Saratov Oblast": a local post's place too.
    const place = country.kind === "Location" && isLocalPost(person.role?.title ?? "");
    if (!person.role || person.role.of || person.ref || person.kind !== "Person" || !(country.kind === "Country" || place) || country.ref === "adjective") continue;
    const gap = t.slice(person.end, country.outerStart ?? country.start).map((x) => x.lower);
    if (gap[0] === "of" && (gap.length === 1 || (gap.length === 2 && gap[1] === "the"))) person.role.of = country.name;
  }
}

/**
 * "US President Donald Trump's special envoy Steve Witkoff", "Xi Jinping's top diplomat Wang Yi": a post under an
 * office holder serves the holder's country (or body): the holder's post in the sentence, else the Phoenix persons'
 * government of a still-serving holder. Such a post never leads that country.
 */
function postUnderHolder(s: SentenceView, out: Mention[]): void {
  const t = s.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const holder = out[k];
    const person = out[k + 1];
    // A firm, or a body named with evidence ("Children's Minister X" is no post in a body "Children").
    const body = holder.kind === "Company" || (holder.kind === "Organization" && (holder.known || holder.certainty > 0));
    if (!person.role || person.role.of || person.ref || person.kind !== "Person" || !(holder.kind === "Person" || body) || holder.ref) continue;
    // "Putin aide Yuri Ushakov": a person's own staff need no possessive; "Biden Secretary of State X" is no such post.
    if (!holder.possessive && !(holder.kind === "Person" && isPersonalStaff(person.role.title))) continue;
    const holderEnd = holder.possessive ? holder.end : holder.end - 1;
    let j = (person.outerStart ?? person.start) - 1;
    while (j > holderEnd && t[j].pos === "ADJ") j--;
    if (j !== holderEnd) continue;
    // "Nvidia's chief executive Jensen Huang": a firm's or a body's own post, leading it if the title leads.
    if (body) {
      person.role = { ...person.role, of: holder.name };
      continue;
    }
    // "Kim Jong Un's sister Kim Yo Jong", "Trump's son Eric": kin hold no post in the holder's government.
    if (KINSHIP.has(person.role.title.toLowerCase())) continue;
    const of = holder.role?.of ?? governmentOf(holder.name);
    if (of) person.role = { ...person.role, of, leader: false };
  }
}

/** The one country whose government a known person serves, by the Phoenix persons, if their role has no end date. */
function governmentOf(name: string): string | undefined {
  const countries = new Set(knownPersons(name).filter((p) => p.sectors.includes("GOV") && !p.to).map((p) => p.country));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** "the Office of Foreign Assets Control (OFAC)", "…, or OFAC,": an acronym in brackets whose letters open the name's words is that name. */
function acronymsInBrackets(s: SentenceView, out: Mention[]): void {
  const t = s.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const full = out[k];
    const short = out[k + 1];
    if (full.ref || short.ref || !(inBrackets(t, full, short) || afterOr(t, full, short))) continue;
    if (!/^\p{Lu}{2,8}$/u.test(short.surface) || !(initialsMatch(short.surface, ownName(full)) || foreignAcronym(full, short))) continue;
    short.name = full.name;
    short.kind = full.kind;
    short.certainty = full.certainty;
    short.known = full.known;
    short.definedAcronym = true;
  }
}

const inBrackets = (t: SentenceView["tokens"], full: Mention, short: Mention) => t[full.end]?.text === "(" && short.start === full.end + 1 && t[short.end]?.text === ")";
/** "the Kurdistan Workers' Party, or PKK,": an acronym after ", or" closing its phrase, a comma or the sentence's end. */
const afterOr = (t: SentenceView["tokens"], full: Mention, short: Mention) =>
  t[full.end]?.text === "," && t[full.end + 1]?.lower === "or" && short.start === full.end + 2 && (!t[short.end] || [",", ".", ";"].includes(t[short.end].text));

/**
 * "the Security Service of Ukraine (SBU)", "the Main Intelligence Directorate (GUR)", "the Kurdistan Workers'
 * Party (PKK)": a body's acronym in its own language abbreviates other words. Only a body or force of two
 * words or more, and an acronym that names nothing else known ("(US)" stays the country).
 */
function foreignAcronym(full: Mention, short: Mention): boolean {
  return (full.kind === "Organization" || full.kind === "MilitaryForce") && !short.known && short.surface.length <= 5 && full.name.includes(" ");
}

/**
 * A body's name without the country that owns it: "South Korean Joint Chiefs of Staff (JCS)", "Japan's
 * Self-Defense Forces (SDF)" abbreviate the body's own words.
 */
export function ownName(m: Mention): string {
  const info = m.owner ? countryInfo(m.owner) : undefined;
  const prefix = [info?.demonym, m.owner].find((p) => p && m.name.startsWith(`${p} `));
  return prefix ? m.name.slice(prefix.length + 1) : m.name;
}

/** Whether each letter of the acronym opens a word of the name, in order, the first letter the first word ("DPRK", "IRGC", "OFAC"). */
export function initialsMatch(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  if (!words.length || words[0][0].toUpperCase() !== acronym[0]) return false;
  let w = 0;
  for (const letter of acronym) {
    while (w < words.length && words[w][0].toUpperCase() !== letter) w++;
    if (w === words.length) return false;
    w++;
  }
  return true;
}

/** "Surgutneftegas, one of Russia's largest oil producers": the apposition says what an unknown name is. */
function kindFromApposition(s: SentenceView, out: Mention[]): void {
  for (const m of out) {
    if (m.certainty > 0 || m.ref || s.tokens[m.end]?.text !== ",") continue;
    for (let q = m.end + 1; q < Math.min(s.tokens.length, m.end + 10); q++) {
      const w = s.tokens[q];
      if (w.text === "," || w.text === "." || w.pos === "VERB") break;
      const kind = APPOSITIVE_HEADS.get(w.lower);
      // "a Qatari foreign ministry spokesman": a noun qualifying the next one is not what the name is.
      const modifier = s.tokens[q + 1]?.pos === "NOUN" && s.tokens[q + 1].text === s.tokens[q + 1].lower;
      if (kind && w.pos === "NOUN" && !modifier) {
        // Described, the name is no ordinary word opening the sentence.
        Object.assign(m, { kind, certainty: 1, initial: false });
        break;
      }
    }
  }
}

/** "Sergei Shoigu, Russia's defense minister, …": the post in apposition is the named person's. */
function postFromApposition(s: SentenceView, out: Mention[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k];
    // The first description after it, found without copying the rest of the list for every mention.
    let d: Mention | undefined;
    for (let q = k + 1; q < out.length && !d; q++) if (out[q].ref === "role") d = out[q];
    if ((m.kind !== "Person" && m.certainty > 0) || m.ref || m.role || !d || s.tokens[m.end]?.text !== ",") continue;
    const between = out.slice(k + 1).filter((x) => x.start < d.start);
    const gap = s.tokens.slice(m.end + 1, d.outerStart ?? d.start);
    if (between.some((x) => x.ref !== "adjective" && !(x.possessive && x.end + 1 === d.start)) || gap.some((w) => w.pos === "VERB")) continue;
    // "Ali Larijani, a senior adviser to Iran's Supreme Leader": a post of its own, serving the holder's country; the description is another's.
    if (gap.some((w) => isPostWord(w.text) || w.pos === "ADP")) {
      const post = gap.filter((w) => w.pos !== "DET" && w.pos !== "ADP").map((w) => w.text).join(" ");
      if (gap.length <= 6 && gap.some((w) => isPostWord(w.text)) && gap[gap.length - 1]?.lower === "to" && d.role?.of) m.role = { title: post, leader: false, of: d.role.of };
      continue;
    }
    if (gap.length > 4) continue;
    m.role = d.role;
    // A post in apposition is evidence of a person: "Zelensky, Ukraine's president, …" is no guess.
    Object.assign(m, { kind: "Person", certainty: Math.max(m.certainty, 1), initial: false });
    d.ref = "adjective"; // absorbed: the description is this person, not someone to look for
    d.name = d.role!.of ?? d.name;
  }
}

/**
 * "Russia's Kursk region", "Iran's Revolutionary Guards' Quds Force": the possessor owns what follows (a plural
 * possessive only for a country or a force: "the Critics' Circle" is a name); so does a country standing as a modifier
 * right before a state body's name or a known body ("the US Department of Justice"), but not one joined by a hyphen
 * ("the U.S.-ROK Guidelines").
 */
function possessorOwns(s: SentenceView, out: Mention[]): void {
  const t = s.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (b.owner || b.kind === "Person" || !(a.kind === "Country" || a.kind === "Organization" || a.kind === "MilitaryForce")) continue;
    // A plural possessive's apostrophe is tagged as punctuation.
    const pluralPossessive = /^['’]$/.test(t[a.end]?.text ?? "") && /s$/.test(t[a.end - 1].text) && a.kind !== "Organization" && a.metonym === undefined;
    if ((a.possessive || pluralPossessive) && b.start === a.end + 1) b.owner = a.name;
    const modifier = a.kind === "Country" && !a.ref && !a.possessive && a.metonym === undefined && b.start === a.end && !b.ref;
    const hyphened = t[(a.outerStart ?? a.start) - 1]?.text === "-" || t[a.end - 1]?.text === "-";
    const stateBody = b.known || t.slice(b.start, b.end).some((w) => STATE_BODY_HEADS.has(w.lower));
    if (modifier && !hyphened && stateBody && (b.kind === "Organization" || b.kind === "MilitaryForce")) b.owner = a.name;
  }
}

/**
 * "the Security Service of Ukraine", "the Ministry of Defence of Japan", "the Central Bank of Iran": a body whose name
 * ends in "of" and a country, with a state body's head word (or a university's) before that "of", is that country's.
 */
function bodyOfCountry(s: SentenceView, out: Mention[]): void {
  const t = s.tokens;
  const stateHead = (k: number) => STATE_BODY_HEADS.has(t[k].lower) || INSTITUTION_HEADS.has(t[k].lower) || (t[k].lower === "bank" && CENTRAL_BANK_WORDS.has(t[k - 1]?.lower));
  for (const m of out) {
    if (m.owner || m.ref || (m.kind !== "Organization" && m.kind !== "MilitaryForce") || m.end - m.start < 3) continue;
    let of = m.end - 2;
    while (of > m.start && t[of].lower !== "of") of--;
    if (of <= m.start) continue;
    let head = m.start;
    while (head < of && !stateHead(head)) head++;
    if (head === of) continue;
    const at = t[of + 1].lower === "the" ? of + 2 : of + 1;
    const country = at < m.end ? matchAt(t, at) : undefined;
    if (country?.kind === "Country" && country.role === "country" && at + country.words.length === m.end) m.owner = country.canonical;
  }
}

// What the mentions of a sentence say about each other, once all are found:
// an apposition gives an unknown name its kind or a person their post, and a
// possessor owns what follows it.
import type { Mention, SentenceView } from "./types";
import { APPOSITIVE_HEADS } from "./lexicon";

/** Runs the post-pass over the mentions of one sentence, in place. */
export function relateMentions(s: SentenceView, out: Mention[]): void {
  acronymsInBrackets(s, out);
  kindFromApposition(s, out);
  postFromApposition(s, out);
  postOfCountryAfter(s, out);
  possessorOwns(out);
  kindsCoordinated(s, out);
}

/** "Trump and Putin met", "Nokia and Samsung cut prices": a guessed lone name coordinated with a person's or a firm's name is one too. */
function kindsCoordinated(s: SentenceView, out: Mention[]): void {
  const t = s.tokens;
  // Only a partner whose kind is no guess: "Hide and Seek" are not two persons because a politician is called Hide.
  const sure = (m: Mention) => !m.ref && (m.kind === "Person" || m.kind === "Company") && (m.certainty > 0 || m.known || m.end - m.start > 1);
  for (let k = 0; k + 1 < out.length; k++) {
    const [a, b] = [out[k], out[k + 1]];
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
    const [person, country] = [out[k], out[k + 1]];
    if (!person.role || person.role.of || person.ref || person.kind !== "Person" || country.kind !== "Country" || country.ref === "adjective") continue;
    const gap = t.slice(person.end, country.outerStart ?? country.start).map((x) => x.lower);
    if (gap[0] === "of" && (gap.length === 1 || (gap.length === 2 && gap[1] === "the"))) person.role.of = country.name;
  }
}

/** "the Office of Foreign Assets Control (OFAC)": an acronym in brackets whose letters open the name's words is that name. */
function acronymsInBrackets(s: SentenceView, out: Mention[]): void {
  const t = s.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const [full, short] = [out[k], out[k + 1]];
    if (full.ref || short.ref || t[full.end]?.text !== "(" || short.start !== full.end + 1 || t[short.end]?.text !== ")") continue;
    if (!/^\p{Lu}{2,8}$/u.test(short.surface) || !initialsMatch(short.surface, full.name)) continue;
    short.name = full.name;
    short.kind = full.kind;
    short.certainty = full.certainty;
    short.known = full.known;
    short.definedAcronym = true;
  }
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
      if (kind && w.pos === "NOUN") {
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
    const d = out.slice(k + 1).find((x) => x.ref === "role");
    if ((m.kind !== "Person" && m.certainty > 0) || m.ref || m.role || !d || s.tokens[m.end]?.text !== ",") continue;
    const between = out.slice(k + 1).filter((x) => x.start < d.start);
    const gap = s.tokens.slice(m.end + 1, d.outerStart ?? d.start);
    if (between.some((x) => x.ref !== "adjective" && !(x.possessive && x.end + 1 === d.start)) || gap.some((w) => w.pos === "VERB")) continue;
    if (gap.length > 4) continue;
    m.role = d.role;
    // A post in apposition is evidence of a person: "Zelensky, Ukraine's president, …" is no guess.
    Object.assign(m, { kind: "Person", certainty: Math.max(m.certainty, 1), initial: false });
    d.ref = "adjective"; // absorbed: the description is this person, not someone to look for
    d.name = d.role!.of ?? d.name;
  }
}

/** "Russia's Kursk region": the possessor owns what follows. */
function possessorOwns(out: Mention[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.possessive && b.start === a.end + 1 && !b.owner && (a.kind === "Country" || a.kind === "Organization")) b.owner = a.name;
  }
}

// The indexes and caches that keep the extraction rules fast find exactly
// what the plain scans they replace would find, on sentences written here.
import { strict as assert } from "node:assert";
import { tokenize } from "../src/nlp";
import { EVAL_VERBS, JUDGEMENT_VERBS, NOTING_VERBS, NOUNS, PHRASES, VERBS, readRelationsLexicon } from "../src/relations/lexicon";
import { mayTrigger } from "../src/relations/patterns/triggers";
import { phraseEnd, phraseMatches } from "../src/relations/patterns/phrases";
import { keyByRules, nameKey } from "../src/names";
import { loadKnownPersons } from "../src/gazetteer/names";
import { loadAdminDivisions } from "../src/gazetteer/places";
import relations from "../lexicons/relations.json";
import { facts } from "./helpers/extract";
import { phrase } from "../src/mentions/tokens";
import { eventDateUngated, parseEventDate } from "../src/dates";
import { aliasWords, matchAt, matchAtByScan } from "../src/gazetteer";
import { pluralDemonymAt } from "../src/mentions/known";
import { extractFromText } from "../src/extract";
import gazetteer from "../lexicons/gazetteer.json";
import countries from "../lexicons/countries.json";
import { CUE_SECTIONS, isWorkAfter, isWorkBefore, kindAfter, kindBefore, loadKindCues, mayMatchCue } from "../src/gazetteer/cues";

const SENTENCES = [
  "Officials from Chile took part in the summit and held direct talks with Peru on Monday.",
  "Canada imposed similar sanctions on the regime after rebels launched rockets and hit the port.",
  "The ministers sat down together; Norway slaps sanctions on nobody.",
  "Nothing here is a phrase of the lexicon.",
];

/** Every string of a lexicon file: names, aliases, demonyms, capitals. */
const stringsOf = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(stringsOf) : v && typeof v === "object" ? Object.values(v).flatMap(stringsOf) : []);

describe("rule indexes", () => {
  describe("phrase triggers, looked up by their first word", () => {
    /** Every phrase tried at every token, as the rules did before the index. */
    const plainScan = (text: string) => {
      const t = tokenize(text);
      return PHRASES.flatMap((phrase) => t.map((_, start) => ({ phrase, start, end: phraseEnd(t, start, phrase.words) })).filter((m) => m.end >= 0));
    };
    for (const text of SENTENCES) it(`finds what every phrase at every token finds: «${text}»`, () => assert.deepEqual(phraseMatches(tokenize(text)), plainScan(text)));
    it("finds phrases by lemma, past adjectives, several in one sentence (control)", () => {
      const found = phraseMatches(tokenize(SENTENCES[0])).map((m) => m.phrase.words.join(" "));
      // "take part in" twice: in fighting (FOUGHT_IN) and in talks somewhere (VISITED), each phrase with its own "requires".
      assert.deepEqual(found, ["take part in", "take part in", "hold talks"]);
      assert.deepEqual(phraseMatches(tokenize(SENTENCES[1])).map((m) => m.phrase.words.join(" ")), ["impose sanctions", "hit", "launch"]);
    });
    it("a phrase without words is refused when the lexicon loads", () => {
      const copy = structuredClone(relations) as { phrases: { words: string[] }[] };
      copy.phrases[0].words = [];
      assert.throws(() => readRelationsLexicon(copy), (e: Error) => e.message === 'lexicons/relations.json: entry "phrases.0.words" must hold at least one word; fix it in the file');
      assert.ok(readRelationsLexicon(relations).phrases.length > 0);
    });
  });

  describe("name keys: a shortcut for plain names", () => {
    const same = (names: string[]) => { for (const name of names) assert.equal(nameKey(name), keyByRules(name), `«${name}»`); };
    it("plain and other names get the key every rule gives", () =>
      same(["Kim Jong Un", "the Kremlin", "The Hague", "THE UN", "the", "Theresa May", "Kim Jong-Un", "Putin's", "Côte d'Ivoire", "St. Petersburg", " Padded  Name ", "the the Band"]));
    it("so does every name and alias of the persons and divisions lexicons", () =>
      same([...loadKnownPersons(), ...loadAdminDivisions()].flatMap((e) => [e.name, ...e.aliases])));
    it("the key drops case, accents, punctuation and a leading «the» (control)", () => {
      assert.equal(nameKey("The Hague"), "hague");
      assert.equal(nameKey("Kim Jong-Un"), "kim jong un");
      assert.equal(nameKey("Côte d’Ivoire"), "cote d ivoire");
    });
  });

  describe("trigger words, looked up without a prototype", () => {
    it("a noun that names an Object property («constructor») is no trigger, and the sentence's other facts stay", () =>
      assert.deepEqual(facts("The constructor hosted Ferrari in Monaco, and Germany sanctioned Iran.").list, ["Germany -SANCTIONED-> Iran"]));
  });

  describe("gazetteer aliases: plain ones split without the tagger", () => {
    it("every alias of gazetteer.json and countries.json gets the words the tagger gives it", () => {
      for (const alias of [...stringsOf(gazetteer), ...stringsOf(countries)]) assert.deepEqual(aliasWords(alias), tokenize(alias).map((t) => t.text), `«${alias}»`);
    });
    it("so do aliases written here, plain or not (control: the tagger splits punctuation and «cannot»)", () => {
      for (const alias of ["Korean People's Army", "U.S.", "Cannot Town", "Guinea-Bissau", "Rosneft"]) assert.deepEqual(aliasWords(alias), tokenize(alias).map((t) => t.text), `«${alias}»`);
      assert.deepEqual(aliasWords("Cannot Town"), ["Can", "not", "Town"]);
    });
  });

  describe("gazetteer lookups: a first word's entries split by their second word", () => {
    /** Whether matchAt finds, at every token of the text, what a scan of all the first word's entries finds. */
    const agrees = (text: string) => {
      const t = tokenize(text);
      for (let i = 0; i < t.length; i++) assert.equal(matchAt(t, i), matchAtByScan(t, i), `«${text}» at «${t[i].text}»`);
    };
    it("finds what the scan finds at every token of sentences written here", () => {
      for (const text of ["The Hague and the United States met the United Nations in the Hague.", "The People’s Republic of China and the People's Liberation Army.", "US troops and us, the UN and New York, New Zealand, new.", "They visited the", "South Korea, South, the"]) agrees(text);
    });
    it("and at every alias of gazetteer.json and countries.json, written as a name and in lower case", () => {
      for (const alias of [...stringsOf(gazetteer), ...stringsOf(countries)]) agrees(`In ${alias} and in ${alias.toLowerCase()}`);
    });
    it("(control) the longest entry wins; a case-sensitive entry needs its capitals; a lower-case word is no name", () => {
      assert.deepEqual(matchAt(tokenize("The Hague ruled."), 0)?.words, ["the", "hague"]);
      assert.equal(matchAt(tokenize("New Zealand won."), 0)?.canonical, "New Zealand");
      assert.equal(matchAt(tokenize("New Delhi won."), 0)?.role, "capital");
      assert.deepEqual(matchAt(tokenize("the United Nations Security Council met"), 1)?.words, ["united", "nations", "security", "council"]);
      assert.equal(matchAt(tokenize("The US said."), 1)?.canonical, "United States");
      assert.equal(matchAt(tokenize("Give us time."), 1), undefined);
      assert.equal(matchAt(tokenize("fine china plates"), 1), undefined);
    });
  });

  describe("event dates: without the article's date, only sentences with a four-digit year go to chrono", () => {
    const sentences = ["The envoy arrived on Tuesday, June 3.", "Talks resumed in the spring of 2024.", "The deal was signed on 4 March 2019 in Oslo.", "Troops left three weeks ago.", "Sales rose 12% in 2004, the firm said."];
    it("the gated reading equals chrono's own on each sentence, with and without a date", () => {
      for (const text of sentences) for (const date of [undefined, "2025-03-12"]) assert.equal(parseEventDate(text, date), eventDateUngated(text, date), `«${text}» ${date}`);
    });
    it("a year is read without the article's date; a weekday only with it (control)", () => {
      assert.equal(parseEventDate(sentences[2]), "2019-03-04");
      assert.equal(parseEventDate(sentences[0]), undefined);
      assert.equal(parseEventDate(sentences[0], "2025-06-05"), "2025-06-03");
    });
  });

  describe("phrases of a sentence: plain sentences lower-cased once", () => {
    const sentences = ["The Deputy Prime Minister of Japan met NATO's chief.", "The  Foreign   Minister\tspoke.", "Côte d’Ivoire’s President Ouattara spoke.", "ÎLE-DE-FRANCE Regional Council voted."];
    it("every span of up to five tokens reads as its text lower-cased, spaces collapsed, apostrophes straightened", () => {
      for (const text of sentences) {
        const s = { text, tokens: tokenize(text) };
        for (let i = 0; i < s.tokens.length; i++)
          for (let j = i + 1; j <= Math.min(s.tokens.length, i + 5); j++)
            assert.equal(phrase(s, i, j), text.slice(s.tokens[i].start, s.tokens[j - 1].end).toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'"), `«${text}» [${i}, ${j})`);
      }
    });
    it("(control) spans that need the replacements get them", () => {
      const s = { text: sentences[1], tokens: tokenize(sentences[1]) };
      assert.equal(phrase(s, 1, 3), "foreign minister");
      const c = { text: sentences[2], tokens: tokenize(sentences[2]) };
      assert.ok(c.tokens.some((_, i) => phrase(c, i, i + 1).includes("'")));
    });
  });

  describe("kind cues: a run is read only when its edge word ends (or starts) some cue", () => {
    const cues = loadKindCues();
    /** The longest cue among the run's last (or first) one to four words, as the rules read it before the gate. */
    const plainLongest = (list: ReadonlyMap<string, unknown> | ReadonlySet<string>, words: string[], atEnd: boolean) => {
      for (let n = Math.min(4, words.length); n >= 1; n--) {
        const run = (atEnd ? words.slice(-n) : words.slice(0, n)).join(" ").toLowerCase();
        if (list.has(run)) return run;
      }
      return undefined;
    };
    /** Each cue as words, capitalised or not, alone, with words around it, and as one word holding spaces. */
    const runsOf = (cue: string) => {
      const words = cue.split(" ");
      const upper = words.map((w) => w.toUpperCase());
      return [words, upper, ["Said", "the", ...words], [...words, "near", "here"], [cue], ["in", cue.toUpperCase()]];
    };
    const lists = [...CUE_SECTIONS.map((section) => cues[section]), cues.works.before, cues.works.after];
    it("the gate passes every run in which the plain scan finds a cue, in every list", () => {
      for (const list of lists)
        for (const cue of list.keys())
          for (const words of runsOf(cue))
            for (const atEnd of [true, false]) if (plainLongest(list, words, atEnd)) assert.ok(mayMatchCue(list, words, atEnd), `«${words.join("|")}» atEnd=${atEnd}`);
    });
    it("the cue readers find what the plain scan finds", () => {
      const runs = [...cues.after.keys(), ...cues.before.keys(), ...cues.works.before, ...cues.works.after].flatMap(runsOf);
      for (const words of [...runs, ["a", "quiet", "morning"], []]) {
        assert.equal(kindAfter(words), cues.after.get(plainLongest(cues.after, words, false) ?? ""), `after «${words.join("|")}»`);
        assert.equal(kindBefore(words), cues.before.get(plainLongest(cues.before, words, true) ?? ""), `before «${words.join("|")}»`);
        assert.equal(isWorkBefore(words), !!plainLongest(cues.works.before, words, true), `work before «${words.join("|")}»`);
        assert.equal(isWorkAfter(words), !!plainLongest(cues.works.after, words, false), `work after «${words.join("|")}»`);
      }
    });
    it("(control) the gate stops ordinary words, and a cue is found with words around it", () => {
      assert.equal(mayMatchCue(cues.after, ["quietly", "slept"], false), false);
      assert.equal(kindAfter(["region", "said"]), "Location");
      assert.equal(kindBefore(["in", "the", "state", "of"]), "Location");
    });
  });

  describe("word triggers: a token no trigger list holds is skipped first", () => {
    const token = (text: string, lemma: string, pos: string) => ({ i: 0, text, lower: text.toLowerCase(), lemma, pos, start: 0, end: text.length });
    it("every verb, noun, evaluative, judgement and noting trigger passes the first check, whatever its tag", () => {
      for (const lemma of [...Object.keys(VERBS), ...EVAL_VERBS, ...JUDGEMENT_VERBS, ...NOTING_VERBS])
        for (const pos of ["VERB", "NOUN", "ADJ"]) assert.ok(mayTrigger(token("xyz", lemma, pos)), `lemma «${lemma}» ${pos}`);
      for (const word of Object.keys(NOUNS)) for (const pos of ["NOUN", "PROPN", "ADJ"]) assert.ok(mayTrigger(token(word, "xyz", pos)), `noun «${word}» ${pos}`);
    });
    it("so does a noun in -ing, which may be a gerund read by its verb («after meeting his counterpart»)", () => assert.ok(mayTrigger(token("Meeting", "meeting", "NOUN"))));
    it("(control) an ordinary word is skipped, and a sentence's triggers still give their facts", () => {
      assert.equal(mayTrigger(token("table", "table", "NOUN")), false);
      assert.equal(mayTrigger(token("ringing", "ring", "VERB")), false);
      assert.deepEqual(facts("Germany sanctioned Iran.").list, ["Germany -SANCTIONED-> Iran"]);
    });
  });

  describe("plural demonyms: a token that opens no demonym, with or without its last letter, is skipped first", () => {
    const list = countries as unknown as { countries: { name: string; demonyms: string[] }[] };
    it("every demonym of countries.json, in the plural, is found as its country", () => {
      for (const c of list.countries)
        for (const d of c.demonyms) {
          const text = `Yesterday ${d}s voted.`;
          const s = { text, tokens: tokenize(text) };
          // Only plurals that name the demonym as matchAt reads it (the tagger may split a form differently).
          const last = s.tokens.length - 3;
          const words = [...s.tokens.slice(1, last), { ...s.tokens[last], lower: s.tokens[last].lower.slice(0, -1) }];
          if (matchAt(words, 0)?.role !== "demonym" || matchAt(words, 0)!.words.length !== words.length) continue;
          assert.equal(pluralDemonymAt(s, 1)?.mention?.name, matchAt(words, 0)!.country, `«${text}»`);
        }
    });
    it("(control) a plural demonym is the country, an ordinary plural or a people after «many» is not", () => {
      const at = (text: string, i: number) => pluralDemonymAt({ text, tokens: tokenize(text) }, i);
      assert.equal(at("Yesterday South Koreans voted.", 1)?.mention?.name, "South Korea");
      assert.equal(at("Yesterday Farmers voted.", 1), undefined);
      assert.deepEqual(at("Yesterday many Russians voted.", 2), { end: 3 });
    });
  });

  describe("common nouns: the article's tokens are looked up among the candidate names, not collected", () => {
    const budget = (text: string) => extractFromText("t", text).entities.find((e) => e.label === "Budget");
    it("a one-word name written in lower case anywhere in the article, before or after it, is no entity", () => {
      assert.equal(budget("The budget raised taxes. The Chancellor set out the Budget in London.")?.noEntity, true);
      assert.equal(budget("The Chancellor set out the Budget in London. Taxes rose, and the budget passed.")?.noEntity, true);
    });
    it("(control) one the article never writes in lower case stays an entity", () => {
      const e = budget("The Chancellor set out the Budget in London. Taxes rose.");
      assert.ok(e && !e.noEntity);
    });
  });
});

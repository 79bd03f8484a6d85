// The shortcuts that skip rule work (issue 9) skip only what could find
// nothing: on sentences written here, what a shortcut skips finds nothing
// when read in full, and what it keeps still gives its facts.
import { strict as assert } from "node:assert";
import { tokenize } from "../src/nlp";
import { splitSentences } from "../src/sentences";
import { tokenizeSentences } from "../src/nlp";
import { resolveEntities } from "../src/entities";
import { sentenceRelations, sentenceRelationsInFull, type DocState } from "../src/relations";
import { findMentions, mentionAt } from "../src/mentions";
import { mayOpenMention } from "../src/mentions/openers";
import { facts } from "./helpers/extract";
import { extractFromText } from "../src/extract";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPerson, loadKnownPersons } from "../src/gazetteer/names";
import rawPersons from "../lexicons/phoenix-persons.json";

const ARTICLE = [
  "Japan imposed sanctions on Iran in May, the foreign ministry said.",
  "Nothing changed for weeks.",
  "The sanctions target Rosneft and Lukoil, and Prime Minister Fumio Kishida visited Tehran.",
  "It was cold; prices rose and fell again.",
  "Russian troops crossed into Ukraine after talks with Belarus failed.",
].join(" ");

describe("rule shortcuts", () => {
  describe("relations: a sentence naming nothing is skipped", () => {
    it("every fact's sentence names one of its ends at least", () => {
      const f = facts(ARTICLE);
      assert.ok(f.relations.length >= 4, f.list.join("; "));
      for (const r of f.relations) {
        const sentence = splitSentences(ARTICLE).find((s) => s.text === r.evidence.sentence)!;
        assert.ok(findMentions({ text: sentence.text, tokens: tokenize(sentence.text) }).length > 0, r.evidence.sentence);
      }
    });
    it("the sanctioner is remembered over a sentence naming nothing (control: its facts come after it)", () => {
      const f = facts(ARTICLE);
      assert.ok(f.list.includes("Japan -SANCTIONED-> Rosneft"), f.list.join("; "));
      assert.ok(f.list.includes("Japan -SANCTIONED-> Lukoil"), f.list.join("; "));
      assert.equal(findMentions({ text: "Nothing changed for weeks.", tokens: tokenize("Nothing changed for weeks.") }).length, 0);
    });
  });

  describe("mentions: a token that opens no pattern is skipped", () => {
    const SENTENCES = [
      "Russian culture minister Olga Lyubimova said his country would send its troops, and the soldiers left.",
      "The North's official newspaper praised the Biden administration; this country's envoy met al-Qaeda's leaders.",
      "Many Russians and two South Koreans saw the Kursk nuclear power plant near Kyiv’s outskirts.",
      "shares in Yukos fell as the people’s deputy prime minister of Japan, Taro Aso, spoke to 1MDB officials.",
      "He said she had met them in the spring, quietly and without notes.",
    ];
    it("at every token skipped, the patterns find nothing and move one token on", () => {
      for (const text of SENTENCES) {
        const s = { text, tokens: tokenize(text) };
        s.tokens.forEach((tok, i) => {
          if (!mayOpenMention(tok)) assert.deepEqual(mentionAt(s, i, []), { end: i + 1 }, `«${tok.text}» in «${text}»`);
        });
      }
    });
    it("(control) most words are skipped; capitalised words, pronouns, determiners, titles and names' first words are not", () => {
      const s = { text: SENTENCES[0], tokens: tokenize(SENTENCES[0]) };
      const kept = new Set(s.tokens.filter(mayOpenMention).map((x) => x.text));
      for (const word of ["Russian", "culture", "minister", "Olga", "his", "its", "the"]) assert.ok(kept.has(word), word);
      for (const word of ["said", "would", "send", "troops", "and", "left"]) assert.ok(!kept.has(word), word);
      assert.ok(findMentions(s).some((m) => m.name === "Olga Lyubimova" && m.role?.title === "culture minister" && m.role.of === "Russia"));
    });
  });

  describe("relation patterns: a sentence with fewer mentions than a pattern joins is skipped by it", () => {
    const mentionsIn = (text: string) => findMentions({ text, tokens: tokenize(text) }).length;
    /** The fact is found in a sentence of exactly n mentions, the fewest the pattern needs. */
    const atBoundary = (text: string, n: number, ...expected: string[]) => {
      assert.equal(mentionsIn(text), n, text);
      const f = facts(text);
      for (const fact of expected) assert.ok(f.list.includes(fact), `«${fact}» from «${text}»: ${f.list.join("; ")}`);
    };
    it("kin and allies need two mentions: with exactly two, the tie is found", () => {
      atBoundary("Jared Kushner, Donald Trump's son-in-law, flew home.", 2, "Jared Kushner -RELATIVE_OF-> Donald Trump");
      atBoundary("Ramzan Kadyrov, a close ally of Vladimir Putin, spoke.", 2, "Ramzan Kadyrov -ALLIED_WITH-> Vladimir Putin");
      atBoundary("Allies of Russia, including Belarus, voted no.", 2, "Belarus -ALLIED_WITH-> Russia");
    });
    it("paired posts need four mentions: with exactly four, each holder gets the post of the country in the same place", () =>
      atBoundary("Cho Tae-yul and Takeshi Iwaya, the foreign ministers of South Korea and Japan respectively, met.", 4, "Cho Tae-yul -MEMBER_OF-> South Korea", "Takeshi Iwaya -MEMBER_OF-> Japan"));
    it("(control) a relational noun with one mention only gives no tie", () => {
      assert.equal(mentionsIn("Donald Trump's son-in-law flew home."), 1);
      const f = facts("Donald Trump's son-in-law flew home.");
      assert.ok(!f.list.some((x) => x.includes("RELATIVE_OF")), f.list.join("; "));
    });
  });

  describe("relation families: a sentence that reaches fewer than two entities is skipped by those that join its own", () => {
    // Sentences naming one entity, or a demonym and its country, between sentences that join two.
    const TEXT = [
      "Washington's sanctions were broad.",
      "The sanctions target Rosneft.",
      "Russian forces attacked overnight.",
      "Vladimir Putin met Xi Jinping in Beijing.",
      "Putin's spokesman said talks with him had gone well.",
      "A Russian delegation was led by Sergei Lavrov.",
      "Emmanuel Macron praised the deal, and he criticised it later.",
      "France condemned the French strikes.",
      "Iran denied it, and Iranian-backed Hezbollah fired rockets.",
      "Iranian-backed militias attacked overnight; troops entered the Russian-controlled city of Melitopol.",
      "Kharkiv in Ukraine was shelled, as was Ukraine's Kharkiv.",
      "South Korea protested.",
      "Kim Min-jae, a South Korean minister, spoke.",
    ].join(" ");
    /** Each sentence's facts and the sanctioner remembered after it, by the given reading of relations. */
    const read = (relationsOf: typeof sentenceRelations) => {
      const split = splitSentences(TEXT);
      const tokens = tokenizeSentences(TEXT, split);
      const sentences = split.map((x, k) => ({ ...x, tokens: tokens[k], mentions: findMentions({ text: x.text, tokens: tokens[k] }) }));
      const { entities, links } = resolveEntities(sentences);
      const state: DocState = {};
      const label = (id: number) => entities[id].label;
      return sentences.map((x, k) => ({
        facts: relationsOf({ ...x, links: links[k] }, entities, state, k).map((r) => `${label(r.source)} -${r.relation}-> ${label(r.target)} (${r.verb})`),
        sanctioner: state.lastSanctioner?.label,
      }));
    };
    it("every sentence gives the facts, and leaves the sanctioner, that every family run on it gives", () =>
      assert.deepEqual(read(sentenceRelations), read(sentenceRelationsInFull)));
    it("(control) facts joining two entities are found; a sanctioner named with one entity only is remembered", () => {
      const f = facts(TEXT).list;
      for (const fact of ["United States -SANCTIONED-> Rosneft", "Vladimir Putin -MET_WITH-> Xi Jinping", "Sergei Lavrov -MEMBER_OF-> Russia", "Iran -SUPPORTED-> Hezbollah", "Russia -CAPTURED-> Melitopol", "Kharkiv -LOCATED_IN-> Ukraine", "Kim Min-jae -MEMBER_OF-> South Korea"]) assert.ok(f.includes(fact), `${fact}: ${f.join("; ")}`);
      assert.equal(read(sentenceRelations)[0].sanctioner, "United States");
    });
  });

  describe("entities: a lone given name is looked up among the persons by their first word", () => {
    const holder = (text: string) => facts(text).entities.find((e) => e.label === "Vladimir" || e.aliases.includes("Vladimir"))?.label;
    it("the one person who bears it, named once or twice, takes it", () => {
      assert.equal(holder("Vladimir Putin spoke to Xi Jinping. Vladimir then flew home to Russia."), "Vladimir Putin");
      assert.equal(holder("Vladimir Putin spoke to Xi Jinping. Later Vladimir Putin and Vladimir flew home."), "Vladimir Putin");
    });
    it("(control) with two persons who bear it, neither takes it", () =>
      assert.equal(holder("Vladimir Putin met Vladimir Orlov in Moscow. Vladimir then flew home."), "Vladimir"));
  });

  describe("persons lexicon: plain entries read without building error context", () => {
    const at = { file: "lexicons/phoenix-persons.json", path: "" };
    const putin = { name: "Vladimir Putin", country: "Russia", sectors: ["GOV"], from: "2000-05-07", aliases: ["Putin V."] };
    let dir: string;
    const load = (persons: unknown[]) => {
      const path = join(dir, "persons.json");
      writeFileSync(path, JSON.stringify({ persons }));
      return loadKnownPersons(path);
    };
    before(() => (dir = mkdtempSync(join(tmpdir(), "persons-"))));
    after(() => rmSync(dir, { recursive: true, force: true }));
    it("every shipped entry reads as the full check reads it", () =>
      assert.deepEqual(loadKnownPersons(), (rawPersons as { persons: unknown[] }).persons.map((v) => checkPerson(v, at))));
    it("so do entries without their optional fields", () => {
      const bare = { name: "Jane Roe", country: "Chile" };
      assert.deepEqual(load([putin, bare, { ...putin, to: "2008-05-07", _comment: "a note" }]), [putin, bare, { ...putin, to: "2008-05-07" }].map((v) => checkPerson(v, at)));
    });
    it("(control) an entry the full check refuses fails, naming it, whatever field is wrong", () => {
      const broken = [{ ...putin, born: "1952" }, { name: "Vladimir Putin" }, { ...putin, country: "Russland" }, { ...putin, sectors: ["gov"] }, { ...putin, to: null }, { ...putin, aliases: [" Putin"] }, { ...putin, name: "" }];
      for (const entry of broken) assert.throws(() => load([putin, entry]), /persons\.json: entry "persons\.1(\.\w+(\.0)?)?"/, JSON.stringify(entry));
    });
  });

  describe("entities: a pair of mentions is read for a title of a work only when one of them is one", () => {
    const noEntity = (text: string, label: string) => extractFromText("t", text).entities.find((e) => e.label === label)?.noEntity === true;
    it("a name listed with a title is a title too", () => assert.ok(noEntity("Martin Scorsese's The Aviator and Million Dollar Baby won prizes.", "Million Dollar Baby")));
    it("(control) the same name listed without a title stays an entity", () =>
      assert.ok(!noEntity("The films Sideways, Million Dollar Baby and Ray won prizes.", "Million Dollar Baby")));
  });

  describe("entities: posts borrow their country only for the entities that hold a post", () => {
    it("a post stated without its country takes the one the article gives it elsewhere", () =>
      assert.ok(facts("Ukraine's interior minister spoke on Monday. Interior minister Igor Klymenko said the attack failed.").list.includes("Igor Klymenko -MEMBER_OF-> Ukraine")));
    it("(control) without that description, the post has no country", () =>
      assert.deepEqual(facts("Interior minister Igor Klymenko said the attack failed.").list, []));
  });
});

// The shortcuts that skip rule work (issue 9) skip only what could find
// nothing: each is checked against the full reading, on sentences written here.
import { strict as assert } from "node:assert";
import { tokenize } from "../src/nlp";
import { splitSentences } from "../src/sentences";
import { findMentions, mentionAt } from "../src/mentions";
import { mayOpenMention } from "../src/mentions/openers";
import { facts } from "./helpers/extract";

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
});

// The shortcuts that skip rule work (issue 9) skip only what could find
// nothing: each is checked against the full reading, on sentences written here.
import { strict as assert } from "node:assert";
import { tokenize } from "../src/nlp";
import { splitSentences } from "../src/sentences";
import { findMentions } from "../src/mentions";
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
});

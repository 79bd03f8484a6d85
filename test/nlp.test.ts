// Tokens: offsets, tags and lemmas as the later stages read them, possessives
// split whatever came before, and the contractions lexicon checked when loaded.
import { strict as assert } from "node:assert";
import { readContractions, tokenize } from "../src/nlp";

describe("tokens", () => {
  it("carry their offsets into the sentence, a tag and a lower-case lemma", () => {
    const sentence = "The ministers were hiding two tanks.";
    const tokens = tokenize(sentence);
    for (const t of tokens) assert.equal(sentence.slice(t.start, t.end), t.text);
    const by = (text: string) => tokens.find((t) => t.text === text)!;
    assert.deepEqual([by("ministers").lemma, by("were").lemma, by("hiding").lemma, by("tanks").lemma], ["minister", "be", "hide", "tank"]);
    assert.equal(by("hiding").pos, "VERB");
  });

  it("the same word gets its lemma by its tag, asked once or again: a verb and a noun spelt alike", () => {
    const tagAndLemma = (sentence: string, word: string) => tokenize(sentence).filter((t) => t.text === word).map((t) => [t.pos, t.lemma]);
    for (const time of ["first", "again"]) {
      assert.deepEqual(tagAndLemma("They were meeting in Paris.", "meeting"), [["VERB", "meet"]], time);
      assert.deepEqual(tagAndLemma("The meeting ended.", "meeting"), [["NOUN", "meeting"]], time);
      assert.deepEqual(tagAndLemma("He left Kyiv.", "left"), [["VERB", "leave"]], time);
      assert.deepEqual(tagAndLemma("The left bank flooded.", "left"), [["ADJ", "left"]], time);
    }
  });

  it("a contraction gets wink's own lemma", () => {
    const tokens = tokenize("He'd have gone.");
    assert.deepEqual(tokens.slice(0, 2).map((t) => [t.text, t.lemma]), [["He", "he"], ["'d", "would"]]);
  });

  it("splits a possessive off a name, but not a contraction from the lexicon", () => {
    assert.deepEqual(tokenize("Foster's brewery grew.").slice(0, 2).map((t) => [t.text, t.pos]), [["Foster", "PROPN"], ["'s", "PART"]]);
    assert.deepEqual(tokenize("It's over.").slice(0, 2).map((t) => t.text), ["It", "'s"]);
    assert.equal(tokenize("It's over.")[1].lemma, "be");
  });
});

describe("contractions lexicon", () => {
  it("reads a list of words ending in 's", () => {
    assert.deepEqual([...readContractions({ contractions: ["it's", "who's"] })], ["it's", "who's"]);
  });
  it("a broken lexicon fails naming the file and the entry", () => {
    assert.throws(() => readContractions({ contractions: ["it's", "Its"] }), /^Error: lexicons\/contractions\.json: contractions\[1\] \("Its"\) must be a lower-case word ending in 's/);
    assert.throws(() => readContractions({ words: [] }), /lexicons\/contractions\.json: "contractions" must be a list/);
  });
});

// Tokens: offsets, tags and lemmas as the later stages read them, possessives
// split whatever came before, and the contractions lexicon checked when loaded.
import { strict as assert } from "node:assert";
import { placeTokens, readContractions, tokenize, tokenizeSentences } from "../src/nlp";
import { splitSentences } from "../src/sentences";

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

  it("cuts an acronym's hyphened compound into name, hyphen and word, as wink does for most ('UN-backed' like 'US-led')", () => {
    const cut = (text: string) => tokenize(text).map((t) => [t.text, t.pos]);
    assert.deepEqual(cut("UN-backed forces").slice(0, 3), [["UN", "PROPN"], ["-", "PUNCT"], ["backed", "VERB"]]);
    assert.deepEqual(cut("US-led forces").slice(0, 3), [["US", "PROPN"], ["-", "PUNCT"], ["led", "VERB"]]);
    const patrolled = tokenize("a UN-patrolled zone");
    patrolled.forEach((t) => assert.equal("a UN-patrolled zone".slice(t.start, t.end), t.text));
  });
});

describe("tokens of a whole article", () => {
  // Written for this test: possessives, contractions, quotes, initials, a tab, a no-break space, two paragraphs.
  const article = [
    "Gen. Maria Lopez's convoy reached Tarnow on Monday. It's the third visit this year, officials said.",
    "\"We won't leave,\" she told reporters in the O'Brien Hall.\tThe U.S. envoy didn't comment. Smith’s aides left at 5\u00a0pm.",
    "",
    "Donald J. Trump can't attend; the talks resume in 2026! A UN-backed force waits.",
  ].join("\n");
  const sentences = splitSentences(article);
  const together = tokenizeSentences(article, sentences);

  it("a sentence's tokens, tags and lemmas inside the article equal those of the sentence read alone", () => {
    assert.equal(together.length, sentences.length);
    assert.ok(sentences.length >= 6, "the article has sentences to compare");
    sentences.forEach((s, k) => assert.deepEqual(together[k], tokenize(s.text), s.text));
  });

  it("offsets point at the token's text in the sentence, and through the sentence's start into the article", () => {
    sentences.forEach((s, k) => {
      assert.ok(together[k].length > 0, s.text);
      together[k].forEach((t, i) => {
        assert.equal(t.i, i);
        assert.equal(s.text.slice(t.start, t.end), t.text);
        assert.equal(article.slice(s.start + t.start, s.start + t.end), t.text);
      });
    });
  });

  it("possessives are split inside the article too, straight or curly, and a listed contraction is not", () => {
    const texts = together.flat().map((t) => t.text);
    assert.deepEqual(texts.slice(texts.indexOf("Lopez"), texts.indexOf("Lopez") + 2), ["Lopez", "'s"]);
    assert.deepEqual(texts.slice(texts.indexOf("Smith"), texts.indexOf("Smith") + 2), ["Smith", "’s"]);
    assert.equal(together[1][1].text, "'s");
    assert.equal(together[1][1].lemma, "be");
  });
});

describe("placing wink's tokens in sentences", () => {
  const text = "Ann met Bo.\nCy left.";
  const sentences = splitSentences(text);

  it("tokens that tile each sentence are placed with offsets into it; a line break between sentences is skipped", () => {
    assert.deepEqual(placeTokens(text, sentences, ["Ann", "met", "Bo", ".", "\n", "Cy", "left", "."]), [[0, 0, 1, 4, 2, 8, 3, 10], [5, 0, 6, 3, 7, 7]]);
  });

  it("a sentence whose text the tokens leave out, or that a token crosses, is not placed (read alone); the others are", () => {
    // wink rewrote "Bo" as "Bob": the token is not in the sentence, and "Bo" is left out.
    assert.deepEqual(placeTokens(text, sentences, ["Ann", "met", "Bob", ".", "Cy", "left", "."]).map((p) => p !== null), [false, false]);
    assert.deepEqual(placeTokens(text, sentences, ["Ann", "met", ".", "Cy", "left", "."]).map((p) => p !== null), [false, true]);
    assert.deepEqual(placeTokens(text, sentences, ["Ann", "met", "Bo", ".", "Cy", "left"]).map((p) => p !== null), [true, false]);
    assert.deepEqual(placeTokens(text, sentences, ["Ann", "met", "Bo", ".\nCy", "left", "."]).map((p) => p !== null), [false, false]);
  });

  it("a token between two sentences belongs to neither, unless it runs into the next one", () => {
    // Sentences as given, with text between them that neither holds.
    const gapped = "Ann met Bo. -- Cy left.";
    const two = [{ index: 0, text: "Ann met Bo.", start: 0, end: 11 }, { index: 1, text: "Cy left.", start: 15, end: 23 }];
    assert.deepEqual(placeTokens(gapped, two, ["Ann", "met", "Bo", ".", "--", "Cy", "left", "."]), [[0, 0, 1, 4, 2, 8, 3, 10], [5, 0, 6, 3, 7, 7]]);
    assert.deepEqual(placeTokens(gapped, two, ["Ann", "met", "Bo", ".", "-- Cy", "left", "."]).map((p) => p !== null), [true, false]);
  });
});

describe("contractions lexicon", () => {
  it("reads a list of words ending in 's", () => {
    assert.deepEqual([...readContractions({ contractions: ["it's", "who's"] })], ["it's", "who's"]);
  });
  it("a broken lexicon fails naming the file and the entry", () => {
    assert.throws(() => readContractions({ contractions: ["it's", "Its"] }), /^Error: lexicons\/contractions\.json: entry "contractions\.1" is "Its", not a lower-case word ending in 's, such as "it's"; fix it in the file$/);
    assert.throws(() => readContractions({ words: [] }), /lexicons\/contractions\.json: entry "\(top\)" lacks the field "contractions"; fix it in the file$/);
  });
});

// Issue 10: the parties of a meeting or a pact named in apposition to a plural
// noun after "between": "talks between the two leaders, A and B". The names
// are the parties, not the countries that qualify the noun.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { hasEitherWay, readFacts } from "./helpers/extract";


/** No relation of this type in the sentence. */
function noneOf(text: string, relation: string) {
  const list = readFacts(text).list;
  assert.deepEqual(list.filter((r) => r.includes(`-${relation}->`)), [], list.join("; "));
}

describe("parties named in apposition after \"between\"", () => {
  it("people named after a plural person noun meet, whatever qualifies the noun", () => {
    hasEitherWay("A summit between the two leaders, Xi Jinping and Joe Biden, ended without a deal.", "MET_WITH", "Xi Jinping", "Joe Biden");
    hasEitherWay("The talks between the Chinese and South Korean foreign ministers, Wang Yi and Cho Tae-yul, lasted two hours.", "MET_WITH", "Wang Yi", "Cho Tae-yul");
    hasEitherWay("The meeting between French and German presidents, Emmanuel Macron and Frank-Walter Steinmeier, was brief.", "MET_WITH", "Emmanuel Macron", "Frank-Walter Steinmeier");
  });

  it("states named after a plural noun for states or sides are the parties", () => {
    hasEitherWay("The agreement between the two countries, Japan and the Philippines, took effect on Friday.", "SIGNED_AGREEMENT_WITH", "Japan", "Philippines");
    hasEitherWay("Talks between the two sides, Armenia and Azerbaijan, resumed in Abu Dhabi.", "MET_WITH", "Armenia", "Azerbaijan");
  });

  it("a list that does not match the noun, or a lone name, gives no pair", () => {
    // A person noun spelled out by states, and states by a person and a state, are no apposition of the parties.
    noneOf("A summit between the two leaders, Japan and Vietnam, was planned.", "MET_WITH");
    noneOf("The talks between the two sides, Ron Dermer and Qatar, were tense.", "MET_WITH");
    noneOf("A summit between the two leaders, Xi Jinping, ended early.", "MET_WITH");
    // Positive control: the parties named straight after "between" still meet.
    hasEitherWay("A summit between Xi Jinping and Joe Biden, the two leaders, ended without a deal.", "MET_WITH", "Xi Jinping", "Joe Biden");
  });
});

// Issue 10: passives with several agents. "X was praised by Y and Z": each
// agent acts; "The pact was signed by A and B", "The deal, signed by A and
// B, …": a symmetric act whose subject is no party pairs the agents.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { hasEitherWay, hasFacts, readFacts } from "./helpers/extract";


describe("passives with several agents", () => {
  it("each coordinated agent acts on the subject", () => {
    hasFacts("Israel was praised by Egypt and Qatar for the truce.", "Egypt -PRAISED-> Israel", "Qatar -PRAISED-> Israel");
    hasFacts("Kyiv was attacked by Russia and Belarus, the governor said.", "Russia -ATTACKED-> Ukraine", "Belarus -ATTACKED-> Ukraine");
  });

  it("a symmetric act on a thing pairs its agents, with or without an auxiliary", () => {
    hasEitherWay("The memorandum was signed by Ukraine and Britain in London.", "SIGNED_AGREEMENT_WITH", "Ukraine", "United Kingdom");
    hasEitherWay("The deal, signed by Armenia and Azerbaijan at the White House, ends decades of conflict.", "SIGNED_AGREEMENT_WITH", "Armenia", "Azerbaijan");
  });

  it("a name after a comma and \"and\" starts a new item, and a person is not listed with a firm", () => {
    for (const text of [
      "Sinopec, a state firm headed by party veteran Ma Yongsheng, and CNOOC, an offshore producer, were hit by new sanctions.",
      "Aramco, a state company headed by Amin Nasser, and Adnoc, a rival producer, signed deals.",
    ]) {
      const list = readFacts(text).list;
      assert.ok(list.some((r) => / -LEADER_OF-> (Sinopec|Aramco)$/.test(r) && !/^(CNOOC|Adnoc)/.test(r)), list.join("; "));
      assert.ok(!list.some((r) => /^(CNOOC|Adnoc) -LEADER_OF->/.test(r)), list.join("; "));
    }
  });

  it("one agent of a symmetric act on a thing pairs it with nobody, and a party as subject stays the party", () => {
    const one = "The accord was signed by Japan last year.";
    assert.deepEqual(readFacts(one).list.filter((r) => r.includes("SIGNED")), [], readFacts(one).list.join("; "));
    hasFacts("Japan was praised by Australia, and the accord was signed by Manila and Tokyo.", "Australia -PRAISED-> Japan");
    hasEitherWay("Japan was praised by Australia, and the accord was signed by Manila and Tokyo.", "SIGNED_AGREEMENT_WITH", "Philippines", "Japan");
  });
});

// Issue 10: posts in apposition. A post over a unit a body owns ("director of
// Intel's photonics lab") leads the unit, not the body: the holder is a member
// of the body, and a name qualifying the unit ("the Crisis Group's Iran
// project") is no body at all. A name followed by a post in apposition ("X Y,
// the director general of …") is a person's.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { facts, hasFacts, readFacts } from "./helpers/extract";

describe("posts in apposition", () => {
  it("a post over a unit of a body makes a member of the body, not its leader", () => {
    hasFacts("\"We are close,\" said Dr Ana Lopes, director of Samsung's display research lab.", "Ana Lopes -MEMBER_OF-> Samsung");
    hasFacts("Jane Roe, head of the Pentagon's missile defence office, said the test failed.", "Jane Roe -MEMBER_OF-> Pentagon");
    const list = readFacts("Ali Karimi, director of the Crisis Group's Iran project, said talks would resume.").list;
    assert.ok(list.includes("Ali Karimi -MEMBER_OF-> Crisis Group"), list.join("; "));
    assert.ok(!list.some((r) => r.startsWith("Ali Karimi -LEADER_OF->") || r.endsWith("-> Iran")), list.join("; "));
  });

  it("a post of the body itself, or of a body the possessor owns, still leads it", () => {
    hasFacts("John Smith, director of the CIA, said the threat was growing.", "John Smith -LEADER_OF-> Central Intelligence Agency");
    hasFacts("Maria Costa, head of the UK's Confederation of British Industry, said growth would slow.", "Maria Costa -LEADER_OF-> Confederation of British Industry");
    // A name after the possessor's or the qualifier's words is the body led.
    hasFacts("Dave Lee, the leader of Britain's biggest union Unite, told the paper.", "Dave Lee -LEADER_OF-> Unite");
    hasFacts("Stuart Cole, chief executive of US firm Open Source Development Labs, said.", "Stuart Cole -LEADER_OF-> Open Source Development Labs");
    hasFacts("Tim Ward, head of Yukos main shareholders' group Menatep, said.", "Tim Ward -LEADER_OF-> Menatep");
  });

  it("a body's name right after another's is the body led, unless it is a country's branch", () => {
    hasFacts("Jan Berg, head of the UN Office for the Coordination of Humanitarian Affairs, said aid was late.", "Jan Berg -LEADER_OF-> Office for the Coordination of Humanitarian Affairs");
    hasFacts("Karen Wood, chief executive of Vodafone Germany, said sales rose.", "Karen Wood -LEADER_OF-> Vodafone");
  });

  it("a name qualifying an unnamed unit is the body the holder serves in", () => {
    const list = readFacts("Edward Hale, chairman of the Commons public accounts committee, said the audit was late.").list;
    assert.ok(list.includes("Edward Hale -MEMBER_OF-> House of Commons") && !list.some((r) => r.includes("-LEADER_OF->")), list.join("; "));
  });

  it("capitalised words with a post in apposition name a person; a body's description does not", async () => {
    const kinds = async (text: string) => new Map((await facts(text)).entities.map((e: { label: string; kind: string }) => [e.label, e.kind]));
    assert.equal((await kinds("Digby Jones, the director general, said prices would rise.")).get("Digby Jones"), "Person");
    assert.equal((await kinds("Ruth Mallory, head of research at the bank, said rates would rise.")).get("Ruth Mallory"), "Person");
    assert.notEqual((await kinds("Acme Widgets, the chief supplier of the army, said it would hire.")).get("Acme Widgets"), "Person");
  });
});

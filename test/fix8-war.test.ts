// Issue 10, last Russia–Ukraine probe: classes pinned with sentences written for this file (other actors, other
// regions), positive and negative.
import { strict as assert } from "node:assert";
import { hasFacts, lacksFacts, readFacts } from "./helpers/extract";

describe("issue 10 fix8 war: delegations", () => {
  describe("a delegation led by a person is the person's country, whatever the clause's subject", () => {
    it("'held talks with a Chinese delegation led by [lower-case title] X' makes X one of China's people", () => {
      hasFacts("The minister held talks with a Chinese delegation led by vice foreign minister Sun Weidong.", "Sun Weidong -MEMBER_OF-> China");
      hasFacts("She later flew to Doha, where she held talks with an Iranian delegation led by Ali Bagheri.", "Ali Bagheri -MEMBER_OF-> Iran");
    });
    it("control: a person who leads no delegation is no member of the country named before", () => {
      const f = readFacts("The minister held talks with a Chinese firm led by chief executive Lei Jun.");
      assert.ok(!f.list.includes("Lei Jun -MEMBER_OF-> China"), f.list.join("; "));
    });
  });
  describe("'the X delegation, which included A and B' makes each person listed one of X's people", () => {
    it("each conjunct, past a capitalised title", () => {
      hasFacts("The Turkish delegation, which also included Foreign Minister Hakan Fidan and Ibrahim Kalin, arrived in Baku.", "Hakan Fidan -MEMBER_OF-> Turkey", "Ibrahim Kalin -MEMBER_OF-> Turkey");
      hasFacts("Japan's delegation included Yoko Kamikawa.", "Yoko Kamikawa -MEMBER_OF-> Japan");
    });
    it("a negated or unrelated listing gives none", () => {
      const f = readFacts("The Turkish delegation, which did not include Hakan Fidan, arrived in Baku.");
      assert.ok(!f.list.includes("Hakan Fidan -MEMBER_OF-> Turkey"), f.list.join("; "));
      const g = readFacts("The Turkish plan, which also included Hakan Fidan, was rejected.");
      assert.ok(!g.list.includes("Hakan Fidan -MEMBER_OF-> Turkey"), g.list.join("; "));
    });
  });

  describe("'the U.S. side' is a delegation: leading it is membership", () => {
    it("a country's or a demonym's side, led or leading", () => {
      hasFacts("Antony Blinken led the U.S. side at the talks in Jeddah.", "Antony Blinken -MEMBER_OF-> United States");
      hasFacts("The Chinese side was led by Wang Yi.", "Wang Yi -MEMBER_OF-> China");
      lacksFacts("Wang Yi led the Chinese side in Geneva.", "Wang Yi -MEMBER_OF-> China", "Wang Yi -LEADER_OF-> China");
    });
    it("a club's side is a team, not a delegation; leading the country itself still leads", () => {
      const f = readFacts("Mikel Arteta led the Arsenal side to victory.");
      assert.ok(!f.list.some((x) => x.startsWith("Mikel Arteta -MEMBER_OF->")), f.list.join("; "));
      hasFacts("Xi Jinping has led China since 2012.", "Xi Jinping -LEADER_OF-> China");
    });
  });
});

describe("issue 10 fix8 war: names kept whole", () => {
  it("'the X of the Y', one unknown capitalised word on each side, is one name", () => {
    const f = readFacts("Members of the Axis of the Resistance met in Tehran.");
    assert.ok(f.entity("Axis of the Resistance"), f.entities.map((e) => e.label).join(", "));
    assert.ok(!f.entity("Resistance"), f.entities.map((e) => e.label).join(", "));
  });
  it("control: a known name before 'of the' stays its own", () => {
    const f = readFacts("Erdogan reminded the Kremlin of the Bosphorus deal.");
    assert.equal(f.entity("Russia")?.kind, "Country");
    assert.ok(!f.entities.some((e) => e.label.includes(" of the ")), f.entities.map((e) => e.label).join(", "));
  });
  it("a demonym and a capitalised word before 'party' name the party whole", () => {
    const f = readFacts("The opposition Serbian Progress party won the vote.");
    assert.equal(f.entity("Serbian Progress")?.kind, "Organization", f.entities.map((e) => e.label).join(", "));
    assert.ok(!f.entities.some((e) => e.label.startsWith("Progress")), f.entities.map((e) => e.label).join(", "));
  });
  it("control: a demonym before a lower-case word and 'party' names no party", () => {
    const f = readFacts("A Serbian opposition party was banned.");
    assert.ok(!f.entities.some((e) => e.kind === "Organization"), f.entities.map((e) => e.label).join(", "));
  });
});


describe("issue 10 fix8 war: solidarity and accession talks", () => {
  it("'expressed solidarity with X' is support of X, for each conjunct", () => {
    hasFacts("Japan expressed solidarity with Taiwan after the earthquake.", "Japan -SUPPORTED-> Taiwan");
    hasFacts("Canada expressed its solidarity with Latvia and Estonia.", "Canada -SUPPORTED-> Latvia", "Canada -SUPPORTED-> Estonia");
  });
  it("solidarity with no one named supports no one", () => {
    const f = readFacts("Ukrainians showed solidarity in the face of the attacks.");
    assert.ok(!f.list.some((x) => x.includes("-SUPPORTED->")), f.list.join("; "));
  });
  it("accession or membership talks are a process, no meeting; plain talks still are", () => {
    const f = readFacts("The EU opened membership talks with Moldova in June.");
    assert.ok(!f.list.some((x) => x.includes("-MET_WITH->")), f.list.join("; "));
    const g = readFacts("Hungary kept blocking the opening of accession talks with Albania.");
    assert.ok(!g.list.some((x) => x.includes("-MET_WITH->")), g.list.join("; "));
    hasFacts("The EU held talks with Moldova in June.", "European Union -MET_WITH-> Moldova");
  });
});

describe("issue 10 fix8 war: a treaty's article and a rank after a comma", () => {
  it("'Article 4' is no entity; the treaty and the country still are", () => {
    const f = readFacts("Lithuania asked for consultations under Article 4 of the Washington Treaty.");
    assert.ok(!f.entities.some((e) => e.label === "Article"), f.entities.map((e) => e.label).join(", "));
    assert.equal(f.entity("Lithuania")?.kind, "Country");
  });
  it("a rank after the post's comma is no part of the name: 'the commander, Gen. X', 'Lt. Gen. X'", () => {
    const f = readFacts("Austin met the head of Israel's army, Lt. Gen. Eyal Zamir, in Tel Aviv.");
    assert.ok(f.entity("Eyal Zamir"), f.entities.map((e) => e.label).join(", "));
    assert.ok(!f.entities.some((e) => /Gen\. Eyal/.test(e.label)), f.entities.map((e) => e.label).join(", "));
    const g = readFacts("Hegseth met the army chief, General Asim Munir, on Monday.");
    assert.ok(g.entity("Asim Munir"), g.entities.map((e) => e.label).join(", "));
  });
  it("control: a name after the comma with no rank is read whole", () => {
    assert.ok(readFacts("Austin met the head of Israel's army, Eyal Zamir, in Tel Aviv.").entity("Eyal Zamir"));
  });
});

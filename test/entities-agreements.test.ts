// Issue 10: the titles of agreements. A treaty's or a declaration's title runs
// over "of", "for", "on" and "and" ("the Treaty on the Non-Proliferation of
// Nuclear Weapons"), and is one Agreement whatever its last word names; a head
// like "Plan" or "Guidelines" names an agreement only with such a part.
// Sentences written for these tests (none from any article), on arms control,
// the seas of East Asia, the Gulf, Europe and trade.
import { strict as assert } from "node:assert";
import { readFacts } from "./helpers/extract";

const shown = (text: string) => readFacts(text).entities.map((e) => `${e.label}:${e.kind}`).join(", ");

/** The text names exactly this agreement, as one entity of kind Agreement. */
function agreement(text: string, title: string) {
  const e = readFacts(text).entities.find((x) => x.label === title);
  assert.ok(e, `no entity «${title}» in «${text}»; got ${shown(text)}`);
  assert.equal(e.kind, "Agreement", `«${title}» in «${text}»; got ${shown(text)}`);
}

/** No entity is a fragment of the title: none is one of these labels. */
function noFragments(text: string, ...fragments: string[]) {
  const labels = readFacts(text).entities.map((e) => e.label);
  for (const f of fragments) assert.ok(!labels.includes(f), `fragment «${f}» in «${text}»; got ${shown(text)}`);
}

describe("agreement titles", () => {
  it('run over "on" after a treaty, a convention or a declaration', () => {
    const npt = "Iran ratified the Treaty on the Non-Proliferation of Nuclear Weapons in 1970.";
    agreement(npt, "Treaty on the Non-Proliferation of Nuclear Weapons");
    const sea = "China and the Philippines both cite the Convention on the Law of the Sea.";
    agreement(sea, "Convention on the Law of the Sea");
    noFragments(sea, "Sea", "Law");
    const pact = "Moscow and Pyongyang signed the Treaty on Strategic Cooperation in June.";
    agreement(pact, "Treaty on Strategic Cooperation");
    assert.ok(readFacts(pact).list.includes("North Korea -SIGNED_AGREEMENT_WITH-> Russia") || readFacts(pact).list.includes("Russia -SIGNED_AGREEMENT_WITH-> North Korea"), readFacts(pact).list.join("; "));
  });

  it('run over "and" once the title has its "of"/"on" part, but not into a known name', () => {
    const trade = "Washington and Taipei signed the Agreement on Trade and Investment last week.";
    agreement(trade, "Agreement on Trade and Investment");
    noFragments(trade, "Investment");
    const friendship = "The Treaty of Friendship and Cooperation was renewed in Moscow.";
    agreement(friendship, "Treaty of Friendship and Cooperation");
    // "and" before a country ends the title: two entities.
    const two = "The Treaty of Friendship and Vietnam's own pledges were discussed in Hanoi.";
    agreement(two, "Treaty of Friendship");
    assert.equal(readFacts(two).entity("Vietnam")?.kind, "Country", shown(two));
  });

  it("keep a body's name that opens the title, and type the whole an agreement", () => {
    const un = "Britain must take refugees under the United Nations Convention on Refugees, the minister argued.";
    agreement(un, "United Nations Convention on Refugees");
    const eu = "Britain opted out of part of the European Convention on Human Rights.";
    agreement(eu, "European Convention on Human Rights");
    noFragments(eu, "Human Rights");
  });

  it('"Plan", "Guidelines", "Roadmap" name an agreement only with an "of"/"for" part', () => {
    const iran = "Tehran said it would no longer abide by the Joint Comprehensive Plan of Action.";
    agreement(iran, "Joint Comprehensive Plan of Action");
    noFragments(iran, "Joint Comprehensive Plan", "Action");
    const guide = "Tokyo and Washington revised the Guidelines for Defense Cooperation in 2015.";
    agreement(guide, "Guidelines for Defense Cooperation");
    const road = "The Roadmap for Peace was drafted in Cairo.";
    agreement(road, "Roadmap for Peace");
    // alone, such a head is no agreement
    const alone = "The Marshall Plan rebuilt Europe after the war.";
    assert.notEqual(readFacts(alone).entities.find((e) => e.label === "Marshall Plan")?.kind, "Agreement", shown(alone));
  });

  it("named by two countries joined by a hyphen: the two concluded it, and both are entities", () => {
    const treaty = "The US-Japan Security Treaty obliges Washington to defend the islands.";
    agreement(treaty, "US-Japan Security Treaty");
    assert.ok(readFacts(treaty).list.includes("United States -SIGNED_AGREEMENT_WITH-> Japan"), readFacts(treaty).list.join("; "));
    const guide = "The ministers noted the adoption of the China-Russia Guidelines for Maritime Cooperation on the Korean Peninsula.";
    agreement(guide, "China-Russia Guidelines for Maritime Cooperation on the Korean Peninsula");
    assert.ok(readFacts(guide).list.includes("China -SIGNED_AGREEMENT_WITH-> Russia"), readFacts(guide).list.join("; "));
    // one country, or a demonym, names no parties
    const one = "The Japan Security Treaty was debated in the Diet.";
    agreement(one, "Japan Security Treaty");
    assert.deepEqual(readFacts(one).list.filter((r) => r.includes("SIGNED_AGREEMENT_WITH")), [], readFacts(one).list.join("; "));
  });

  it("stop before a date after \"on\", and never end on a connector", () => {
    const monday = "Britain and France signed the Lancaster Treaty on Monday.";
    agreement(monday, "Lancaster Treaty");
    noFragments(monday, "Lancaster Treaty on Monday");
    // outside agreements "on" joins nothing: a body and a place stay apart
    const body = "The Council on Friday met in Brussels.";
    noFragments(body, "Council on Friday");
  });
});

// Issue 10: "attack" between two persons is an attack in words, and a verb's
// form that is no verb is no attack. SCHEMA.md's ATTACKED is a strike, an
// invasion, a shelling; CRITICIZED takes what one person says of another.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { hasFacts, readFacts } from "./helpers/extract";

const attacks = (text: string) => readFacts(text).list.filter((r) => r.includes("-ATTACKED->"));

describe("attacks in words and verb forms that are no verbs", () => {
  it("one person attacking another criticises, as verb or noun", () => {
    hasFacts("Opposition leader Jane Roe attacked Prime Minister Mark Rutte over the budget.", "Jane Roe -CRITICIZED-> Mark Rutte");
    hasFacts("Senator John Kerry attacked George W Bush on the economy.", "John Kerry -CRITICIZED-> George W Bush");
    assert.deepEqual(attacks("Senator John Kerry attacked George W Bush on the economy."), []);
  });

  it("a country, a body or a force attacking stays an attack", () => {
    hasFacts("Russia attacked Ukraine with drones overnight.", "Russia -ATTACKED-> Ukraine");
    hasFacts("Hamas attacked Israel on October 7.", "Hamas -ATTACKED-> Israel");
  });

  it("a verb's form right after a preposition qualifies a noun and attacks nothing", () => {
    assert.deepEqual(attacks("Freeman, who starred in hit BBC comedy The Office, will play the lead."), []);
    // Positive control: a gerund after a preposition still acts.
    hasFacts("After attacking Kyiv, Russia hit Lviv.", "Russia -ATTACKED-> Lviv");
  });

  it("hitting the headlines attacks no one", () => {
    assert.deepEqual(attacks("The row between Mr Camus and Mr Forgeard has hit the headlines in France."), []);
  });
});

describe("an attack noun in an adjunct after the attack's result", () => {
  it("is the result verb's subject's attack", () => {
    hasFacts("Israel killed two people in a strike on Beirut.", "Israel -ATTACKED-> Beirut");
    hasFacts("Russia destroyed a power plant in an attack on Kharkiv overnight.", "Russia -ATTACKED-> Kharkiv");
  });

  it("but not when the verb is passive, and the victims name no attacker", () => {
    assert.deepEqual(attacks("Two people were killed in a strike on Beirut, the health ministry said."), []);
    assert.deepEqual(attacks("The UN said dozens were killed in an attack on Khartoum."), []);
  });
});

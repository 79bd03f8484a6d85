// Issue 10: forms common in readouts and state media. An inspection of a
// site in a place visits the place; "held talks between A and B" and
// "consultations between US and Ukrainian representatives" are meetings of
// the parties after "between"; a deal suspended, scrapped or quit is no
// signing and no alliance, in any verb form.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { hasFacts, readFacts } from "./helpers/extract";

const of = (text: string, relation: string) => readFacts(text).list.filter((r) => r.includes(`-${relation}->`));

describe("readout forms", () => {
  it("inspecting a site in a place visits the place; touring a place visits it", () => {
    hasFacts("Kim Jong Un inspected a shipyard in Nampo on Friday.", "Kim Jong Un -VISITED-> Nampo");
    hasFacts("Xi Jinping inspected a battery plant in Fujian.", "Xi Jinping -VISITED-> Fujian");
    hasFacts("Emmanuel Macron toured Lebanon in 2020.", "Emmanuel Macron -VISITED-> Lebanon");
  });

  it("inspecting a weapon with no place, or touring during a competition, visits nothing", () => {
    assert.deepEqual(of("Kim Jong Un inspected the new Hwasong-19 missile.", "VISITED"), []);
    assert.ok(readFacts("Kim Jong Un inspected the new Hwasong-19 missile.").entity("Kim Jong Un"), "control: the person is found");
    // A tour visits only its object: an "in" phrase further on is not where it goes.
    assert.deepEqual(of("Coach Warren Gatland will pick players to tour in June on form shown in the Champions League.", "VISITED"), []);
  });

  it("talks and consultations between named parties meet, also after 'held'", () => {
    hasFacts("They held talks between Armenia and Azerbaijan in Abu Dhabi.", "Armenia -MET_WITH-> Azerbaijan");
    hasFacts("Consultations between Chinese and South Korean representatives took place in Seoul.", "China -MET_WITH-> South Korea");
    hasFacts("India held consultations with Japan on Monday.", "India -MET_WITH-> Japan");
  });

  it("a deal suspended, scrapped or quit is no signing and no alliance", () => {
    for (const text of [
      "Iraq said it was suspending a security agreement with Turkey.",
      "Mali suspends defence pact with France.",
      "Russia is quitting its arms control treaty with the United States.",
    ]) {
      const list = readFacts(text).list;
      assert.deepEqual(list.filter((r) => /SIGNED_AGREEMENT_WITH|ALLIED_WITH/.test(r)), [], `${text}\n  ${list.join("\n  ")}`);
    }
    hasFacts("Iraq signed a security agreement with Turkey in March.", "Iraq -SIGNED_AGREEMENT_WITH-> Turkey");
  });

  it("a hyphened post, kept one word by the tagger, is a post: before a name and in apposition", () => {
    hasFacts("Vice-President JD Vance met Volodymyr Zelensky in Munich.", "JD Vance -MET_WITH-> Volodymyr Zelensky");
    assert.equal(readFacts("Vice-President JD Vance met Volodymyr Zelensky in Munich.").entity("JD Vance")?.kind, "Person");
    hasFacts("Ri Pyong Chol, vice-chairman of the Central Military Commission, attended.", "Ri Pyong Chol -MEMBER_OF-> Central Military Commission");
    assert.deepEqual(readFacts("Ri Pyong Chol, vice-chairman of the Central Military Commission, attended.").list.filter((r) => r.includes("LEADER_OF")), []);
  });

  it("a post in apposition after its holder names no second person in its 'of' part", () => {
    const firm = readFacts("Maria Costa, executive vice-president of Acme Steel Holdings, said prices would rise.");
    assert.deepEqual(firm.entities.filter((e) => e.kind === "Person").map((e) => e.label), ["Maria Costa"]);
    hasFacts("Raj Mehta, chairman of India Cement Limited, stayed away.", "Raj Mehta -LEADER_OF-> India Cement Limited");
    // Control: a title before a name still names its holder after the body, also after a list's comma.
    hasFacts("Chairman of the Russian Security Council Dmitry Medvedev spoke.", "Dmitry Medvedev -LEADER_OF-> Russian Security Council");
    hasFacts("Present were envoy Anna Berg, CEO of the Swedish Export Credit Agency Lars Holm, and others.", "Lars Holm -LEADER_OF-> Swedish Export Credit Agency");
  });
});

describe("hyphened participles and department posts", () => {
  it("a participle glued by a hyphen acts only for the name before it, never for another subject", () => {
    const f = readFacts("Ankara urged Iraq's government to absorb the Yazidi-led Sinjar Resistance Units into its army.");
    assert.ok(f.entity("Iraq"), "control: the country is found");
    assert.deepEqual(f.list.filter((r) => r.includes("LEADER_OF")), []);
    hasFacts("Iran-backed Houthis attacked ships in the Red Sea.", "Iran -SUPPORTED-> Houthis");
  });

  it("a department's secretary is one post, not a body 'Treasury' and a post", () => {
    const f = readFacts("Treasury Secretary Scott Bessent announced sanctions on Rosneft.");
    assert.equal(f.entity("Scott Bessent")?.kind, "Person");
    assert.equal(f.entity("Treasury"), undefined);
    hasFacts("Treasury Secretary Scott Bessent announced sanctions on Rosneft.", "Scott Bessent -SANCTIONED-> Rosneft");
  });
});

describe("a country's government named with 'of'", () => {
  it("'the Government of X' is the country, no body of its own", () => {
    const f = readFacts("The envoy welcomed the decision of the Government of Jordan to keep the crossing open.");
    assert.equal(f.entity("Jordan")?.kind, "Country");
    assert.equal(f.entity("Government of Jordan")?.label, "Jordan", "an alias of the country");
    assert.ok(!f.entities.some((e) => e.kind === "Organization"));
    assert.deepEqual(f.list.filter((r) => r.includes("PART_OF")), []);
  });

  it("a government named for something else stays a body", () => {
    assert.equal(readFacts("The Government of National Unity in Tripoli said talks would resume.").entity("Government of National Unity")?.kind, "Organization");
  });
});

describe("a name opening with a number word glued by a hyphen", () => {
  it("'the Six-Day War' and 'the Twelve-Day War' are whole events", () => {
    assert.equal(readFacts("Israel and Iran fought the Twelve-Day War in June.").entity("Twelve-Day War")?.kind, "Event");
    assert.equal(readFacts("The region changed after the Six-Day War of 1967.").entity("Day War"), undefined);
  });

  it("a number word glued to a lone word is no name's start", () => {
    assert.equal(readFacts("Voters backed the plan by Two-Thirds in the end.").entity("Two-Thirds"), undefined);
  });
});

describe("an act and its agent after 'by'", () => {
  it("condemning an act by X criticizes X", () => {
    hasFacts("Jordan condemned the overnight raid by Israel on the village.", "Jordan -CRITICIZED-> Israel");
    hasFacts("The EU denounced the seizure of the tanker by Iran.", "European Union -CRITICIZED-> Iran");
    hasFacts("UN Secretary-General Antonio Guterres spoke. The Secretary-General condemns the detention by the Houthis of UN staff.", "Antonio Guterres -CRITICIZED-> Houthis");
  });

  it("the agent after 'by' between an attack noun and its target attacks the target", () => {
    hasFacts("Egypt condemned the attack by Israel on Gaza.", "Israel -ATTACKED-> Gaza", "Egypt -CRITICIZED-> Israel");
    hasFacts("Strikes by the United States against Houthi sites continued.", "United States -ATTACKED-> Houthis");
  });

  it("condemning a decision or an act with no agent named criticizes no one", () => {
    assert.deepEqual(of("Britain condemned the decision by the court.", "CRITICIZED"), []);
    assert.deepEqual(of("Egypt condemned the attack on Gaza.", "CRITICIZED"), []);
  });
});

describe("a present verb the tagger read as a noun", () => {
  it("'X thanks Y' after a person's name, before a name or a determiner", () => {
    hasFacts("Antonio Guterres thanks Egypt and Qatar for their mediation.", "Antonio Guterres -PRAISED-> Egypt", "Antonio Guterres -PRAISED-> Qatar");
    hasFacts("UN Secretary-General Antonio Guterres spoke. The Secretary-General thanks the Government of Oman for its help.", "Antonio Guterres -PRAISED-> Oman");
  });

  it("a plural noun of thanks is no verb", () => {
    assert.deepEqual(of("Many thanks went to Qatar for its help.", "PRAISED"), []);
  });
});


describe("a country named by its last word", () => {
  it("'Korea' in an article naming South Korea alone is South Korea", () => {
    const f = readFacts("South Korea hosted the summit on Monday. Korea and Japan signed a trade agreement.");
    assert.equal(f.entity("Korea")?.label, "South Korea");
    hasFacts("South Korea hosted the summit on Monday. Korea and Japan signed a trade agreement.", "South Korea -SIGNED_AGREEMENT_WITH-> Japan");
  });

  it("beside both Koreas, or for a generic last word, nothing is resolved", () => {
    assert.notEqual(readFacts("North Korea fired a missile. South Korea protested. Korea was divided in 1945.").entity("Korea")?.label, "South Korea");
    assert.notEqual(readFacts("The Dominican Republic voted. Republic officials agreed.").entity("Republic")?.label, "Dominican Republic");
  });
});

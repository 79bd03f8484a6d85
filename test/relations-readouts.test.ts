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
});

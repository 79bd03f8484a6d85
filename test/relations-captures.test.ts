// Issue 10: what a capturing verb takes. A place is captured when it is the
// verb's object ("seized Kherson", "took control of X", "the town of X"), or
// after a preposition only when what was taken is ground ("seized territory
// in X"); a ship, a tanker or soldiers taken in a place do not capture it.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { hasFacts, lacksFacts, readFacts } from "./helpers/extract";

const captures = (text: string) => readFacts(text).list.filter((r) => r.includes("-CAPTURED->"));

describe("captures", () => {
  it("a vessel or people seized in a place capture nothing", () => {
    for (const text of [
      "Iran seized a tanker in the Strait of Hormuz on Thursday.",
      "Houthi fighters seized a cargo ship in the Red Sea last year.",
      "The rebels captured dozens of soldiers in Goma.",
    ])
      assert.deepEqual(captures(text), [], text);
  });

  it("ground taken in a place, or a place as the object, is captured", () => {
    hasFacts("Russian troops captured territory in the Kharkiv region.", "Russian armed forces -CAPTURED-> Kharkiv");
    hasFacts("Russian forces seized the town of Siversk.", "Russian armed forces -CAPTURED-> Siversk");
    hasFacts("Israeli troops seized control of the Rafah crossing.", "Israel Defense Forces -CAPTURED-> Rafah crossing");
  });

  it("in one sentence, the ship is no capture and the town is", () => {
    lacksFacts("Iran seized a tanker in the Strait of Hormuz, and Russia captured the town of Kupiansk.", "Russia -CAPTURED-> Kupiansk", "Iran -CAPTURED-> Strait of Hormuz");
  });
});

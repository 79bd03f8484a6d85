// Issue 10: "Britain and France restored UN sanctions on Iran". A body named
// before the sanctions is their source, and the subjects of an imposing verb
// (impose, restore, reinstate, renew …) put them into force: both sanction
// the target. A verb that only reports or backs them ("announced",
// "backed") makes its subject no sanctioner.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { hasFacts, readFacts } from "./helpers/extract";

const sanctions = (text: string) => readFacts(text).list.filter((r) => r.includes("-SANCTIONED->"));

describe("sanctions of a body put into force by states", () => {
  it("every coordinated subject of an imposing verb sanctions the target, beside the body", () => {
    hasFacts(
      "Italy, Spain and Poland reimposed EU sanctions on Belarus on Monday.",
      "Italy -SANCTIONED-> Belarus",
      "Spain -SANCTIONED-> Belarus",
      "Poland -SANCTIONED-> Belarus",
      "European Union -SANCTIONED-> Belarus",
    );
    hasFacts("Japan and Australia restored UN sanctions on North Korea.", "Japan -SANCTIONED-> North Korea", "Australia -SANCTIONED-> North Korea");
  });

  it("a verb that reports or backs the sanctions, or a possessive, names no other sanctioner", () => {
    for (const text of ["Germany announced the EU sanctions on Russia.", "Washington backed UN sanctions on Pyongyang.", "Canada renewed the EU's sanctions on Syria."]) {
      const found = sanctions(text);
      assert.ok(found.length > 0, `control: the body's sanctions are read in ${text}`);
      assert.ok(found.every((r) => /^(European Union|United Nations) /.test(r)), `${text}\n  ${found.join("\n  ")}`);
    }
  });
});

// Issue 10: a country before a private occupation says only the holder's
// nationality ("US actor X", "Russian analyst X"): no MEMBER_OF the country,
// which SCHEMA.md keeps for posts held in, or work for, the state. A post in
// the state ("US diplomat", "Israeli ambassador") and a club's or a body's
// player or analyst are still members.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { hasFacts, readFacts } from "./helpers/extract";

describe("a nationality is no membership", () => {
  it("a country before a private occupation gives no MEMBER_OF", () => {
    for (const text of [
      "US actor Ossie Davis was found dead in Miami.",
      "British singer Amy Winehouse died in London.",
      "Russian analyst Ivan Petrov said the strikes would go on.",
      "Chinese economist Li Wei expects growth to slow.",
    ]) {
      const list = readFacts(text).list;
      assert.deepEqual(list.filter((r) => r.includes("-MEMBER_OF->")), [], `${text}\n  ${list.join("\n  ")}`);
    }
  });

  it("a post in the state, and an occupation in a club or a body, still make a member", () => {
    hasFacts("US diplomat Jane Roe said the talks would resume.", "Jane Roe -MEMBER_OF-> United States");
    hasFacts("Israeli Ambassador Danny Danon spoke to the council.", "Danny Danon -MEMBER_OF-> Israel");
    hasFacts("Chelsea striker Didier Drogba scored twice.", "Didier Drogba -MEMBER_OF-> Chelsea");
  });
});

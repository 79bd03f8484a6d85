// Issue 10, splits: one real-world entity must be one node, within an article and across articles, and two
// entities must never become one. Each class has its positives and a negative control that must stay apart.
import { strict as assert } from "node:assert";
import { assembledNodes } from "./helpers/extract";

/** The node keys a build of these articles makes. */
const keysOf = (...texts: string[]) => assembledNodes(...texts).map((n) => n.key);

/** The node (label and aliases) whose label or aliases hold this name. */
const nodeNamed = (name: string, ...texts: string[]) => assembledNodes(...texts).filter((n) => n.label === name || n.aliases.includes(name));

describe("issue 10 splits: one entity, one node", () => {
  describe("dotted and undotted initials opening a name are one name", () => {
    it("U.S. Central Command and US Central Command, U.N. and UN bodies, across articles", () => {
      const keys = keysOf(
        "The U.S. Central Command said its forces struck a radar site in Yemen.",
        "US Central Command said two drones were shot down over the Red Sea.",
        "The U.N. Security Council met on Friday in New York.",
        "The UN Security Council will vote on the resolution next week.",
      );
      assert.equal(keys.filter((k) => /central-command/.test(k)).length, 1, keys.join(" "));
      assert.equal(keys.filter((k) => /security-council/.test(k)).length, 1, keys.join(" "));
    });
    it("control: dotted initials inside a person's name keep them apart from another person", () => {
      const keys = keysOf("George H.W. Bush met Mikhail Gorbachev in Malta.", "George W. Bush met Vladimir Putin in Slovenia.");
      assert.equal(keys.filter((k) => /bush/.test(k)).length, 2, keys.join(" "));
    });
  });
});

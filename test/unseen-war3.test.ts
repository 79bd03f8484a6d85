// Issue 10, a third generality probe on the Russia–Ukraine war and its diplomacy (2024–2026), read the way the
// unseen set is scored: whole articles written for the probe (wire, readout, explainer, live blog, analysis) with
// their own gold. Each class below was a miss there; the sentences are written for this file, none from any article.
import { strict as assert } from "node:assert";
import { hasFacts, lacksFacts, readFacts } from "./helpers/extract";

/** The kind of the entity the text names so. */
const kindOf = (text: string, name: string) => readFacts(text).entity(name)?.kind;

describe("issue 10 unseen news: Russia–Ukraine war and diplomacy, third probe", () => {
  describe("names with letters beyond Latin-1 stay whole (Lithuanian, Polish, Czech, Turkish spellings)", () => {
    it("a titled leader's name keeps its last syllables", () => {
      hasFacts("Lithuanian President Gitanas Nausėda said Moscow was rearming.", "Gitanas Nausėda -LEADER_OF-> Lithuania");
      hasFacts("Turkish President Recep Tayyip Erdoğan hosted the Ukrainian delegation.", "Recep Tayyip Erdoğan -LEADER_OF-> Turkey", "Recep Tayyip Erdoğan -HOSTED-> Ukraine");
    });
    it("a given name with a letter the tokenizer does not know is still a given name", () => {
      assert.equal(kindOf("Czech President Petr Pavel met Radosław Sikorski in Warsaw.", "Radosław Sikorski"), "Person");
      hasFacts("Czech President Petr Pavel met Radosław Sikorski in Warsaw.", "Petr Pavel -MET_WITH-> Radosław Sikorski");
    });
    it("a place with such letters is one place", () => assert.equal(kindOf("The delegations met at the Çırağan Palace on Friday.", "Çırağan Palace"), "Location"));
    it("the name is one node under either spelling", () => {
      const f = readFacts("Slovak Foreign Minister Juraj Blanár criticised Brussels, and Blanar later met Sybiha.");
      assert.equal(f.entity("Blanar")?.label, "Juraj Blanár");
    });
    it("control: plain Latin-1 accents were always whole", () => hasFacts("Spain's Prime Minister Pedro Sánchez met Zelensky.", "Pedro Sánchez -MET_WITH-> Zelensky"));
  });
});

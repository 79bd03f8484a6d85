// Issue 10, Middle East probe: classes found by reading the extractor's output on
// wire-style sentences about Israel, Gaza, Lebanon, Iran, Yemen and the Gulf
// mediators. Every sentence is written for this file; none comes from any article.
import { strict as assert } from "node:assert";
import { hasFacts, lacksFacts, readFacts } from "./helpers/extract";

function kindOf(text: string, name: string): string | undefined {
  return readFacts(text).entity(name)?.kind;
}

describe("issue 10 Middle East probe classes", () => {
  describe("a wire dateline's place and agency act in no clause", () => {
    it("the agency is not the subject of a verb whose own subject is unnamed", () =>
      lacksFacts("CAIRO, Jan 9 (Reuters) - Egyptian mediators met Hamas leaders in Cairo on Sunday, and Turkey praised Qatar.", "Turkey -PRAISED-> Qatar", "Reuters -MET_WITH-> Hamas"));
    it("nor the dateline's place", () =>
      lacksFacts("AMMAN, June 2 (AFP) - Officials met Hezbollah envoys on Monday, while Iran praised Hezbollah.", "Iran -PRAISED-> Hezbollah", "Agence France-Presse -MET_WITH-> Hezbollah", "Amman -MET_WITH-> Hezbollah", "Jordan -MET_WITH-> Hezbollah"));
    it("an agency dateline with no date: the agency still acts in no clause", () =>
      lacksFacts("SEOUL (AP) — Lawmakers met Kim Jong Un's envoy, and Japan condemned North Korea.", "Japan -CRITICIZED-> North Korea", "Associated Press -MET_WITH-> Kim Jong Un"));
    it("the subject named after the dateline still acts", () =>
      hasFacts("DOHA, March 4 (Reuters) - Qatar's emir met Turkish President Tayyip Erdogan on Monday.", "Tayyip Erdogan -LEADER_OF-> Turkey"));
    it("a capital in capitals before the agency's bracket is the place of the dateline", () =>
      assert.equal(kindOf("CAIRO (AP) — Hamas said it would send a delegation.", "Cairo"), "Location"));
  });

  describe("indirect and mediated talks are no meeting of the two sides", () => {
    it("A and B held indirect talks", () =>
      lacksFacts("Iran and the United States held indirect talks in Muscat, and Oman praised Iran.", "Oman -PRAISED-> Iran", "Iran -MET_WITH-> United States", "United States -MET_WITH-> Iran"));
    it("proximity talks between A and B", () =>
      lacksFacts("Proximity talks between Israel and Hamas resumed in Doha, and Egypt thanked Qatar.", "Egypt -PRAISED-> Qatar", "Israel -MET_WITH-> Hamas"));
    it("a mediator's talks between A and B (verb or participle)", () => {
      lacksFacts("Qatar mediated talks between Israel and Hamas, and Egypt thanked Qatar.", "Egypt -PRAISED-> Qatar", "Israel -MET_WITH-> Hamas");
      lacksFacts("Oman brokered talks between Saudi Arabia and the Houthis, and Iran praised Oman.", "Iran -PRAISED-> Oman", "Saudi Arabia -MET_WITH-> Houthis");
    });
    it("control: direct talks are a meeting", () => hasFacts("Iran and the United States held direct talks in Muscat.", "United States -MET_WITH-> Iran"));
    it("control: talks between A and B with no mediator are a meeting", () => hasFacts("Talks between Saudi Arabia and Iran took place in Beijing.", "Saudi Arabia -MET_WITH-> Iran"));
    it("control: a brokered meeting still brings the two together", () => hasFacts("Oman brokered a meeting between Iran and Saudi Arabia.", "Iran -MET_WITH-> Saudi Arabia"));
    it("', with X carrying messages' names no partner of the talks", () =>
      lacksFacts("Iran and the United States held talks in Oman on Saturday, with Badr Albusaidi carrying messages between the delegations.", "United States -MET_WITH-> Iran", "Iran -MET_WITH-> Badr Albusaidi", "United States -MET_WITH-> Badr Albusaidi"));
  });
});

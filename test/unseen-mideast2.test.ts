// Issue 10, second Middle East probe (2025–2026 news: ceasefire phases, strikes on Iran, Syria's
// transition, Lebanon, the Houthis, Gulf diplomacy): classes found by reading the extractor's output
// on wire leads, headlines, captions and readouts. Every sentence is written for this file.
import { strict as assert } from "node:assert";
import { hasFacts, lacksFacts, readFacts } from "./helpers/extract";

function kindOf(text: string, name: string): string | undefined {
  return readFacts(text).entity(name)?.kind;
}

describe("issue 10 second Middle East probe classes", () => {
  describe("an object written 'Owner's title Name' is the holder, not the owner", () => {
    it("met Oman's foreign minister X", () =>
      lacksFacts("Iran's top diplomat met Oman's foreign minister Salim Harthi in Muscat.", "Salim Harthi -MEMBER_OF-> Oman"));
    it("the verb's object is the holder", () => {
      lacksFacts("Turkish envoy Emre Kaya met Qatar's prime minister Faisal Thani on Monday.", "Emre Kaya -MET_WITH-> Faisal Thani", "Emre Kaya -MET_WITH-> Qatar");
      lacksFacts("Israel Katz threatened Hezbollah's leader Naim Qassem.", "Israel Katz -THREATENED-> Naim Qassem", "Israel Katz -THREATENED-> Hezbollah");
    });
    it("after a frame's preposition too", () =>
      lacksFacts("Korean envoy Park Min-soo held talks with Japan's foreign minister Kenji Sato.", "Park Min-soo -MET_WITH-> Kenji Sato", "Park Min-soo -MET_WITH-> Japan"));
    it("control: a possessor with nothing of its own after it is the object", () =>
      hasFacts("Egyptian President Abdel Fattah al-Sisi met Jordan's delegation in Cairo and praised Jordan.", "Abdel Fattah al-Sisi -PRAISED-> Jordan"));
    it("control: an owned place is still the target", () => hasFacts("Israel struck Lebanon's Bekaa Valley on Sunday.", "Israel -ATTACKED-> Bekaa Valley"));
  });

  describe("an act only threatened is no fact", () => {
    it("'threatened to attack X' threatens X and attacks no one", () => {
      lacksFacts("Iran threatened to attack Israel on Sunday.", "Iran -THREATENED-> Israel", "Iran -ATTACKED-> Israel");
      lacksFacts("The Houthis threatened to strike Saudi Arabia.", "Houthis -THREATENED-> Saudi Arabia", "Houthis -ATTACKED-> Saudi Arabia");
    });
    it("nor with a projectile phrase after it", () =>
      lacksFacts("Hezbollah threatened to fire rockets at Israel, and Iran praised Hezbollah.", "Iran -PRAISED-> Hezbollah", "Hezbollah -ATTACKED-> Israel"));
    it("control: a second verb joined by 'and' is the subject's own act", () =>
      hasFacts("North Korea threatened to attack Japan and praised Russia.", "North Korea -PRAISED-> Russia"));
    it("control: a threat then a done attack", () => hasFacts("Israel threatened Hezbollah and struck Lebanon.", "Israel -ATTACKED-> Lebanon"));
  });
});

// Issue 10, third Middle East probe (2024–2026: Gaza truce phases, Lebanon, strikes on Iran, the Red Sea,
// Syria's transition), measured on whole articles of several outlets' page shapes. Every sentence and
// page here is written for this file.
import { strict as assert } from "node:assert";
import { cleanDocument } from "../src/clean";

const clean = (text: string) => cleanDocument({ id: "t", path: "t.txt", format: "text", text }).text;

describe("issue 10 third Middle East probe classes", () => {
  describe("a 'Related' teaser block between a broadcaster's paragraphs", () => {
    const before = "Jordan reopened the Allenby crossing on Monday after a week of closure, the Jordanian interior ministry said in a statement.";
    const after1 = "Interior Minister Mazen al-Faraya said trucks carrying flour and medicine would cross first, followed by travellers from the West Bank.";
    const after2 = "The crossing is the only route abroad for most Palestinians in the West Bank, and its closure had stranded thousands of people.";
    it("goes, and the story after it is kept", () => {
      const text = clean(`${before}\n\nRelated\nWhy the Allenby crossing matters to Amman\nExplainer: Who runs the bridge?\n\n${after1}\n\n${after2}`);
      assert.ok(text.includes(after1) && text.includes(after2), text);
      assert.ok(!text.includes("Who runs the bridge"), text);
    });
    it("also as 'Read more:'", () => {
      const text = clean(`${before}\n\nRead more:\nSeoul and Tokyo trade envoys meet in Busan\n\n${after1}\n\n${after2}`);
      assert.ok(text.includes(after2) && !text.includes("Busan"), text);
    });
    it("control: a 'Related' list at the page's end still ends the story", () => {
      const teaser = "Egypt and Qatar said on Sunday that a new round of talks on the truce would open in Cairo later this month.";
      const text = clean(`${before}\n\n${after1}\n\nRelated\nTruce talks to resume in Cairo\n\n${teaser}`);
      assert.ok(text.includes(after1) && !text.includes(teaser), text);
    });
    it("control: a wire sign-off never resumes the story", () => {
      const text = clean(`${before}\n\nReporting by Dana Halabi; Editing by Mark Ovid\n\n${after1}\n\n${after2}`);
      assert.ok(text.includes(before) && !text.includes(after1), text);
    });
  });
});

// Text shape: hard-wrapped plain text is reflowed into paragraphs, and a short
// article (one sentence, a short JSON text) is still an article.
import { strict as assert } from "node:assert";
import { cleanDocument } from "../src/clean";
import { reflowWrapped, wrapWidth } from "../src/clean/reflow";
import type { RawDoc } from "../src/ingest";

const clean = (text: string, format: RawDoc["format"] = "text", title?: string) => cleanDocument({ id: "t", path: "t.txt", format, text, title });

/** Wraps prose at a column, as a mail client or a press office would. */
function hardWrap(paragraphs: string[], width: number): string {
  const wrap = (p: string) => {
    const lines: string[] = [];
    let line = "";
    for (const word of p.split(" ")) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line].join("\n");
  };
  return paragraphs.map(wrap).join("\n\n");
}

const RELEASE = [
  "The foreign ministers of Chile and Norway met in Oslo on Monday to discuss fisheries, shipping lanes in the Arctic and a joint research programme on ocean warming that both governments fund.",
  "Minister Alvarez said that Chile would send a delegation of marine scientists to Tromsø next spring, and that the two countries would sign a memorandum on port inspections before the end of the year.",
  "The ministers also condemned the seizure of a Norwegian research vessel by an armed group off the coast of West Africa and called for the release of its crew.",
];

describe("clean: text shape", () => {
  describe("hard-wrapped text", () => {
    const wrapped = hardWrap(RELEASE, 70);
    it("finds the wrap column of text wrapped at 70", () => {
      const width = wrapWidth(wrapped.split("\n"));
      assert.ok(width !== undefined && width >= 62 && width <= 70, String(width));
    });
    it("joins each wrapped paragraph back into one line, words intact", () => {
      assert.deepEqual(reflowWrapped(wrapped).split("\n").filter(Boolean), RELEASE);
    });
    it("keeps a press release wrapped at 72 with a title and a date line, paragraph by paragraph", () => {
      const c = clean(`Readout of the Meeting Between the Foreign Ministers of Chile and Norway\n2025-03-10\n\n${hardWrap(RELEASE, 72)}\n\n###\n`);
      assert.equal(c.title, "Readout of the Meeting Between the Foreign Ministers of Chile and Norway");
      assert.equal(c.date, "2025-03-10");
      assert.deepEqual(c.text.split("\n\n"), RELEASE);
    });
    it("keeps a statement's lead-in ending with a colon as the story's opening, not as page header", () => {
      const c = clean(`SG/SM/11111\n3 March 2025\n\nSecretary-General Welcomes Talks Between Chile and Norway\n\nThe following statement was issued today by the Spokesperson for UN Secretary-General António Guterres:\n\n${RELEASE.join("\n\n")}\n`);
      assert.equal(c.text.split("\n\n")[0], "The following statement was issued today by the Spokesperson for UN Secretary-General António Guterres:");
      assert.deepEqual(c.text.split("\n\n").slice(1), RELEASE);
      // A short label with a colon before the story stays out (control).
      const labelled = clean(`World news\n\nRead the full story:\n\n${RELEASE.join("\n\n")}\n`);
      assert.deepEqual(labelled.text.split("\n\n"), RELEASE);
    });
    it("joins a word hyphenated at the margin without a space", () => {
      const text = [
        "The delegation will visit the research station at Ny-Alesund and the",
        "fisheries institute in the north of the country, which has a well-",
        "known collection of Arctic samples, and will then return home by ship",
        "through the fjords on the western coast before flying back to Chile.",
      ].join("\n");
      assert.match(reflowWrapped(text), /has a well-known collection of Arctic samples, and will then return home/);
      assert.equal(reflowWrapped(text).split("\n").length, 1);
    });
    it("leaves text with one paragraph per line as it is", () => {
      const unwrapped = RELEASE.join("\n\n");
      assert.equal(wrapWidth(unwrapped.split("\n")), undefined);
      assert.equal(reflowWrapped(unwrapped), unwrapped);
    });
    it("never joins a menu of short lines into a paragraph", () => {
      const page = `Home\nWorld\nPolitics\nBusiness\nSport\n\n${RELEASE.join("\n\n")}`;
      assert.equal(reflowWrapped(page), page);
    });
    it("keeps bullet items of wrapped text on their own lines", () => {
      const text = `${hardWrap([RELEASE[0]], 70)}\n- a delegation of marine scientists to Tromso next spring\n- a memorandum on port inspections before the end of the year`;
      const lines = reflowWrapped(text).split("\n");
      assert.equal(lines[0], RELEASE[0]);
      assert.equal(lines[1], "- a delegation of marine scientists to Tromso next spring");
    });
  });

  describe("short articles", () => {
    it("keeps a one-sentence text article", () => {
      assert.equal(clean("Chile and Norway signed a fisheries agreement in Oslo.").text, "Chile and Norway signed a fisheries agreement in Oslo.");
    });
    it("keeps a headline and one sentence: the headline as title, the sentence as text", () => {
      const c = clean("Chile And Norway Sign Fisheries Pact\n\nChile and Norway signed a fisheries agreement in Oslo on Monday.");
      assert.equal(c.title, "Chile And Norway Sign Fisheries Pact");
      assert.equal(c.text, "Chile and Norway signed a fisheries agreement in Oslo on Monday.");
    });
    it("keeps a press release whose every line is short", () => {
      const c = clean("Oslo, 10 March.\n\nThe ministers met in Oslo.\nThey agreed on port inspections.\nA delegation will visit Chile.\n");
      assert.match(c.text, /The ministers met in Oslo\./);
      assert.match(c.text, /A delegation will visit Chile\./);
    });
    it("keeps a wrapped text too short to show its wrap column whole", () => {
      const c = clean("The foreign ministers of Chile and Norway met in Oslo on Monday and\nsigned an agreement on fisheries research with the University of\nConcepción.");
      assert.equal(c.text, "The foreign ministers of Chile and Norway met in Oslo on Monday and signed an agreement on fisheries research with the University of Concepción.");
    });
    it("keeps a short JSON text, even without a full stop", () => {
      assert.equal(clean("Norway recalls its envoy from Chile", "json", "Envoy recalled").text, "Norway recalls its envoy from Chile");
    });
    it("still finds nothing in a page of menus and a title-case headline list", () => {
      assert.equal(clean("Home\nWorld\nSign In\nLeaders Agree To Meet Next Week\nMinisters Hold Talks In Oslo").text, "");
    });
    it("keeps short paragraphs written one a line with no blank line between (plain text exports)", () => {
      const story = [
        "Chile and Norway signed a fisheries agreement in Oslo on Monday, the two foreign ministries said in a joint statement after the talks.",
        "The deal covers research vessels and shared catch data.",
        "Norway's coast guard will patrol the area from next spring.",
        "Chile's navy said it welcomed the plan and would send observers.",
        "Both sides said the talks would resume in Santiago in June, with a second round on fishing quotas expected before the end of the year.",
      ];
      assert.equal(clean(["Home", "World", ...story, "Sign In"].join("\n")).text, story.join("\n\n"));
    });
    it("control: a run of short lines that are no sentences is still a list", () => {
      const c = clean(["Chile and Norway signed a fisheries agreement in Oslo on Monday, the two foreign ministries said in a joint statement after the talks.", "Norway recalls envoy over fishing row", "Chile names new navy chief", "Oslo talks to resume in June", "Both sides said the talks would resume in Santiago in June, with a second round on fishing quotas expected before the end of the year."].join("\n"));
      assert.ok(!c.text.includes("recalls envoy") && !c.text.includes("navy chief") && c.text.includes("fisheries agreement"), c.text);
    });
    it("keeps the short article's sentences but not its furniture", () => {
      const c = clean("Home\nShare\nNorway recalled its envoy from Chile on Monday.\n© 2025 Fjord Media Ltd.");
      assert.equal(c.text, "Norway recalled its envoy from Chile on Monday.");
    });
  });
});

// Issue 10, a third generality probe on China, Taiwan, the Koreas and Japan (2024–2026): classes found by scoring
// whole articles of our own (a Yonhap page, a Reuters wire, a hard-wrapped foreign-ministry readout, a think-tank
// "takeaways" piece, a live blog) against our own gold. Every sentence is written for this file; none comes from
// any article.
import { strict as assert } from "node:assert";
import { reflowWrapped } from "../src/clean/reflow";
import { hasFacts, lacksFacts, readFacts } from "./helpers/extract";

/** The kind of the entity the text names so. */
const kindOf = (text: string, name: string) => readFacts(text).entity(name)?.kind;

/** The entity labels a text gives. */
const labels = (text: string) => readFacts(text).entities.map((e) => e.label);

describe("unseen, Asia 3: text shape of a hard-wrapped readout", () => {
  const wrap = (lines: string[]) => `Minister Meets Visiting Counterpart\n\n${lines.join("\n")}\n`;
  const PROSE = [
    "On March 4, 2025, Member of the Political Bureau of the CPC Central",
    "Committee and Foreign Minister Wang Yi held talks with the visiting",
    "foreign minister of Vietnam in Beijing, and the two sides agreed to",
    "expand trade in farm goods and to open a new rail crossing next year.",
  ];
  it("a first line full of titles, broken by the wrap, runs on into its sentence", () => {
    const out = reflowWrapped(wrap(PROSE)).split("\n");
    assert.ok(out.some((l) => l.startsWith("On March 4, 2025, Member of the Political Bureau of the CPC Central Committee and Foreign Minister")), out.join("\n"));
  });
  it("a long title broken by the wrap is joined into one title", () => {
    const text = `Wang Yi Holds Talks with Foreign Minister of the Republic of Indonesia\nSugiono\n\n${PROSE.join("\n")}\n`;
    assert.equal(reflowWrapped(text).split("\n")[0], "Wang Yi Holds Talks with Foreign Minister of the Republic of Indonesia Sugiono");
  });
  it("control: a short title over the first paragraph stays a line of its own", () => {
    assert.equal(reflowWrapped(wrap(PROSE)).split("\n")[0], "Minister Meets Visiting Counterpart");
  });
  it("control: a full-width title over a date line stays a line of its own", () => {
    const text = `Readout of the Meeting Between the Foreign Ministers of Japan and Vietnam\n2025-03-10\n\n${PROSE.join("\n")}\n`;
    assert.equal(reflowWrapped(text).split("\n")[0], "Readout of the Meeting Between the Foreign Ministers of Japan and Vietnam");
  });
});

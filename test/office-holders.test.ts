// Issue 10: holders of national office since 2014 (lexicons/office-holders.json),
// whom the Phoenix persons (as of 2014) lack. Their names are persons with no
// other cue ("Trump envoy X"); a country's possessive before a head of state
// or government in office leads it ("Germany's Friedrich Merz"), before a
// minister serves it; "President X" with no country leads the country the
// article names. The file is checked when loaded.
// Sentences written for these tests (none from any article).
import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inOffice, loadOfficeHolders } from "../src/gazetteer/office-holders";
import { hasFacts, readFacts } from "./helpers/extract";

const withFile = (holders: unknown[], check: (path: string) => void) => {
  const dir = mkdtempSync(join(tmpdir(), "office-holders-"));
  try {
    const path = join(dir, "office-holders.json");
    writeFileSync(path, JSON.stringify({ holders }));
    check(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
const term = { name: "Jane Roe", country: "France", leads: true, title: "President", from: "2020-01-01" };

describe("office holders", () => {
  it("loads the shipped file, each term with its country, dates and aliases", () => {
    const holders = loadOfficeHolders();
    const zelensky = holders.find((h) => h.name === "Volodymyr Zelensky");
    assert.ok(zelensky && zelensky.leads && zelensky.country === "Ukraine" && zelensky.aliases.includes("Zelenskyy"));
    assert.ok(holders.every((h) => !h.to || h.from <= h.to));
  });

  it("names the file, the entry and the fix for a bad country, date or flag", () => {
    for (const [bad, problem] of [
      [{ ...term, country: "Atlantis" }, /country/],
      [{ ...term, from: "2020-13" }, /ISO date/],
      [{ ...term, to: "2019-01-01" }, /before the term begins/],
      [{ ...term, leads: "yes" }, /leads/],
    ] as const)
      withFile([bad], (path) => assert.throws(() => loadOfficeHolders(path), (e: Error) => e.message.includes("office-holders.json") && problem.test(e.message) && e.message.includes("Jane Roe")));
  });

  it("a term is current with no date, and spans its dates", () => {
    assert.ok(inOffice({ from: "2020-01-01" }, undefined));
    assert.ok(!inOffice({ from: "2020-01-01", to: "2022-01-01" }, undefined));
    assert.ok(inOffice({ from: "2020-01-01", to: "2022-01-01" }, "2021-05-01"));
    assert.ok(!inOffice({ from: "2020-01-01" }, "2019-05-01"));
  });

  it("a holder's name is a person with no other cue", () => {
    assert.equal(readFacts("Trump envoys flew to Moscow on Monday.").entity("Trump")?.kind, "Person");
    assert.equal(readFacts("Takaichi said the plan would go ahead.").entity("Takaichi")?.kind, "Person");
  });

  it("a country's possessive before a holder in office: its leader or its member", () => {
    hasFacts("Poland's Donald Tusk and Italy's Giorgia Meloni spoke by phone.", "Donald Tusk -LEADER_OF-> Poland", "Giorgia Meloni -LEADER_OF-> Italy");
    hasFacts("Turkey's Hakan Fidan met Syria's Asaad al-Shaibani.", "Hakan Fidan -MEMBER_OF-> Turkey", "Asaad al-Shaibani -MEMBER_OF-> Syria");
  });

  it("a possessive before anyone else, or a term over, says nothing more", () => {
    const sport = readFacts("France's Kylian Mbappe scored twice.");
    assert.ok(sport.entity("Kylian Mbappe"), "control: the player is found");
    assert.deepEqual(sport.list, []);
    assert.deepEqual(readFacts("Canada's Justin Trudeau spoke in Ottawa.").list.filter((r) => r.includes("LEADER_OF")), []);
  });

  it("an aide to the president leads nothing, though a holder of the president's country", () => {
    const f = readFacts("Russia sent a delegation. Aide to the President Yury Ushakov took part in the talks.");
    assert.ok(f.entity("Yury Ushakov"), "control: the aide is found");
    assert.deepEqual(f.list.filter((r) => r.includes("LEADER_OF")), []);
  });

  it("'President X' with no country leads the one the article names", () => {
    hasFacts("South Korea hosted the summit. President Lee Jae-myung met Xi Jinping in Gyeongju.", "Lee Jae-myung -LEADER_OF-> South Korea");
    hasFacts("Tokyo raised its defence budget. Prime Minister Shigeru Ishiba said the rise was needed.", "Shigeru Ishiba -LEADER_OF-> Japan");
  });
});

// Whole articles written for these tests (not the samples), raw with their page furniture:
// the facts a reader takes from them, and nothing from the menus and footers.
import { strict as assert } from "node:assert";
import { extractDocument, type DocExtraction } from "../src/extract";
import { readInputFile } from "../src/ingest";


/** A fixture article read as the build reads it (any format), with its facts as strings. */
function read(file: string): DocExtraction & { facts: string[]; labels: string[] } {
  const x = extractDocument(readInputFile(`test/fixtures/articles/${file}`).docs[0]);
  const l = (i: number) => x.entities[i].label;
  return { ...x, facts: x.relations.map((r) => `${l(r.source)} -${r.relation}-> ${l(r.target)}`), labels: x.entities.map((e) => e.label) };
}

function hasFacts(a: { facts: string[] }, expected: string[]) {
  for (const f of expected) assert.ok(a.facts.includes(f), `missing ${f}; got:\n${a.facts.join("\n")}`);
}

describe("articles end to end", () => {
  describe("a summit report with menus, byline and footer", () => {
    const a = read("vostochny-summit.txt");
    it("title, date and the story only", () => {
      assert.equal(a.article.title, "Putin hails Kim as 'dear friend' during Vostochny visit");
      assert.equal(a.article.date, "2023-09-14");
      for (const gone of ["Xi Jinping", "Bakhmut", "World Daily Media", "Staff Reporter"]) assert.ok(!a.text.includes(gone), gone);
    });
    it("the facts", () => {
      hasFacts(a, [
        "Vladimir Putin -HOSTED-> Kim Jong-un",
        "Vladimir Putin -LEADER_OF-> Russia",
        "Kim Jong-un -LEADER_OF-> North Korea",
        "Kim Jong-un -VISITED-> Russia",
        "Kim Jong-un -PRAISED-> Russia",
        "Kim Jong-un -SUPPORTED-> Russia",
        "Russia -SUPPORTED-> North Korea",
        "Antony Blinken -MEMBER_OF-> United States",
        "South Korea -CRITICIZED-> North Korea",
        "North Korea -SUPPLIED_WEAPONS_TO-> Russia",
        "Fumio Kishida -LEADER_OF-> Japan",
      ]);
    });
    it("kinds of names no list holds", () => {
      const kind = (l: string) => a.entities.find((e) => e.label === l)?.kind;
      assert.equal(kind("Vostochny Cosmodrome"), "Location");
      assert.equal(kind("Su-35"), "Weapon");
      assert.equal(kind("Choe Son Hui"), "Person");
    });
    it("capitals acting are their governments: no Moscow or Seoul place nodes", () => {
      assert.ok(!a.labels.includes("Moscow") && !a.labels.includes("Seoul"), a.labels.join(", "));
    });
  });
  describe("a wire story with a dateline and a credit line", () => {
    const a = read("wire-kursk-deployment.txt");
    it("the agency from the dateline; no credits as entities", () => {
      assert.equal(a.article.source, "Reuters");
      for (const gone of ["Tom Balmforth", "Frances Kerry", "Nov"]) assert.ok(!a.labels.includes(gone), gone);
    });
    it("the facts", () => {
      hasFacts(a, [
        "Korean People's Army -SENT_TROOPS_TO-> Kursk",
        "Kursk -LOCATED_IN-> Russia",
        "Mark Rutte -LEADER_OF-> NATO",
        "Lin Jian -MEMBER_OF-> Chinese Foreign Ministry",
        "Lloyd Austin -MEMBER_OF-> United States",
        "Russian armed forces -CAPTURED-> Novohrodivka",
        "Russia -ATTACKED-> Donetsk",
        "Volodymyr Zelenskiy -CRITICIZED-> Russia",
      ]);
    });
  });
});

describe("an HTML page end to end", () => {
  const x = read("eu-sanctions.html");
  it("title, date and site from the page; menus, byline and related links gone", () => {
    assert.equal(x.article.title, "EU adopts new sanctions on Russian shadow fleet");
    assert.equal(x.article.date, "2025-05-20");
    assert.equal(x.article.source, "Europe Today");
    for (const gone of ["Home", "Anna Schmidt", "Erdogan", "All rights reserved"]) assert.ok(!x.text.includes(gone), gone);
  });
  it("a dateline capital is a place, not the country acting", () => {
    assert.equal(x.entities.find((e) => e.label === "Brussels")?.kind, "Location");
    assert.ok(!x.entities.some((e) => e.label === "Belgium"));
  });
  it("the facts", () => {
    hasFacts(x, [
      "European Union -SANCTIONED-> Russia",
      "European Union -SANCTIONED-> Surgutneftegas",
      "Kaja Kallas -MEMBER_OF-> European Union",
      "Keir Starmer -LEADER_OF-> United Kingdom",
      "Maria Zakharova -MEMBER_OF-> Russian Foreign Ministry",
      "Friedrich Merz -VISITED-> Ukraine",
      "Germany -SUPPLIED_WEAPONS_TO-> Ukraine",
    ]);
  });
  it("an unknown name takes its kind from its apposition", () => assert.equal(x.entities.find((e) => e.label === "Surgutneftegas")?.kind, "Company"));
});

describe("a wire story with a 'More from' block and share widgets", () => {
  const x = read("yonhap-deployment.txt");
  const list = x.facts;
  it("title, date, agency; the teasers are gone", () => {
    assert.equal(x.article.title, "Seoul says North Korea sent more troops to Russia");
    assert.equal(x.article.date, "2025-01-12");
    assert.equal(x.article.source, "Yonhap");
    assert.ok(!x.text.includes("ceasefire deal") && !x.text.includes("WhatsApp"));
  });
  it("the facts, and no relation to a force where a place was meant", () => {
    hasFacts(x, [
      "North Korea -SENT_TROOPS_TO-> Russia",
      "Korean People's Army -SENT_TROOPS_TO-> Kursk",
      "Takeshi Iwaya -MEMBER_OF-> Japan",
      "Cho Tae-yul -MEMBER_OF-> South Korea",
      "North Korean Foreign Ministry -CRITICIZED-> United States",
      "Kim Jong Un -SIGNED_AGREEMENT_WITH-> Vladimir Putin",
    ]);
    assert.ok(list.includes("Cho Tae-yul -MET_WITH-> Takeshi Iwaya") || list.includes("Takeshi Iwaya -MET_WITH-> Cho Tae-yul"), list.join("\n"));
    assert.ok(!list.includes("Korean People's Army -SENT_TROOPS_TO-> Russian armed forces"));
    assert.ok(!x.entities.some((e) => e.label.startsWith("X")), "a one-letter name is no entity");
  });
});

// Whole articles written for these tests (not the samples), raw with their page furniture:
// the facts a reader takes from them, not the wrong ones a careless reading would, and
// nothing from the menus and footers. Articles are read in before(), not while mocha loads.
import { strict as assert } from "node:assert";
import { extractDocument, type DocExtraction } from "../src/extract";
import { readInputFile } from "../src/ingest";

type Read = DocExtraction & { facts: string[]; labels: string[] };

/** A fixture article read as the build reads it (any format), with its facts as strings. */
function read(file: string): Read {
  const x = extractDocument(readInputFile(`test/fixtures/articles/${file}`).docs[0]);
  const l = (i: number) => x.entities[i].label;
  return { ...x, facts: x.relations.map((r) => `${l(r.source)} -${r.relation}-> ${l(r.target)}`), labels: x.entities.map((e) => e.label) };
}

function hasFacts(a: { facts: string[] }, expected: string[]) {
  for (const f of expected) assert.ok(a.facts.includes(f), `missing ${f}; got:\n${a.facts.join("\n")}`);
}

/** Wrong facts: reversed, from a hypothetical, or a post read as leading. Each test also checks facts that must be there. */
function lacksFacts(a: { facts: string[] }, wrong: string[]) {
  for (const f of wrong) assert.ok(!a.facts.includes(f), `wrong fact ${f}; got:\n${a.facts.join("\n")}`);
}

describe("articles end to end", () => {
  describe("a summit report with menus, byline and footer", () => {
    let a: Read;
    before(() => (a = read("vostochny-summit.txt")));
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
      lacksFacts(a, [
        "Kim Jong-un -HOSTED-> Vladimir Putin",
        "Russia -SUPPLIED_WEAPONS_TO-> North Korea",
        "Antony Blinken -SUPPLIED_WEAPONS_TO-> Russia",
        "United States -SANCTIONED-> North Korea",
        "Russia -SIGNED_AGREEMENT_WITH-> North Korea",
        "Choe Son Hui -LEADER_OF-> North Korea",
        "Kim Jong-un -LEADER_OF-> Russia",
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
    let a: Read;
    before(() => (a = read("wire-kursk-deployment.txt")));
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
      lacksFacts(a, [
        "Ukrainian armed forces -CAPTURED-> Novohrodivka",
        "Ukraine -CAPTURED-> Novohrodivka",
        "Mark Rutte -SENT_TROOPS_TO-> Kursk",
        "Lin Jian -LEADER_OF-> Chinese Foreign Ministry",
        "Lloyd Austin -LEADER_OF-> United States",
        "Germany -SANCTIONED-> North Korea",
      ]);
    });
  });
});

describe("an HTML page end to end", () => {
  let x: Read;
  before(() => (x = read("eu-sanctions.html")));
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
    lacksFacts(x, [
      "Russia -SANCTIONED-> European Union",
      "Kaja Kallas -LEADER_OF-> European Union",
      "Ukraine -SUPPLIED_WEAPONS_TO-> Germany",
      "Friedrich Merz -VISITED-> Germany",
      "Russia -SIGNED_AGREEMENT_WITH-> Ukraine",
    ]);
  });
  it("an unknown name takes its kind from its apposition", () => assert.equal(x.entities.find((e) => e.label === "Surgutneftegas")?.kind, "Company"));
});

describe("a wire story with a 'More from' block and share widgets", () => {
  let x: Read;
  before(() => (x = read("yonhap-deployment.txt")));
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
    const list = x.facts;
    assert.ok(list.includes("Cho Tae-yul -MET_WITH-> Takeshi Iwaya") || list.includes("Takeshi Iwaya -MET_WITH-> Cho Tae-yul"), list.join("\n"));
    lacksFacts(x, [
      "Korean People's Army -SENT_TROOPS_TO-> Russian armed forces",
      "Japan -SIGNED_AGREEMENT_WITH-> South Korea",
      "United States -SUPPLIED_WEAPONS_TO-> North Korea",
      "Takeshi Iwaya -LEADER_OF-> Japan",
      "Ukraine -SENT_TROOPS_TO-> Russia",
    ]);
    assert.deepEqual(list.filter((f) => f.includes("-CAPTURED->")), [], "capturing soldiers is not capturing a place");
    assert.ok(!x.entities.some((e) => e.label.startsWith("X")), "a one-letter name is no entity");
  });
});

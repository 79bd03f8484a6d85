// The generators of the gazetteer lexicons, on input written here, and the committed files against a fresh run.
import { strict as assert } from "node:assert";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { divisionEntry, splitType, type AdminExtra } from "../src/lexicon-gen/admin-divisions";
import { agentEntries, organizationEntries, parseActors, personEntries, phoenixDate, phoenixName } from "../src/lexicon-gen/phoenix";
import { makeGazetteerLexicons } from "../src/lexicon-gen/make";

const noExtra: AdminExtra = { replace: {}, defaultTypes: {}, names: {}, aliases: {}, notAlone: [] };

describe("generating administrative divisions", () => {
  it("a type word is split off a name, before or after it, and Korean suffixes read as provinces", () => {
    assert.deepEqual(splitType("Kursk Oblast"), { base: "Kursk", type: "oblast" });
    assert.deepEqual(splitType("Republic of Adygea"), { base: "Adygea", type: "republic" });
    assert.deepEqual(splitType("Gyeonggi-do"), { base: "Gyeonggi", type: "province" });
    assert.deepEqual(splitType("Texas"), { base: "Texas" });
    assert.deepEqual(splitType("Oblast"), { base: "Oblast" });
  });
  it("an oblast gets the name with its type and the variants news uses", () => {
    const e = divisionEntry({ code: "RU-KRS", country: "Russia", names: ["Kursk Oblast"], english: "Kursk" }, noExtra);
    assert.equal(e.name, "Kursk Oblast");
    assert.equal(e.type, "oblast");
    assert.deepEqual(e.aliases.sort(), ["Kursk", "Kursk province", "Kursk region"]);
  });
  it("a hand-written English name replaces a local form, whose variants are not built", () => {
    const e = divisionEntry({ code: "UA-63", country: "Ukraine", names: ["Kharkivska oblast"], english: "Kharkivshchyna" }, { ...noExtra, names: { "UA-63": "Kharkiv Oblast" } });
    assert.equal(e.name, "Kharkiv Oblast");
    assert.ok(e.aliases.includes("Kharkiv region"));
    assert.ok(e.aliases.includes("Kharkivska oblast"), "the source's own name stays an alias");
    assert.ok(!e.aliases.includes("Kharkivska region") && !e.aliases.includes("Kharkivshchyna region"));
  });
  it("a name that means nothing alone is named with its type and not kept bare", () => {
    const e = divisionEntry({ code: "NG-DE", country: "Nigeria", names: ["Delta"], english: "Delta" }, { ...noExtra, defaultTypes: { NG: "state" }, notAlone: ["Delta"] });
    assert.equal(e.name, "Delta State");
    assert.ok(!e.aliases.includes("Delta"));
  });
});

const ACTORS = `# a comment
RUSSIA_  [RUS]
+MOSCOW_

IVAN_PETROV_  # CountryInfo.txt
+PRESIDENT_IVAN_PETROV_
+VANYA_PETROV_
\t[RUSGOV 000507-080507]
\t[RUSELI >120507]
JOHN_DOE_  # CountryInfo.txt
\t[XXXGOV 990101-000101]
IVAN_PETROV_  # CountryInfo.txt
\t[RUSMIL 950101-960101]
`;

describe("generating from the Phoenix dictionaries", () => {
  it("names are title-cased and dates read, two-digit years before 30 in this century", () => {
    assert.equal(phoenixName("MOHAMMAD_AL-ASSAD_"), "Mohammad Al-Assad");
    assert.equal(phoenixDate("000507"), "2000-05-07");
    assert.equal(phoenixDate("950101"), "1995-01-01");
    assert.equal(phoenixDate("20130918"), "2013-09-18");
    assert.equal(phoenixDate("9008223"), undefined);
  });
  it("records keep their synonyms and restrictions", () => {
    const [country, person] = parseActors(ACTORS);
    assert.deepEqual(country.codes, [{ code: "RUS" }]);
    assert.deepEqual(person.synonyms, ["PRESIDENT_IVAN_PETROV_", "VANYA_PETROV_"]);
    assert.deepEqual(person.codes[1], { code: "RUSELI", from: "2012-05-07" });
  });
  it("persons get their country, sectors and span; countries, unknown codes and titled aliases are left out; repeats merge", () => {
    const persons = personEntries([ACTORS], new Map([["RUS", "Russia"]]), new Set(["president"]), new Set(["ivan"]));
    assert.equal(persons.length, 1);
    const [p] = persons;
    assert.equal(p.name, "Ivan Petrov");
    assert.equal(p.country, "Russia");
    assert.deepEqual([...p.sectors].sort(), ["ELI", "GOV", "MIL"]);
    assert.equal(p.from, "1995-01-01");
    assert.equal(p.to, undefined, "a role still open has no end");
    assert.deepEqual(p.aliases, ["Vanya Petrov"]);
  });
  it("firms are companies, bodies and armed groups organisations; persons listed as or under a group are dropped", () => {
    const text = "ACME_STEEL_\t[MNCUSA]\nDAILY_PLANET_\t[MNCUSAMED]\nFRONT_FOR_TESTS_ [RUSREB]\n+JOHN_SMITH_\n+TEST_FRONT_\nJANE_ROE_\t[IGOUNO 990101-000101]\nJOHN_DOE_ [RUSREB]\n";
    const orgs = organizationEntries([text], new Map([["USA", "United States"], ["RUS", "Russia"]]), (a) => a.startsWith("John"));
    assert.deepEqual(orgs, [
      { name: "Acme Steel", kind: "Company", country: "United States", sectors: ["MNCUSA"], aliases: [] },
      { name: "Daily Planet", kind: "Company", country: "United States", sectors: ["MNCUSAMED"], aliases: [] },
      { name: "Front For Tests", kind: "Organization", country: "Russia", sectors: ["RUSREB"], aliases: ["Test Front"] },
    ]);
  });
  it("agents expand substitutions and keep explicit plurals", () => {
    const agents = agentEntries("!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG] # note\nPOLICE {} [~COP]\n# HIDDEN [~GOV]\n");
    assert.deepEqual(agents, [
      { phrase: "congressman", plurals: [], sector: "LEG" },
      { phrase: "congresswoman", plurals: [], sector: "LEG" },
      { phrase: "attorney general", plurals: ["attorneys general"], sector: "GOVATG" },
      { phrase: "police", plurals: [], sector: "COP" },
    ]);
  });
});

describe("the committed gazetteer lexicons", () => {
  const phoenix = join(__dirname, "..", "..", "shared", "lexicons", "petrarch2");
  it("are exactly what the generator makes from the packages and the hand-written files", function () {
    if (!existsSync(phoenix)) this.skip();
    const out = mkdtempSync(join(tmpdir(), "gen-lexicons-"));
    try {
      const lexicons = join(__dirname, "..", "lexicons");
      for (const f of ["admin-divisions-extra.json", "world-regions-extra.json", "given-names-extra.json"]) copyFileSync(join(lexicons, f), join(out, f));
      makeGazetteerLexicons({ lexicons: out, phoenix, steps: ["divisions", "regions", "phoenix", "names"] }, () => {});
      for (const f of ["admin-divisions.json", "world-regions.json", "phoenix-persons.json", "phoenix-agents.json", "phoenix-organizations.json", "given-names.json"]) assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(lexicons, f))), `${f} differs from a fresh generation`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

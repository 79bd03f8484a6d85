// Answers kept per name, lexicon fast paths and one-lookup gates (issue 9)
// give what the full reading gives, on words and sentences written here.
import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tokenize } from "../src/nlp";
import { givenNameByLists, givenNameSources, isGivenName, isPersonSurname, loadGivenNames, allKnownPersons, personsBySurname, surnameByLists } from "../src/gazetteer/names";
import { nameKey } from "../src/names";
import { checkOrganization, loadKnownOrganizations } from "../src/gazetteer/organizations";
import { kindAfter } from "../src/gazetteer/cues";
import { siteAfter } from "../src/mentions/lookup-kind";
import { FAMILY_NAME_FIRST } from "../src/mentions/entity-cues";
import { LOCATION_AFTER } from "../src/mentions/lexicon";
import { isCap } from "../src/mentions/tokens";
import rawOrganizations from "../lexicons/phoenix-organizations.json";
import rawDivisions from "../lexicons/admin-divisions.json";
import { checkDivision, loadAdminDivisions } from "../src/gazetteer/places";

const WORDS = ["Olaf", "Victoria", "Washington", "Paris", "General", "Dean", "Erdogan", "Xi", "Moon", "Liverpool", "Council", "Smith", "Leaders", "olaf", "Zzyzx"];

describe("rule memos", () => {
  describe("name answers kept per word", () => {
    it("a given name is what the lists say, asked once or again", () => {
      for (const w of WORDS) for (let n = 0; n < 2; n++) assert.equal(isGivenName(w), givenNameByLists(w), w);
    });
    it("a surname of a real person is what the lists say, asked once or again", () => {
      for (const w of WORDS) for (let n = 0; n < 2; n++) assert.equal(isPersonSurname(w, FAMILY_NAME_FIRST), surnameByLists(w, FAMILY_NAME_FIRST), w);
    });
    it("the lists holding a given name, searched by halves, are those a scan of every list finds", () => {
      const lists = [...loadGivenNames()];
      for (const w of [...WORDS, "Aaron", "Zoe", "José", "Jean-Pierre", "a", "zzz"]) assert.deepEqual(givenNameSources(w), lists.filter(([, names]) => names.includes(nameKey(w))).map(([source]) => source), w);
    });
    it("(control) a name several lists hold is found in each, the first and last of a list too", () => {
      assert.deepEqual(givenNameSources("Olaf").filter((s) => s === "en" || s === "de"), ["en", "de"]);
      const en = loadGivenNames().get("en")!;
      assert.ok(givenNameSources(en[0]).includes("en") && givenNameSources(en[en.length - 1]).includes("en"));
    });
    it("persons by surname, indexed with their first words in one pass, are those a scan of every person finds", () => {
      const all = allKnownPersons();
      const scan = (w: string) => all.filter((p) => nameKey(p.name).split(" ").at(-1) === nameKey(w));
      for (const w of ["Scholz", "Putin", "Kim", "Jong-Un", "Erdogan", "Takaichi", "Zzyzx"]) assert.deepEqual(personsBySurname(w), scan(w), w);
      assert.ok(personsBySurname("Putin").some((p) => p.name === "Vladimir Putin"), "(control) a surname finds its bearer");
    });
    it("answers are kept apart per set of family-name-first countries", () => {
      assert.equal(isPersonSurname("Xi", FAMILY_NAME_FIRST), true);
      assert.equal(isPersonSurname("Xi", new Set<string>()), false);
    });
    it("(control) the lists tell names apart", () => {
      assert.deepEqual(["Olaf", "Washington", "Leaders"].map(isGivenName), [true, false, false]);
      assert.deepEqual(["Erdogan", "Liverpool"].map((w) => isPersonSurname(w, FAMILY_NAME_FIRST)), [true, false]);
    });
  });

  describeFastPath({
    lexicon: "organisations", file: "phoenix-organizations.json", key: "organizations", shipped: rawOrganizations.organizations, load: loadKnownOrganizations, check: checkOrganization,
    good: { name: "Nokia", kind: "Company", country: "Finland", sectors: ["MNCFIN"], aliases: ["Nokia Corporation"] },
    bare: { name: "Acme Relief", kind: "Organization" },
    broken: (nokia) => [{ ...nokia, founded: "1865" }, { name: "Nokia" }, { ...nokia, kind: "Firm" }, { ...nokia, country: "Suomi" }, { ...nokia, country: null }, { ...nokia, sectors: ["mnc"] }, { ...nokia, aliases: [" Nokia"] }, { ...nokia, name: "" }],
  });

  describeFastPath({
    lexicon: "divisions", file: "admin-divisions.json", key: "divisions", shipped: rawDivisions.divisions, load: loadAdminDivisions, check: checkDivision,
    good: { name: "Kursk Oblast", country: "Russia", code: "RU-KRS", type: "oblast", aliases: ["Kursk"] },
    bare: { name: "Sumy Oblast", country: "Ukraine", code: "UA-59" },
    broken: (kursk) => [{ ...kursk, capital: "Kursk" }, { name: "Kursk Oblast" }, { ...kursk, country: "Russland" }, { ...kursk, code: "RU-kursk" }, { ...kursk, type: "" }, { ...kursk, aliases: [" Kursk"] }, { ...kursk, name: 7 }],
  });

  describe("a site after a place: one lookup of the next word first", () => {
    /** Every run of up to three lower-case words after the name, as siteAfter read them before the gate. */
    const plainScan = (text: string, end: number) => {
      const t = tokenize(text);
      for (let n = Math.min(3, t.length - end); n >= 1; n--) {
        const words = t.slice(end, end + n);
        if (words.some(isCap) || LOCATION_AFTER.has(words[n - 1].lower)) continue;
        if (kindAfter([words.map((w) => w.lower).join(" ")]) === "Location") return end + n;
      }
      return -1;
    };
    const SENTENCES = ["Drones struck the Kursk nuclear power plant on Sunday.", "Jets left Nevatim air base at dawn.", "Troops in Kursk region fired at Sumy.", "Nobody in Paris said anything."];
    it("finds at every position what the plain scan finds", () => {
      for (const text of SENTENCES) {
        const t = tokenize(text);
        for (let end = 1; end <= t.length; end++) assert.equal(siteAfter({ text, tokens: t }, end), plainScan(text, end), `«${text}» at ${end}`);
      }
    });
    it("(control) a site's words after a place are found", () => {
      const text = SENTENCES[0];
      assert.equal(siteAfter({ text, tokens: tokenize(text) }, 4), 7);
    });
  });
});

/** A big lexicon's plain-entry fast path reads every entry as its full check does, and leaves a bad entry to the check, which names it. */
function describeFastPath<T>(o: {
  lexicon: string; file: string; key: string; shipped: unknown[]; load: (path?: string) => T[]; check: (v: unknown, at: { file: string; path: string }) => T;
  good: Record<string, unknown>; bare: Record<string, unknown>; broken: (good: Record<string, unknown>) => unknown[];
}): void {
  describe(`${o.lexicon} lexicon: plain entries read without building error context`, () => {
    const at = { file: `lexicons/${o.file}`, path: "" };
    let dir: string;
    const load = (entries: unknown[]) => {
      const path = join(dir, o.file);
      writeFileSync(path, JSON.stringify({ [o.key]: entries }));
      return o.load(path);
    };
    before(() => (dir = mkdtempSync(join(tmpdir(), `${o.key}-`))));
    after(() => rmSync(dir, { recursive: true, force: true }));
    it("every shipped entry reads as the full check reads it", () => assert.deepEqual(o.load(), o.shipped.map((v) => o.check(v, at))));
    it("so do entries without their optional fields", () =>
      assert.deepEqual(load([o.good, o.bare, { ...o.good, _comment: "a note" }]), [o.good, o.bare, o.good].map((v) => o.check(v, at))));
    it("(control) an entry the full check refuses fails, naming it, whatever field is wrong", () => {
      const named = new RegExp(`${o.file.replace(/[.-]/g, "\\$&")}: entry "${o.key}\\.1(\\.\\w+(\\.0)?)?"`);
      for (const entry of o.broken(o.good)) assert.throws(() => load([o.good, entry]), named, JSON.stringify(entry));
    });
  });
}

// Lexicon files are validated when loaded: a broken file fails at once, naming the file, the entry and the fix.
import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadAdminDivisions, loadWorldRegions } from "../src/gazetteer/places";
import { loadGivenNames, loadKnownPersons } from "../src/gazetteer/names";
import { loadAgents } from "../src/gazetteer/agents";
import { loadKindCues } from "../src/gazetteer/cues";
import { loadKnownOrganizations } from "../src/gazetteer/organizations";
import { loadWeapons } from "../src/gazetteer/weapons";
import { loadAdminExtra, loadNameExtras } from "../src/lexicon-gen/extras";

let dir: string;
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};
const kursk = { name: "Kursk Oblast", country: "Russia", code: "RU-KRS", type: "oblast", aliases: ["Kursk region"] };

describe("lexicon files", () => {
  before(() => (dir = mkdtempSync(join(tmpdir(), "lexicons-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("every shipped gazetteer lexicon loads", () => {
    assert.ok(loadAdminDivisions().length > 3000);
    assert.ok(loadWorldRegions().length > 50);
    assert.ok((loadGivenNames().get("en") ?? []).length > 10000);
    assert.ok(loadKnownPersons().length > 10000);
    assert.ok(loadAgents().length > 1000);
    assert.ok(loadKnownOrganizations().length > 5000);
    assert.ok(loadKindCues().heads.size > 50);
  });
  it("a well-formed file loads as written", () => {
    assert.deepEqual(loadAdminDivisions(file("ok.json", { divisions: [kursk] })), [kursk]);
  });
  it("an unknown country fails naming the file, the entry and the fix", () => {
    const path = file("bad-country.json", { divisions: [kursk, { ...kursk, name: "Atlantis", country: "Narnia" }] });
    assert.throws(() => loadAdminDivisions(path), (e: Error) => {
      assert.match(e.message, /bad-country\.json: entry "divisions\.1\.country" \("Atlantis"\) is "Narnia", not a canonical country name/);
      assert.match(e.message, /; fix the entry or regenerate with: node -r ts-node\/register scripts\/make-gazetteer-lexicons\.ts$/);
      assert.equal(e.message.split("\n").length, 1);
      return true;
    });
  });
  it("a misspelt field, a bad code, a missing list and broken JSON each fail", () => {
    assert.throws(() => loadAdminDivisions(file("field.json", { divisions: [{ ...kursk, contry: "Russia" }] })), /field\.json: entry "divisions\.0\.contry" \("Kursk Oblast"\) is not a known field \(known: name, country, code, type, aliases\)/);
    assert.throws(() => loadAdminDivisions(file("code.json", { divisions: [{ ...kursk, code: "Kursk" }] })), /entry "divisions\.0\.code" \("Kursk Oblast"\) is "Kursk", not an ISO 3166-2 code/);
    assert.throws(() => loadAdminDivisions(file("empty.json", {})), /empty\.json: entry "divisions" must be a list; fix the entry or regenerate/);
    assert.throws(() => loadAdminDivisions(file("broken.json", "{ divisions: [")), /broken\.json: not valid JSON \(.*\); fix the entry or regenerate/);
    assert.throws(() => loadAdminDivisions(join(dir, "absent.json")), /absent\.json: cannot be read \(ENOENT\); fix the entry or regenerate/);
  });
  it("a region of an unknown type fails", () => {
    const ok = { name: "East Asia", type: "region", aliases: [], countries: ["Japan"] };
    assert.equal(loadWorldRegions(file("regions-ok.json", { regions: [ok] })).length, 1);
    assert.throws(() => loadWorldRegions(file("regions.json", { regions: [{ ...ok, type: "ocean" }] })), /regions\.json: entry "regions\.0\.type" \("East Asia"\) is "ocean", not one of continent/);
  });
  it("a given name not written as its lower-case key fails", () => {
    const lists = { en: ["olaf"], de: [], es: [], fr: [], it: [], tr: [], phoenix: [] };
    assert.deepEqual(loadGivenNames(file("names-ok.json", lists)).get("en"), ["olaf"]);
    assert.throws(() => loadGivenNames(file("names.json", { ...lists, de: ["Olaf"] })), /names\.json: entry "de\.0" is "Olaf", not its lower-case name key "olaf"; fix the entry or regenerate/);
    assert.throws(() => loadGivenNames(file("names-accent.json", { ...lists, fr: ["josé"] })), /entry "fr\.0" is "josé", not its lower-case name key "jose"/);
  });
  it("a person with a malformed date fails", () => {
    const putin = { name: "Vladimir Putin", country: "Russia", sectors: ["GOV"], from: "2000-05-07", aliases: [] };
    assert.equal(loadKnownPersons(file("persons-ok.json", { persons: [putin] })).length, 1);
    assert.throws(() => loadKnownPersons(file("persons.json", { persons: [{ ...putin, from: "000507" }] })), /persons\.json: entry "persons\.0\.from" \("Vladimir Putin"\) is "000507", not an ISO date/);
  });
  it("an organisation of a kind other than Company or Organization fails", () => {
    const exxon = { name: "Exxon", kind: "Company", country: "United States", sectors: ["MNCUSA"], aliases: [] };
    assert.equal(loadKnownOrganizations(file("orgs-ok.json", { organizations: [exxon] })).length, 1);
    assert.throws(() => loadKnownOrganizations(file("orgs.json", { organizations: [{ ...exxon, kind: "Person" }] })), /orgs\.json: entry "organizations\.0\.kind" \("Exxon"\) is "Person", not one of Company, Organization/);
  });
  it("a weapon of an unknown type or country fails", () => {
    const hwasong = { prefix: "Hwasong", country: "North Korea", type: "missile" };
    assert.equal(loadWeapons(file("weapons-ok.json", { families: [hwasong], systems: [] })).families.length, 1);
    assert.throws(() => loadWeapons(file("weapons.json", { families: [{ ...hwasong, type: "rocketry" }], systems: [] })), /weapons\.json: entry "families\.0\.type" is "rocketry", not one of missile, .*; fix it in the file$/);
    assert.throws(() => loadWeapons(file("weapons-country.json", { families: [], systems: [{ name: "X", country: "Narnia", type: "missile" }] })), /entry "systems\.0\.country" \("X"\) is "Narnia", not a canonical country name/);
  });
  it("a hand-written input of the generators fails naming the key or word and the fix", () => {
    const extra = { replace: {}, defaultTypes: { NG: "state" }, names: {}, aliases: {} };
    assert.deepEqual(loadAdminExtra(file("extra-ok.json", extra)).defaultTypes, { NG: "state" });
    assert.throws(() => loadAdminExtra(file("extra.json", { ...extra, names: { UA63: "Kharkiv Oblast" } })), /extra\.json: entry "names\.UA63" is not a key like \/\^\[A-Z\]\{2\}-.*; fix it in the file$/);
    const names = { notGivenNames: ["may"], honorifics: ["sir"] };
    assert.deepEqual(loadNameExtras(file("names-extra-ok.json", names)).honorifics, ["sir"]);
    assert.throws(() => loadNameExtras(file("names-extra.json", { ...names, honorifics: ["sir", "Dame"] })), /names-extra\.json: entry "honorifics\.1" is "Dame", not lower-case; fix it in the file$/);
  });
  it("a cue of an unknown kind, or of two kinds, fails", () => {
    const cues = { heads: { Location: ["plant"] }, suffixes: {}, ordinalHeads: {}, after: {}, before: {}, hyphenSuffixes: {} };
    assert.equal(loadKindCues(file("cues-ok.json", cues)).heads.get("plant"), "Location");
    assert.throws(() => loadKindCues(file("cues-kind.json", { ...cues, heads: { Place: ["plant"] } })), /cues-kind\.json: entry "heads\.Place" is "Place", not an entity kind of SCHEMA\.md .*; fix it in the file$/);
    assert.throws(() => loadKindCues(file("cues-two.json", { ...cues, after: { Location: ["plant"], Weapon: ["plant"] } })), /entry "after\.Weapon\.0" is "plant", listed for both Location and Weapon/);
  });
});

// Lexicons are checked when loaded: the files in lexicons/ pass, and a broken
// entry fails with one line naming the file and the entry.
import { strict as assert } from "node:assert";
import { readRelationsLexicon } from "../src/relations/lexicon";
import { readNamesLexicon, readPlacesLexicon } from "../src/mentions/lexicon";
import { readRolesLexicon } from "../src/mentions/titles";
import relations from "../lexicons/relations.json";
import names from "../lexicons/names.json";
import roles from "../lexicons/roles.json";
import places from "../lexicons/places.json";
import gazetteer from "../lexicons/gazetteer.json";
import countries from "../lexicons/countries.json";
import { readCountriesLexicon, readGazetteerLexicon } from "../src/gazetteer-lexicon";

/** A deep copy of a lexicon with the entry at path set to value, or removed when value is undefined. */
function broken(lexicon: unknown, path: (string | number)[], value?: unknown): unknown {
  const copy = structuredClone(lexicon);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

function fails(read: () => unknown, message: RegExp) {
  assert.throws(read, (e: Error) => {
    assert.match(e.message, message);
    assert.ok(!e.message.includes("\n"), "one line");
    return true;
  });
}

describe("lexicons checked at load", () => {
  it("the lexicons of the repository pass, typed", () => {
    assert.equal(readRelationsLexicon(relations).verbs.send.byObject?.troops, "SENT_TROOPS_TO");
    assert.ok(readNamesLexicon(names).appositiveHeads.Company?.includes("company"));
    assert.ok(readRolesLexicon(roles).notLeading.includes("deputy"));
    assert.ok(readPlacesLexicon(places).cities.length > 1000);
    const world = readCountriesLexicon(countries);
    assert.ok(world.some((c) => c.name === "Mongolia" && c.capitals?.includes("Ulan Bator")));
    assert.ok(readGazetteerLexicon(gazetteer, world).organizations.some((o) => o.name === "United Nations" && o.kind === "Organization"));
  });

  describe("gazetteer.json and countries.json", () => {
    const world = readCountriesLexicon(countries);
    it("a kind not in SCHEMA.md", () =>
      fails(() => readGazetteerLexicon(broken(gazetteer, ["organizations", 0, "kind"], "Organisation"), world), /lexicons\/gazetteer\.json: entry "organizations\.0\.kind" \("Conservative Party"\) is "Organisation", not an entity kind/));
    it("a country that no lexicon names", () =>
      fails(() => readGazetteerLexicon(broken(gazetteer, ["locations", 0, "country"], "Atlantis"), world), new RegExp(`entry "locations\\.0\\.country" \\("${gazetteer.locations[0].name}"\\) is "Atlantis", not the name of a country`)));
    it("a country without demonyms", () => fails(() => readGazetteerLexicon(broken(gazetteer, ["countries", 1, "demonyms"]), world), /entry "countries\.1" \("Albania"\) lacks the field "demonyms"; fix it in the file$/));
    it("a misspelt field in the generated countries", () => fails(() => readCountriesLexicon(broken(countries, ["countries", 2, "capital"], ["X"])), /lexicons\/countries\.json: entry "countries\.2\.capital" \("Algeria"\) is not a known field .*; fix the entry or regenerate with: node -r ts-node\/register scripts\/make-places-lexicon\.ts$/));
  });

  describe("relations.json", () => {
    it("a relation name not in SCHEMA.md", () =>
      fails(() => readRelationsLexicon(broken(relations, ["verbs", "send", "byObject", "troops"], "SENT_TROOP_TO")), /^lexicons\/relations\.json: entry "verbs\.send\.byObject\.troops" is "SENT_TROOP_TO", not a relation type of SCHEMA\.md \(SENT_TROOPS_TO, /));
    it("an entity kind not in SCHEMA.md", () =>
      fails(() => readRelationsLexicon(broken(relations, ["relationTargets", "VISITED"], ["Country", "Place"])), /lexicons\/relations\.json: entry "relationTargets\.VISITED\.1" is "Place", not an entity kind/));
    it("a relation name used as a key", () =>
      fails(() => readRelationsLexicon(broken(relations, ["relationTargets", "VISITS"], ["Country"])), /entry "relationTargets\.VISITS" is "VISITS", not a relation type/));
    it("a misspelt field of a frame", () =>
      fails(() => readRelationsLexicon(broken(relations, ["verbs", "visit", "targt"], ["to"])), /entry "verbs\.visit\.targt" is not a known field/));
    it("a frame without a relation", () =>
      fails(() => readRelationsLexicon(broken(relations, ["nouns", "invasion", "relation"])), /entry "nouns\.invasion" needs "relation"/));
    it("an object class no list defines", () =>
      fails(() => readRelationsLexicon(broken(relations, ["verbs", "send", "byObject", "tanks"], "SUPPLIED_WEAPONS_TO")), /entry "verbs\.send\.byObject\.tanks" is not one of objectClasses/));
    it("a phrase without its words", () =>
      fails(() => readRelationsLexicon(broken(relations, ["phrases", 0, "words"])), /entry "phrases\.0" lacks the field "words"/));
    it("a word that is not a string", () =>
      fails(() => readRelationsLexicon(broken(relations, ["negations", 0], 7)), /entry "negations\.0" must be a non-empty string/));
    it("another file's name is the one given", () =>
      fails(() => readRelationsLexicon({}, "my/relations.json"), /^my\/relations\.json: entry "\(top\)" lacks the field "objectClasses"/));
  });

  describe("names.json, roles.json, places.json", () => {
    it("an appositive head under a kind not in SCHEMA.md", () =>
      fails(() => readNamesLexicon(broken(names, ["appositiveHeads", "Firm"], ["firm"])), /^lexicons\/names\.json: entry "appositiveHeads\.Firm" is "Firm", not an entity kind of SCHEMA\.md/));
    it("a word list that is not a list", () =>
      fails(() => readNamesLexicon(broken(names, ["governmentSeats"], "kremlin")), /^lexicons\/names\.json: entry "governmentSeats" must be a list/));
    it("a missing list of roles", () =>
      fails(() => readRolesLexicon(broken(roles, ["notLeading"])), /^lexicons\/roles\.json: entry "\(top\)" lacks the field "notLeading"/));
    it("an empty title", () =>
      fails(() => readRolesLexicon(broken(roles, ["leader", 0], " ")), /^lexicons\/roles\.json: entry "leader\.0" must be a non-empty string/));
    it("cities that are not a list", () =>
      fails(() => readPlacesLexicon(broken(places, ["cities"], { Paris: 1 })), /^lexicons\/places\.json: entry "cities" must be a list/));
  });
});

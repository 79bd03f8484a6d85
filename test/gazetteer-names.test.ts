// Names of people and organisations: given names tell a person's name from other capitalised runs; known persons and organisations carry their country and kind.
import { strict as assert } from "node:assert";
import { givenNameSources, isGivenName, knownPersons, personsBySurname } from "../src/gazetteer/names";
import { isRoleWord, roleSector } from "../src/gazetteer/agents";
import { knownOrganizations } from "../src/gazetteer/organizations";

describe("given names", () => {
  it("the first word of a politician's name is a given name, whatever its language", () => {
    for (const w of ["Olaf", "Mark", "Emmanuel", "Keir", "Narendra", "Volodymyr", "Sergei", "Shinzo", "Recep"]) assert.ok(isGivenName(w), w);
  });
  it("the first word of a headline or a title is not", () => {
    for (const w of ["Leaders", "Assistant", "Professor", "Meanwhile", "Yet", "Other", "Parents", "Agree"]) assert.equal(isGivenName(w), false, w);
  });
  it("a role word is a given name only when many lists hold it", () => {
    assert.ok(isGivenName("Dean"));
    assert.equal(isRoleWord("dean"), true);
    assert.equal(isGivenName("General"), false);
  });
  it("titles, months and compass points that baby-name lists hold are not given names", () => {
    for (const w of ["General", "President", "King", "May", "August", "North"]) assert.equal(isGivenName(w), false, w);
    assert.ok(givenNameSources("August").length === 0 && givenNameSources("Augustus").length > 0);
  });
  it("a place that few lists give as a name is a place; a name many lists hold stays a name", () => {
    assert.equal(isGivenName("Washington"), false);
    assert.equal(isGivenName("Paris"), false);
    for (const w of ["Victoria", "Jordan", "Georgia"]) assert.ok(isGivenName(w), w);
  });
  it("case and accents do not matter", () => {
    assert.ok(isGivenName("OLAF"));
    assert.ok(isGivenName("José"));
    assert.deepEqual(givenNameSources("olaf"), givenNameSources("Olaf"));
  });
  it("each list that holds a name is named, so a caller can weigh the evidence", () => {
    assert.ok(givenNameSources("Mark").includes("phoenix"));
    assert.ok(givenNameSources("Olaf").includes("de"));
    assert.deepEqual(givenNameSources("Scholz"), []);
  });
});

describe("known persons", () => {
  it("a full name or an alias finds the person with the country", () => {
    const [putin] = knownPersons("Vladimir Putin");
    assert.equal(putin.country, "Russia");
    assert.ok(putin.sectors.includes("GOV"));
    // In the Phoenix persons and, for his current term, in office-holders.json.
    assert.deepEqual([...new Set(knownPersons("Bibi Netanyahu").map((p) => p.country))], ["Israel"]);
    assert.ok(knownPersons("Bibi Netanyahu").some((p) => p.leads === true && !p.to));
  });
  it("a surname finds the persons who bear it", () => {
    assert.ok(personsBySurname("Rutte").some((p) => p.name === "Mark Rutte" && p.country === "Netherlands"));
    assert.ok(personsBySurname("Scholz").some((p) => p.country === "Germany"));
  });
  it("dated roles give a span of ISO dates", () => {
    const [abbott] = knownPersons("Tony Abbott");
    assert.equal(abbott.country, "Australia");
    assert.match(abbott.from ?? "", /^19\d\d-\d\d-\d\d$/);
  });
  it("a title in an alias is not part of the name, and a headline is no person", () => {
    assert.deepEqual(knownPersons("Prime Minister Putin"), []);
    assert.deepEqual(knownPersons("Leaders Agree"), []);
  });
});

describe("role nouns", () => {
  it("roles are found singular or plural with their sector", () => {
    assert.equal(roleSector("foreign minister"), "GOV");
    assert.equal(roleSector("rebels"), "REB");
    assert.equal(roleSector("Professor"), "EDU");
    assert.equal(roleSector("police"), "COP");
  });
  it("a person's name is no role", () => {
    assert.equal(isRoleWord("Olaf"), false);
    assert.equal(isRoleWord("president"), true);
  });
});

describe("known organisations", () => {
  it("a firm is a company with its country, a group an organisation, by name or alias", () => {
    assert.deepEqual(knownOrganizations("Texas Instruments").map((o) => [o.kind, o.country]), [["Company", "United States"]]);
    assert.deepEqual(knownOrganizations("Boko Haram").map((o) => [o.kind, o.country]), [["Organization", "Nigeria"]]);
    assert.deepEqual(knownOrganizations("Hizbullah").map((o) => o.name), ["Hezbollah"]);
  });
  it("a group's leader listed under it in the source is not a name of the group", () => {
    assert.deepEqual(knownOrganizations("Hassan Nasrallah"), []);
    assert.deepEqual(knownOrganizations("Olaf Scholz"), []);
  });
});

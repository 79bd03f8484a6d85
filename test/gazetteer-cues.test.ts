// Cue words: the kind of an unknown capitalised name from its head, the word after it, the phrase before it.
import { strict as assert } from "node:assert";
import { headKind, hyphenCue, kindAfter, kindBefore, kindCue, ordinalHeadKind, suffixKind } from "../src/gazetteer/cues";

const words = (s: string) => s.split(" ");

describe("kind cues", () => {
  it("a base or a plant named by its head is a place", () => {
    assert.equal(headKind(words("Ramstein Air Base")), "Location");
    assert.equal(headKind(words("Zaporizhzhia Nuclear Power Plant")), "Location");
  });
  it("a war is an event, a newspaper an organisation, a firm with Inc a company", () => {
    assert.equal(headKind(words("Korean War")), "Event");
    assert.equal(headKind(words("The Korea Times")), "Organization");
    assert.equal(suffixKind("Inc"), "Company");
    assert.equal(headKind(words("Hanwha Aerospace")), "Company");
  });
  it("the longest head wins: a think tank is no tank", () => {
    assert.equal(headKind(words("Eurasia Think Tank")), "Organization");
    assert.equal(headKind(words("Leopard Tank")), "Weapon");
  });
  it("a congress after an ordinal is an event; without one the head says nothing of the kind", () => {
    assert.equal(ordinalHeadKind(words("Party Congress")), "Event");
    assert.equal(ordinalHeadKind(words("Third Plenum")), "Event");
    assert.equal(headKind(words("Party Congress")), undefined);
  });
  it("the noun after a name types it: missiles, regions, newspapers", () => {
    assert.equal(kindAfter(["missile", "was", "fired"]), "Weapon");
    assert.equal(kindAfter(["air", "defence", "system"]), "Weapon");
    assert.equal(kindAfter(["region"]), "Location");
    assert.equal(kindAfter(["newspaper", "reported"]), "Organization");
    assert.equal(kindAfter(["said"]), undefined);
  });
  it("the phrase before a name types it", () => {
    assert.equal(kindBefore(words("troops entered the state of")), "Location");
    assert.equal(kindBefore(words("according to the news agency")), "Organization");
    assert.equal(kindBefore(words("according to")), undefined);
  });
  it("a hyphenated -based names a place; a hyphenated name does not", () => {
    assert.deepEqual(hyphenCue("Washington-based"), { name: "Washington", kind: "Location" });
    assert.equal(hyphenCue("Hwasong-18"), undefined);
    assert.equal(hyphenCue("-based"), undefined);
  });
  it("one word's cues as a head and as the noun after a name", () => {
    assert.deepEqual(kindCue("plant"), { head: "Location", after: "Location" });
    assert.deepEqual(kindCue("missile"), { head: "Weapon", after: "Weapon" });
    assert.deepEqual(kindCue("Ltd"), { head: "Company" });
    assert.deepEqual(kindCue("Scholz"), {});
  });
});

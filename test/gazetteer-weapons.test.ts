// Named weapon systems are Weapons: family designations and named systems.
import { strict as assert } from "node:assert";
import { loadWeapons, weapon } from "../src/gazetteer/weapons";

const brief = (name: string) => {
  const w = weapon(name);
  return w && `${w.name}, ${w.type}, ${w.country}${w.needsCue ? ", needs a cue" : ""}`;
};

describe("weapon systems", () => {
  it("a designation of a known family is a weapon of that family's country", () => {
    assert.equal(brief("Hwasong-18"), "Hwasong-18, missile, North Korea");
    assert.equal(brief("Su-35S"), "Su-35S, aircraft, Russia");
    assert.equal(brief("Tu-160M"), "Tu-160M, aircraft, Russia");
    assert.equal(brief("KN-23"), "KN-23, missile, North Korea");
    assert.equal(brief("F-16"), "F-16, aircraft, United States");
    assert.equal(brief("Leopard 2"), "Leopard 2, armour, Germany");
  });
  it("short prefixes need their hyphen and enough digits: a mask, a visa and a racing series are no weapons", () => {
    assert.equal(weapon("KN95"), undefined);
    assert.equal(weapon("F-1"), undefined);
    assert.equal(weapon("J1"), undefined);
    assert.equal(weapon("G-20"), undefined, "no family G");
    assert.equal(weapon("COVID-19"), undefined);
  });
  it("named systems are found by name or alias, case ignored", () => {
    assert.equal(brief("Storm Shadow"), "Storm Shadow, missile, United Kingdom");
    assert.equal(brief("himars"), "HIMARS, artillery, United States");
    assert.equal(brief("High Mobility Artillery Rocket System"), "HIMARS, artillery, United States");
  });
  it("a bare name that means other things needs a cue; its longer aliases do not", () => {
    assert.equal(brief("Lancet"), "Lancet, drone, Russia, needs a cue");
    assert.equal(brief("Patriot"), "Patriot, air defence, United States, needs a cue");
    assert.equal(brief("Patriot missile system"), "Patriot, air defence, United States");
    assert.equal(brief("Abrams"), "Abrams, armour, United States, needs a cue");
  });
  it("people, places and organisations are no weapons", () => {
    for (const n of ["Olaf Scholz", "Kursk", "Rosneft", "Korean War"]) assert.equal(weapon(n), undefined, n);
  });
  it("the shipped list loads, every entry with a known country and type", () => {
    const { families, systems } = loadWeapons();
    assert.ok(families.length >= 20 && systems.length >= 50);
  });
});

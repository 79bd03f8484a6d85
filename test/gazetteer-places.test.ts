// Places no city list holds: administrative divisions and world regions, by any of their names.
import { strict as assert } from "node:assert";
import { adminDivision, adminDivisions, loadAdminDivisions, placeSenses, worldRegion } from "../src/gazetteer/places";

const where = (name: string, country?: string) => {
  const d = adminDivision(name, country);
  return d && `${d.name}, ${d.country}`;
};

describe("administrative divisions", () => {
  it("an oblast is found by its English name with or without its type word", () => {
    for (const n of ["Kursk Oblast", "Kursk region", "Kursk province", "the Kursk region", "Kursk"]) assert.equal(where(n), "Kursk Oblast, Russia", n);
  });
  it("Ukrainian oblasts are named as English news names them, old spellings included", () => {
    for (const n of ["Kharkiv region", "Kharkiv Oblast", "Kharkov", "Zaporizhzhia region"]) assert.ok(where(n)?.endsWith("Ukraine"), n);
    assert.equal(where("Crimea"), "Autonomous Republic of Crimea, Ukraine");
  });
  it("states, provinces, prefectures and governorates of other countries are found with their country", () => {
    assert.equal(where("Texas"), "Texas, United States");
    assert.equal(where("Bavaria"), "Bavaria, Germany");
    assert.equal(where("Gyeonggi Province"), "Gyeonggi, South Korea");
    assert.equal(where("North Hamgyong Province"), "North Hamgyong Province, North Korea");
    assert.equal(where("Aleppo province"), "Aleppo, Syria");
    assert.equal(where("Okinawa"), "Okinawa, Japan");
    assert.equal(where("Chechnya"), "Chechen Republic, Russia");
  });
  it("case, accents and punctuation do not matter", () => {
    assert.equal(where("KURSK REGION"), "Kursk Oblast, Russia");
    assert.equal(where("Baden-Wurttemberg"), "Baden-Württemberg, Germany");
  });
  it("a name held by divisions of two countries is no single division until the country is given", () => {
    assert.deepEqual(adminDivisions("Punjab").map((d) => d.country).sort(), ["India", "Pakistan"]);
    assert.equal(adminDivision("Punjab"), undefined);
    assert.equal(where("Punjab", "Pakistan"), "Punjab, Pakistan");
  });
  it("a word that names a division only with its type word is not a division alone", () => {
    assert.equal(where("Delta"), undefined);
    assert.equal(where("Delta State"), "Delta State, Nigeria");
    assert.equal(where("Jewish"), undefined);
    assert.equal(where("Jewish Autonomous Oblast"), "Jewish Autonomous Oblast, Russia");
  });
  it("capitalised runs that are no place are not divisions", () => {
    for (const n of ["Leaders Agree", "Assistant Professor", "Olaf Scholz", "Region", "Oblast"]) assert.deepEqual(adminDivisions(n), [], n);
  });
  it("the shipped data covers every US state and every Russian oblast", () => {
    const all = loadAdminDivisions();
    assert.ok(all.filter((d) => d.country === "United States" && d.type === "state").length >= 50);
    assert.ok(all.filter((d) => d.country === "Russia").length >= 80);
    assert.ok(all.filter((d) => d.country === "Ukraine").length >= 25);
  });
});

describe("place names with several senses", () => {
  it("Georgia is a country and a US state", () => {
    const s = placeSenses("Georgia");
    assert.equal(s.country, "Georgia");
    assert.deepEqual(s.divisions.map((d) => d.country), ["United States"]);
  });
  it("Jordan is a country and no division or region", () => {
    const s = placeSenses("Jordan");
    assert.equal(s.country, "Jordan");
    assert.deepEqual(s.divisions, []);
    assert.equal(s.region, undefined);
  });
  it("Washington is a US state and the capital of the United States", () => {
    const s = placeSenses("Washington");
    assert.equal(s.capitalOf, "United States");
    assert.deepEqual(s.divisions.map((d) => d.name), ["Washington"]);
    assert.equal(s.country, undefined);
  });
  it("Victoria is an Australian state among other places, so only Australia's when the country is given", () => {
    assert.ok(adminDivisions("Victoria").length >= 2);
    assert.equal(where("Victoria", "Australia"), "Victoria, Australia");
  });
  it("Moscow is a city and, as a federal city, a division beside Moscow Oblast", () => {
    const s = placeSenses("Moscow");
    assert.equal(s.city, true);
    assert.equal(s.capitalOf, "Russia");
    assert.deepEqual(s.divisions.map((d) => d.name).sort(), ["Moscow", "Moscow Oblast"]);
  });
});

describe("world regions", () => {
  it("geopolitical regions are found with or without 'the'", () => {
    assert.equal(worldRegion("East Asia")?.type, "region");
    assert.equal(worldRegion("the Middle East")?.name, "Middle East");
    assert.equal(worldRegion("the Indo-Pacific")?.name, "Indo-Pacific");
    assert.equal(worldRegion("Eastern Europe")?.name, "Eastern Europe");
    assert.equal(worldRegion("the Korean Peninsula")?.type, "area");
  });
  it("UN subregion names lead to the region news names", () => {
    assert.equal(worldRegion("Eastern Asia")?.name, "East Asia");
    assert.ok(worldRegion("East Asia")?.countries.includes("North Korea"));
  });
  it("continents carry their countries", () => {
    const africa = worldRegion("Africa");
    assert.equal(africa?.type, "continent");
    assert.ok(africa?.countries.includes("Nigeria"));
    assert.ok(!africa?.countries.includes("France"));
  });
  it("seas and straits are places too", () => {
    assert.equal(worldRegion("the Taiwan Strait")?.type, "sea");
    assert.equal(worldRegion("Strait of Hormuz")?.type, "sea");
  });
  it("a compass word or a demonym alone is no region", () => {
    for (const n of ["East", "Asian", "Eastern", "Leaders Agree"]) assert.equal(worldRegion(n), undefined, n);
  });
});

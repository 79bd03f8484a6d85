// The entity table's index by first and last word (what the short-form lookups of
// entities/grouping.ts read instead of every entity of the article) holds every
// entity such a lookup could accept, in id order.
import { strict as assert } from "node:assert";
import { createEntity, entitiesByEdgeWords, newEntityTable, relabel } from "../src/entities/table";
import { nameTokens } from "../src/names";
import type { DocEntity } from "../src/entities";
import { extractFromText } from "../src/extract";

const LABELS = ["Kim Jong Un", "Carnegie Endowment for International Peace", "Kim", "Foreign Ministry", "Chinese Foreign Ministry", "Peace Corps", "the Kremlin"];

/** Every entity whose label opens with first or ends with last: the plain scan the index replaces. */
const plainScan = (entities: DocEntity[], first?: string, last?: string) =>
  entities.filter((e) => {
    const w = nameTokens(e.label);
    return w.length > 0 && (w[0] === first || w[w.length - 1] === last);
  });

describe("entity index by edge words", () => {
  const table = newEntityTable([]);
  for (const label of LABELS) createEntity(table, label, "Organization", false);
  const words = [...new Set(LABELS.flatMap((l) => nameTokens(l)))];

  it("finds, for any first and last word, exactly the entities the plain scan finds, in id order", () => {
    for (const first of [undefined, ...words])
      for (const last of [undefined, ...words]) assert.deepEqual(entitiesByEdgeWords(table, first, last), plainScan(table.entities, first, last), `${first} … ${last}`);
  });

  it("(control) finds entities by either edge, each once", () => {
    const labels = (first?: string, last?: string) => entitiesByEdgeWords(table, first, last).map((e) => e.label);
    assert.deepEqual(labels("kim", "peace"), ["Kim Jong Un", "Carnegie Endowment for International Peace", "Kim"]);
    assert.deepEqual(labels("foreign", "ministry"), ["Foreign Ministry", "Chinese Foreign Ministry"]);
    assert.deepEqual(labels("kremlin", undefined), ["the Kremlin"]);
    assert.deepEqual(labels("jong", "international"), []);
  });

  it("a relabelled entity is found by its new words, in id order among later entities", () => {
    const t = newEntityTable([]);
    const first = createEntity(t, "Putin", "Person", false);
    createEntity(t, "Vladimir Nabokov", "Person", false);
    relabel(t, first, "Vladimir Putin");
    assert.equal(first.label, "Vladimir Putin");
    assert.deepEqual(entitiesByEdgeWords(t, "vladimir", undefined).map((e) => e.id), [0, 1]);
    // Every entity the current labels match is there (an entry under the earlier label may stay: readers test the label).
    for (const w of ["vladimir", "putin", "nabokov"]) {
      const found = entitiesByEdgeWords(t, w, w);
      for (const e of plainScan(t.entities, w, w)) assert.ok(found.includes(e), `${w}: ${e.label}`);
    }
  });

  it("short forms still join the longer name they abbreviate", () => {
    const aliasesOf = (text: string, label: string) => extractFromText("t", text).entities.find((e) => e.label === label)?.aliases;
    assert.deepEqual(aliasesOf("Kim Jong Un inspected the site on Monday. Kim said the tests would go on.", "Kim Jong Un"), ["Kim"]);
    assert.deepEqual(aliasesOf("Researchers at the Carnegie Endowment for International Peace wrote a report. The Carnegie Endowment said so.", "Carnegie Endowment for International Peace"), ["Carnegie Endowment"]);
    assert.deepEqual(aliasesOf("Officials at the Zaporizhzhia nuclear power plant reported shelling. Workers at the Zaporizhzhia plant left.", "Zaporizhzhia nuclear power plant"), ["Zaporizhzhia plant"]);
    assert.deepEqual(aliasesOf("The Commonwealth Games opened in Glasgow. The Games drew large crowds.", "Commonwealth Games"), ["Games"]);
  });
});

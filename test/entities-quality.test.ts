// The entity readout of the BBC bench: entities in most articles, longest alias lists.
import { strict as assert } from "node:assert";
import { entityQuality, formatEntityQuality } from "../src/bench/quality";

const node = (key: string, label: string, kind: string, docs: number, aliases: string[] = []) => ({
  key,
  attributes: { label, kind, aliases, docs: Array.from({ length: docs }, (_, i) => `a${i}`) },
});
const graph = {
  nodes: [
    node("labour", "Labour", "Organization", 3, ["Labour Party"]),
    node("tony-blair", "Tony Blair", "Person", 5, ["Blair", "Mr Blair", "the prime minister"]),
    node("chelsea", "Chelsea", "Organization", 3),
    node("uk", "United Kingdom", "Country", 9, ["UK", "Britain"]),
  ],
  edges: [],
};

describe("entity quality report", () => {
  it("lists entities by the number of articles naming them, ties by label", () => {
    const q = entityQuality(graph, 3);
    assert.deepEqual(q.top.map((r) => `${r.label}:${r.kind}:${r.articles}`), ["United Kingdom:Country:9", "Tony Blair:Person:5", "Chelsea:Organization:3"]);
  });
  it("lists the longest alias lists first and leaves out entities with none", () => {
    const q = entityQuality(graph, 100, 10);
    assert.deepEqual(q.longestAliases.map((r) => r.label), ["Tony Blair", "United Kingdom", "Labour"]);
  });
  it("prints kind, article count and aliases", () => {
    const text = formatEntityQuality(entityQuality(graph, 1, 1));
    assert.match(text, /1\. United Kingdom \(Country\) — 9 articles/);
    assert.match(text, /Tony Blair \(Person\), 3: Blair \| Mr Blair \| the prime minister/);
  });
  it("rejects a file that is not a graph, saying what to do", () => {
    assert.throws(() => entityQuality({ articles: [] }), /not a graph\.json.*npm run graph/);
  });
});

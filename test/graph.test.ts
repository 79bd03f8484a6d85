// Assemble, graph and layout: one node per real-world entity across articles,
// one edge per (source, relation, target) with evidence accumulated, the
// SCHEMA.md attributes, and byte-identical output for the same input.
import { strict as assert } from "node:assert";
import Graph from "graphology";
import { extractDocument } from "../src/extract";
import { assemble } from "../src/assemble";
import { buildGraph } from "../src/graph";
import { layoutGraph } from "../src/layout";
import { serializeGraph } from "../src/write";
import { ENTITY_KINDS, RELATION_TYPES } from "../src/schema";
import type { RawDoc } from "../src/ingest";

const doc = (id: string, text: string, date = "12 MAR 2024"): RawDoc => ({ id, path: `${id}.txt`, format: "text", text: `${date}\n\n${text}` });
const A = doc("a", "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday, and the two leaders praised their partnership warmly.\n\nPutin thanked Xi Jinping for China's support for Russia during the long talks in the Chinese capital.");
const B = doc("b", "Speaking in Moscow on Friday, Putin said that Russian troops had been sent to Belarus for joint exercises near the Polish border.\n\nThe Kremlin leader also praised Xi Jinping again in a long televised address to the nation.");

function build(docs: RawDoc[]) {
  const g = buildGraph(assemble(docs.map((d) => extractDocument(d))));
  layoutGraph(g);
  return g;
}

describe("graph", () => {
  let g: ReturnType<typeof build>;
  before(() => (g = build([A, B])));
  it("one node per entity across articles: a surname and a description join the full name", () => {
    const putin = g.findNode((_k, a) => a.label === "Vladimir Putin")!;
    assert.ok(putin);
    assert.deepEqual(g.getNodeAttribute(putin, "docs"), ["a", "b"]);
    assert.ok(g.getNodeAttribute(putin, "aliases").includes("Putin"));
    assert.ok(g.getNodeAttribute(putin, "aliases").includes("Kremlin leader"));
    assert.equal(g.filterNodes((_k, a) => a.label.includes("Putin")).length, 1);
  });
  it("one edge per source, relation and target, with the evidence of every article", () => {
    const edges = g.filterEdges((_e, a, s, t) => a.relation === "PRAISED" && g.getNodeAttribute(s, "label") === "Vladimir Putin" && g.getNodeAttribute(t, "label") === "Xi Jinping");
    assert.equal(edges.length, 1);
    const ev = g.getEdgeAttribute(edges[0], "evidence");
    assert.deepEqual(ev.map((e) => e.doc), ["a", "b"]);
    for (const e of ev) assert.equal(e.articleDate, "2024-03-12");
  });
  it("follows SCHEMA.md: kinds, relation types, labels, no 'type' attribute, positions and sizes", () => {
    g.forEachNode((_k, a) => {
      assert.ok(ENTITY_KINDS.includes(a.kind));
      assert.ok(!("type" in a));
      assert.equal(typeof a.x, "number");
      assert.ok((a.size ?? 0) > 0);
    });
    g.forEachEdge((_e, a) => {
      assert.ok(RELATION_TYPES.includes(a.relation));
      assert.ok(!("type" in a));
      assert.ok(a.evidence.length > 0);
    });
    assert.deepEqual(g.getAttribute("articles").map((x) => [x.id, x.date]), [["a", "2024-03-12"], ["b", "2024-03-12"]]);
  });
  it("symmetric relations are stored once whichever side the sentence names first", () => {
    const met = g.filterEdges((_e, a) => a.relation === "MET_WITH");
    assert.equal(met.length, 1);
  });
  it("reloads unchanged with Graph.from", () => {
    const json = JSON.parse(serializeGraph(g));
    const again = Graph.from(json);
    assert.equal(again.order, g.order);
    assert.equal(again.size, g.size);
    assert.equal(again.type, "directed");
    assert.equal(again.multi, true);
  });
  it("the same input gives byte-identical output, in any input order", () => {
    assert.equal(serializeGraph(build([A, B])), serializeGraph(build([B, A])));
  });
  it("bigger actors are drawn bigger", () => {
    const putin = g.findNode((_k, a) => a.label === "Vladimir Putin")!;
    const belarus = g.findNode((_k, a) => a.label === "Belarus")!;
    assert.ok(g.getNodeAttribute(putin, "size")! > g.getNodeAttribute(belarus, "size")!);
  });

  it("a name seen only opening sentences becomes a node when another article confirms it", () => {
    // A surname no lexicon knows (office holders' names are persons wherever they stand).
    const only = build([doc("c", "Tkachenko thanked Poland for its help with the long war and the refugees in the winter months.")]);
    assert.ok(!only.someNode((_k, a) => a.label === "Tkachenko"), "alone it could be an ordinary word");
    const both = build([doc("c", "Tkachenko thanked Poland for its help with the long war and the refugees in the winter months."), doc("d", "Ukrainian Culture Minister Mykola Tkachenko met Polish leaders in Warsaw on Monday to discuss the long war and more help.")]);
    const z = both.findNode((_k, a) => a.label === "Mykola Tkachenko")!;
    assert.deepEqual(both.getNodeAttribute(z, "docs"), ["c", "d"]);
    assert.ok(both.someEdge((_e, a, s, t) => a.relation === "PRAISED" && s === z && both.getNodeAttribute(t, "label") === "Poland"));
  });
});

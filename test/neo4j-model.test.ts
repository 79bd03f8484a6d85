// Specification of graph.json → Neo4j rows, and of reading graph.json with validation.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { UserError } from "../src/neo4j/errors";
import { loadGraphFile, validateGraph } from "../src/neo4j/load-graph";
import { batches, buildModel, dateRange, modelCounts } from "../src/neo4j/model";

const SAMPLE = path.join(__dirname, "fixtures", "sample-graph.json");
const TRICKY = path.join(__dirname, "fixtures", "neo4j-tricky-graph.json");
const sample = () => JSON.parse(fs.readFileSync(SAMPLE, "utf8"));

describe("neo4j model: rows from the graph", () => {
  it("has one entity per node, one relationship per edge, and the graph's articles", () => {
    const model = buildModel(loadGraphFile(SAMPLE));
    const json = sample();
    assert.deepEqual(modelCounts(model), {
      entities: json.nodes.length,
      relationships: json.edges.length,
      articles: json.attributes.articles.length,
      mentions: json.nodes.reduce((n: number, node: { attributes: { docs: string[] } }) => n + node.attributes.docs.length, 0),
    });
  });

  it("keeps an entity's key, canonical name as name, kind, aliases and docs", () => {
    const model = buildModel(loadGraphFile(SAMPLE));
    const kim = model.entities.find((e) => e.key === "kim-jong-un");
    assert.deepEqual(kim?.props, { key: "kim-jong-un", name: "Kim Jong Un", kind: "Person", aliases: ["Kim", "Kim Jong-Un", "North Korean leader"], docs: ["a1"] });
  });

  it("keeps the direction source → target and sums up the evidence", () => {
    const model = buildModel(loadGraphFile(SAMPLE));
    const r = model.relationships.find((x) => x.relation === "SENT_TROOPS_TO");
    assert.equal(r?.source, "kim-jong-un");
    assert.equal(r?.target, "russia");
    assert.equal(r?.props.count, 1);
    assert.deepEqual(r?.props.docs, ["a1"]);
    assert.equal(r?.props.sentences.length, 1);
    assert.deepEqual(r?.props.sentenceDocs, ["a1"]);
  });

  it("dates a relationship by eventDate, else articleDate, min and max as strings", () => {
    const model = buildModel(loadGraphFile(TRICKY));
    const praised = model.relationships.find((x) => x.relation === "PRAISED");
    // evidence: articleDate 2025-01-02 (no eventDate), and eventDate 2024-12 (articleDate 2025-02-01)
    assert.equal(praised?.props.firstDate, "2024-12");
    assert.equal(praised?.props.lastDate, "2025-01-02");
    const located = model.relationships.find((x) => x.relation === "LOCATED_IN");
    assert.equal(located?.props.firstDate, null, "no dates → null, not an empty string");
    assert.deepEqual(dateRange(["2025", "2024-05-01", undefined, "", "2024-05"]), { first: "2024-05", last: "2025" });
  });

  it("merges repeated (source, relation, target) edges into one relationship", () => {
    const json = sample();
    const dup = JSON.parse(JSON.stringify(json.edges[4]));
    dup.key = "duplicate";
    dup.attributes.evidence[0].eventDate = "2024-10";
    json.edges.push(dup);
    const model = buildModel(validateGraph(json, "dup.json"));
    assert.equal(model.relationships.length, json.edges.length - 1);
    const r = model.relationships.find((x) => x.relation === dup.attributes.relation && x.source === dup.source);
    assert.equal(r?.props.count, 2);
    assert.equal(r?.props.firstDate, "2024-10");
  });

  it("creates an id-only Article for doc ids the articles list lacks", () => {
    const model = buildModel(loadGraphFile(TRICKY));
    const t9 = model.articles.find((a) => a.id === "t9");
    assert.deepEqual(t9?.props, { id: "t9", title: null, date: null, source: null, path: null });
    assert.ok(model.mentions.some((m) => m.article === "t9" && m.entity === "emoji-corp"));
  });

  it("splits N rows into ceil(N / size) batches, in order, none empty", () => {
    for (const [n, size] of [[0, 3], [1, 3], [3, 3], [7, 3], [1000, 1000], [1001, 1000]] as const) {
      const rows = Array.from({ length: n }, (_, i) => i);
      const b = batches(rows, size);
      assert.equal(b.length, Math.ceil(n / size), `${n}/${size}`);
      assert.deepEqual(b.flat(), rows);
      assert.ok(b.every((x) => x.length > 0 && x.length <= size));
    }
    assert.throws(() => batches([1], 0), RangeError);
  });
});

describe("neo4j load-graph: graph.json that does not follow SCHEMA.md", () => {
  function expectError(json: unknown, pattern: RegExp) {
    assert.throws(
      () => validateGraph(json, "g.json"),
      (err: unknown) => err instanceof UserError && err.exitCode === 2 && /^g\.json: /.test(err.message) && pattern.test(err.message),
    );
  }

  it("accepts the sample graph", () => {
    assert.equal(validateGraph(sample(), "g.json").nodes.length, 10);
  });

  it("names the first node with an unknown kind", () => {
    const json = sample();
    json.nodes[2].attributes.kind = "Planet";
    expectError(json, /node 'north-korea' has kind "Planet", not one of SCHEMA\.md's entity kinds/);
  });

  it("names the node without aliases or docs arrays, or label", () => {
    const a = sample();
    delete a.nodes[0].attributes.aliases;
    expectError(a, /node 'sergei-shoigu' has no aliases array/);
    const b = sample();
    b.nodes[1].attributes.docs = "a1";
    expectError(b, /node 'kim-jong-un' has no docs array/);
    const c = sample();
    delete c.nodes[1].attributes.label;
    expectError(c, /node 'kim-jong-un' has no string label/);
  });

  it("names the first edge with an unknown relation or a dangling end", () => {
    const a = sample();
    a.edges[3].attributes.relation = "LIKES";
    expectError(a, /edge #3 'kim-jong-un->LEADER_OF->north-korea' has relation "LIKES"/);
    const b = sample();
    b.edges[0].target = "nowhere";
    expectError(b, /edge #0 .* has target "nowhere", which is not a node key/);
  });

  it("rejects what is not a graphology export", () => {
    expectError([], /expected a graphology export/);
    expectError({ nodes: [] }, /missing the edges array/);
  });

  it("says to rebuild with npm run graph", () => {
    const json = sample();
    json.nodes[0].attributes.kind = "x";
    expectError(json, /npm run graph/);
  });

  it("reports malformed JSON naming the file and the rebuild command", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-test-"));
    const file = path.join(dir, "graph.json");
    fs.writeFileSync(file, '{"nodes": [');
    assert.throws(() => loadGraphFile(file), (err: unknown) => err instanceof UserError && err.message.startsWith(`${file}: not valid JSON`) && /npm run graph/.test(err.message));
    assert.throws(() => loadGraphFile(path.join(dir, "missing.json")), /no such file/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

// Against a real Neo4j 5 server, only when NEO4J_URI is set (and NEO4J_PASSWORD,
// NEO4J_USERNAME, NEO4J_DATABASE as needed). Use a disposable database: the test
// pushes with --replace, which deletes every :Entity and :Article node in it.
//
//   NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=password npx mocha test/neo4j-integration.test.ts
import { strict as assert } from "assert";
import * as path from "path";
import neo4j, { type Driver } from "neo4j-driver";
import { splitStatements } from "../src/neo4j/cypher";
import { UserError } from "../src/neo4j/errors";
import { loadExamples } from "../src/neo4j/examples";
import { importScript } from "../src/neo4j/import-script";
import { loadGraphFile } from "../src/neo4j/load-graph";
import { buildModel, modelCounts, type Neo4jModel } from "../src/neo4j/model";
import { push, toDriverValue, toNumber, type PushOptions } from "../src/neo4j/push";

const SAMPLE = path.join(__dirname, "fixtures", "sample-graph.json");
const TRICKY = path.join(__dirname, "fixtures", "neo4j-tricky-graph.json");
const SKIP_MESSAGE = "skipped: set NEO4J_URI (and NEO4J_PASSWORD) to run against a real Neo4j 5 server";

const env = process.env;
const options = (): PushOptions => ({
  uri: env.NEO4J_URI as string,
  user: env.NEO4J_USERNAME || "neo4j",
  password: env.NEO4J_PASSWORD || "password",
  database: env.NEO4J_DATABASE || "neo4j",
  batchSize: 4, // small, so the sample graph takes several batches per step
  replace: false,
});

describe("neo4j integration: push to a real Neo4j 5 server", function () {
  this.timeout(120_000);
  let driver: Driver | undefined;

  before(function () {
    if (!env.NEO4J_URI) {
      console.log(`    ${SKIP_MESSAGE}`);
      this.skip();
    }
    const o = options();
    driver = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password));
  });

  after(async () => {
    await driver?.close();
  });

  async function query(text: string, params: Record<string, unknown> = {}) {
    const o = options();
    const session = (driver as Driver).session({ database: o.database });
    try {
      return (await session.run(text, toDriverValue(params) as Record<string, unknown>)).records;
    } finally {
      await session.close();
    }
  }

  async function readBack(model: Neo4jModel) {
    const entities = await query("MATCH (n:Entity) WHERE n.key IN $keys RETURN n.key AS key, n.name AS name, n.aliases AS aliases, labels(n) AS labels", {
      keys: model.entities.map((e) => e.key),
    });
    const rels = await query("MATCH (s:Entity)-[r]->(t:Entity) RETURN s.key AS s, type(r) AS type, t.key AS t, r.sentences AS sentences, r.count AS count, r.firstDate AS firstDate");
    return { entities, rels };
  }

  function assertSameValues(model: Neo4jModel, got: Awaited<ReturnType<typeof readBack>>) {
    for (const e of model.entities) {
      const r = got.entities.find((x) => x.get("key") === e.key);
      assert.ok(r, e.key);
      assert.equal(r.get("name"), e.props.name);
      assert.deepEqual(r.get("aliases"), e.props.aliases);
      assert.deepEqual([...(r.get("labels") as string[])].sort(), ["Entity", e.kind].sort());
    }
    for (const rel of model.relationships) {
      const r = got.rels.find((x) => x.get("s") === rel.source && x.get("type") === rel.relation && x.get("t") === rel.target);
      assert.ok(r, `${rel.source} ${rel.relation} ${rel.target}`);
      assert.deepEqual(r.get("sentences"), rel.props.sentences);
      assert.ok(neo4j.isInt(r.get("count")), "count is stored as an integer");
      assert.equal(toNumber(r.get("count")), rel.props.count);
      assert.equal(r.get("firstDate"), rel.props.firstDate);
    }
  }

  it("push loads the graph: counts read back equal the graph's", async () => {
    const model = buildModel(loadGraphFile(SAMPLE));
    const result = await push(model, { ...options(), replace: true });
    assert.deepEqual(result.counts, modelCounts(model));
    assert.ok(result.nodesCreated > 0);
    assertSameValues(model, await readBack(model));
  });

  it("a second push creates nothing and leaves the counts unchanged", async () => {
    const model = buildModel(loadGraphFile(SAMPLE));
    const result = await push(model, options());
    assert.equal(result.nodesCreated, 0);
    assert.equal(result.relationshipsCreated, 0);
    assert.deepEqual(result.counts, modelCounts(model));
  });

  it("constraints exist, one per node label", async () => {
    const rows = await query("SHOW CONSTRAINTS YIELD name, type WHERE name STARTS WITH 'newsgraph_' RETURN name, type");
    assert.equal(rows.length, 11);
    assert.ok(rows.every((r) => r.get("type") === "UNIQUENESS" || r.get("type") === "NODE_PROPERTY_UNIQUENESS"));
  });

  it("runs every example query with its parameters, and the key questions have answers", async () => {
    const results = new Map<string, Awaited<ReturnType<typeof query>>>();
    for (const ex of loadExamples()) {
      results.set(ex.name, await query(ex.query, ex.params));
    }
    assert.ok(results.get("troops-sent-to")?.some((r) => r.get("actor") === "Kim Jong Un"), "Kim Jong Un sent troops to Russia");
    assert.ok((results.get("everything-an-actor-did")?.length ?? 0) >= 3, "Shoigu: visited, member of, met with");
    assert.ok(results.get("everything-an-actor-did")?.every((r) => typeof r.get("sentence") === "string" && r.get("article")));
    const path0 = results.get("shortest-path")?.[0]?.get("path") as string[] | undefined;
    assert.equal(path0?.[0], "Donald Trump");
    assert.equal(path0?.[path0.length - 1], "Kim Jong Un");
    assert.ok(results.get("sanctions")?.some((r) => r.get("target") === "Rosneft"));
    assert.ok(results.get("two-hops-from")?.some((r) => r.get("entity") === "Donald Trump" || r.get("entity") === "Kursk"));
    assert.ok((results.get("sourced-to-article")?.length ?? 0) >= 5);
    assert.equal(results.get("most-connected")?.[0]?.get("entity"), "Russia");
  });

  it("import.cypher loads the same values as push, escaping and all (tricky graph)", async () => {
    const model = buildModel(loadGraphFile(TRICKY));
    await push(model, { ...options(), replace: true }); // clean slate, then wipe again by hand
    await query("MATCH (n) WHERE n:Entity OR n:Article DETACH DELETE n");
    for (const s of splitStatements(importScript(model, TRICKY))) await query(s.text);
    assertSameValues(model, await readBack(model));
    // push on top of import.cypher: same keys, nothing created
    const again = await push(model, options());
    assert.equal(again.nodesCreated, 0);
    assert.equal(again.relationshipsCreated, 0);
    assert.deepEqual(again.counts, modelCounts(model));
  });

  it("--replace removes what an earlier graph left", async () => {
    const sample = buildModel(loadGraphFile(SAMPLE));
    const result = await push(sample, { ...options(), replace: true });
    assert.ok(result.deleted > 0);
    assert.deepEqual(result.counts, modelCounts(sample));
  });

  it("a wrong password and a missing database each give one clear message", async () => {
    await assert.rejects(push(buildModel(loadGraphFile(SAMPLE)), { ...options(), password: `${options().password}-wrong` }), (e: unknown) => e instanceof UserError && /wrong user or password/.test(e.message));
    await assert.rejects(push(buildModel(loadGraphFile(SAMPLE)), { ...options(), database: "newsgraph-no-such-db" }), (e: unknown) => e instanceof UserError && /does not exist/.test(e.message));
  });
});

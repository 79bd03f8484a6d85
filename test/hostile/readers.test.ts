// What reads the build's output: the viewer server, the standalone page and the
// Neo4j files. Every id the build makes can be opened; the server answers only
// to localhost names; a graph whose arrays defeat CSV still gets import.cypher.
import { strict as assert } from "node:assert";
import http from "node:http";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serveViewer } from "../../src/viewer/serve";
import { standaloneHtml } from "../../src/viewer/standalone";
import { readGraphArticleTexts } from "../../src/article-texts";
import { buildModel } from "../../src/neo4j/model";
import { loadGraphFile } from "../../src/neo4j/load-graph";
import { writeNeo4jFiles } from "../../src/neo4j/files";
import { article, graphCli, STORIES, tmp } from "./helpers";

const ODD_IDS = ["with space", "ünïcødé_日本", "line\nbreak", "../x", "100%"];

/** A GET with a chosen Host header (fetch() would not let a test set it). */
function getWithHost(url: string, host: string): Promise<number> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    http.get({ host: u.hostname, port: u.port, path: "/graph.json", headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on("error", reject);
  });
}

describe("readers of the output", function () {
  this.timeout(60000);
  let out: string;
  before(async () => {
    const d = tmp();
    mkdirSync(join(d, "in"));
    writeFileSync(join(d, "in", "plain.txt"), article(0));
    writeFileSync(join(d, "in", "feed.jsonl"), ODD_IDS.map((id, i) => JSON.stringify({ id, text: STORIES[(i + 1) % STORIES.length] })).join("\n"));
    out = join(d, "out", "graph.json");
    const r = await graphCli(["--in", join(d, "in"), "--out", out]);
    assert.equal(r.code, 0, r.err);
  });

  it("the server opens every article, odd ids included, at /article/<URL-encoded id> (issue 11.8)", async () => {
    const server = await serveViewer({ graphFile: out, port: 0 });
    try {
      for (const [i, id] of ODD_IDS.entries()) {
        const res = await fetch(`${server.url}article/${encodeURIComponent(id)}`);
        assert.equal(res.status, 200, id);
        assert.match(await res.text(), new RegExp(STORIES[(i + 1) % STORIES.length].slice(0, 30)), id);
      }
      assert.equal((await fetch(`${server.url}article/plain`)).status, 200);
      assert.equal((await fetch(`${server.url}article/nosuch`)).status, 404, "control: an id not in the graph");
    } finally {
      await server.close();
    }
  });

  it("the standalone page embeds the texts of every article, odd ids included (issue 11.8)", async () => {
    const graphJson = readFileSync(out, "utf8");
    const html = await standaloneHtml(graphJson, readGraphArticleTexts(out, JSON.parse(graphJson)));
    const data = /<script type="application\/json" id="newsgraph-data">(.*?)<\/script>/s.exec(html);
    assert.ok(data);
    assert.deepEqual(Object.keys(JSON.parse(data[1]).articles).sort(), [...ODD_IDS, "plain"].sort());
  });

  it("the server answers only to localhost names, against DNS rebinding (minor)", async () => {
    const server = await serveViewer({ graphFile: out, port: 0 });
    try {
      const port = new URL(server.url).port;
      assert.equal(await getWithHost(server.url, `evil.example:${port}`), 403);
      assert.equal(await getWithHost(server.url, "evil.example"), 403);
      for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, "localhost"]) assert.equal(await getWithHost(server.url, host), 200, host);
    } finally {
      await server.close();
    }
  });

  it("neo4j files: when ';', '|' and U+001F all occur, import.cypher is still written, and the message says the CSV files were not (minor)", () => {
    const d = tmp();
    const graph = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "sample-graph.json"), "utf8"));
    graph.nodes[0].attributes.aliases.push("semi;colon", "pi|pe", "unit\u001fsep");
    const file = join(d, "graph.json");
    writeFileSync(file, JSON.stringify(graph));
    const dir = join(d, "neo4j");
    const result = writeNeo4jFiles(buildModel(loadGraphFile(file)), file, dir);
    assert.ok(existsSync(join(dir, "import.cypher")));
    assert.match(readFileSync(join(dir, "import.cypher"), "utf8"), /unit\\u001Fsep|unit\u001fsep/);
    assert.ok(!existsSync(join(dir, "entities.csv")));
    assert.match(result.csvSkipped ?? "", /CSV files.*were not written; load import\.cypher/);
  });
});

// Viewer logic that needs no browser: search normalisation, highlighting, URL state,
// filters and counts, graph loading, safe embedding, and the static server.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Graph from "graphology";
import { buildSearchIndex, highlightPieces, locateSentence, normalize, searchEntities } from "../viewer/src/core/search/utils";
import { decodeState, emptyState, encodeState } from "../viewer/src/core/url/utils";
import { computeVisibility, dateExtent, dateInRange, evidenceDate } from "../viewer/src/core/filters/utils";
import { parseGraphJson, GraphLoadError, weightedDegrees } from "../viewer/src/core/graph/utils";
import { jsonForScriptTag, standaloneHtml } from "../src/viewer/standalone";
import { serveViewer } from "../src/viewer/serve";

const FIXTURES = path.join(__dirname, "fixtures");
const sampleText = () => fs.readFile(path.join(FIXTURES, "sample-graph.json"), "utf8");

describe("viewer: search", () => {
  it("normalises case, accents and punctuation", () => {
    assert.equal(normalize("  Sergeï  SHOÏGU! "), "sergei shoigu");
    assert.equal(normalize("Kim Jong-Un"), "kim jong un");
    assert.equal(normalize("Zelenskýy"), "zelenskyy");
    assert.equal(normalize("Korean People's Army"), "korean people s army");
  });

  it("finds labels and aliases, ignoring accents, best match first", () => {
    const index = buildSearchIndex([
      { key: "sergei-shoigu", label: "Sergei Shoigu", aliases: ["Shoigu", "Sergey Shoigu"], weight: 3 },
      { key: "russia", label: "Russia", aliases: ["Moscow", "Kremlin"], weight: 10 },
      { key: "zelensky", label: "Volodymyr Zelenský", aliases: [], weight: 1 },
      { key: "shoal", label: "Shoal Bay", aliases: [], weight: 50 },
    ]);
    assert.equal(searchEntities(index, "Shoigu")[0].key, "sergei-shoigu");
    assert.equal(searchEntities(index, "shoïgu")[0].key, "sergei-shoigu");
    assert.equal(searchEntities(index, "zelensky")[0].key, "zelensky");
    const kremlin = searchEntities(index, "krem");
    assert.equal(kremlin[0].key, "russia");
    assert.equal(kremlin[0].alias, "Kremlin");
    // a label that starts with the query beats an alias that does, which beats a later word
    assert.deepEqual(
      searchEntities(index, "sho").map((h) => h.key),
      ["shoal", "sergei-shoigu"],
    );
    assert.deepEqual(searchEntities(index, "   "), []);
    assert.deepEqual(searchEntities(index, "nothing-like-this"), []);
  });
});

describe("viewer: sentence highlighting", () => {
  it("marks entity names as whole words, longest first, keeping every character", () => {
    const s = "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang.";
    const pieces = highlightPieces(s, ["Sergei Shoigu", "Shoigu", "Kim Jong Un", "Kim"]);
    assert.equal(pieces.map((p) => p.text).join(""), s);
    assert.deepEqual(
      pieces.filter((p) => p.mark).map((p) => p.text),
      ["Sergei Shoigu", "Kim Jong Un"],
    );
    // no match inside a word
    assert.deepEqual(highlightPieces("Kimchi", ["Kim"]), [{ text: "Kimchi", mark: false }]);
  });

  it("treats markup in names and sentences as plain text", () => {
    const evil = "<img src=x onerror=alert(1)>";
    const pieces = highlightPieces(`a ${evil} b (x+y)`, [evil, "(x+y)"]);
    assert.equal(pieces.map((p) => p.text).join(""), `a ${evil} b (x+y)`);
    assert.ok(pieces.some((p) => p.mark && p.text === evil));
  });

  it("locates a sentence by offsets, else verbatim", () => {
    const text = "First one. Second sentence here. Third.";
    assert.deepEqual(locateSentence(text, "Second sentence here.", 11, 32), { start: 11, end: 32 });
    assert.deepEqual(locateSentence(text, "Second sentence here.", 0, 5), { start: 11, end: 32 });
    assert.equal(locateSentence(text, "Not there."), null);
  });
});

describe("viewer: URL state", () => {
  it("round-trips selection, filters, dates, camera, theme and article", () => {
    const s = {
      ...emptyState(),
      node: "sergei-shoigu",
      hiddenKinds: ["Person", "Company"],
      hiddenRelations: ["VISITED"],
      docs: ["a1"],
      from: "2025-01-01",
      to: "2025-12-31",
      camera: { x: 0.5, y: 0.25, ratio: 0.3 },
      mode: "grey" as const,
      theme: "dark" as const,
      article: { doc: "a1", start: 0, end: 102, edge: "sergei-shoigu->VISITED->pyongyang", ev: 0 },
    };
    const back = decodeState("#" + encodeState(s));
    assert.deepEqual(back, { ...s, hiddenKinds: ["Company", "Person"] });
  });

  it("keeps edge keys with arrows and odd characters intact", () => {
    const key = "a->MET_WITH->b&c=d#e";
    assert.equal(decodeState(encodeState({ ...emptyState(), edge: key })).edge, key);
  });

  it("round-trips every doc id the build can produce, and only those", () => {
    for (const doc of ["with space", "ünïcødé_日本", "a/b", "a\\b", "line\nbreak", "../etc/passwd", "dup~2"])
      assert.equal(decodeState(encodeState({ ...emptyState(), article: { doc } })).article?.doc, doc, doc);
    for (const doc of ["", " ", ".", "..", "x".repeat(201)]) assert.equal(decodeState(encodeState({ ...emptyState(), article: { doc } })).article, undefined, doc);
  });

  it("leaves defaults out and drops malformed values", () => {
    assert.equal(encodeState(emptyState()), "");
    const s = decodeState("#from=yesterday&to=2025-13&cam=a,b,c&article=..&mode=weird&theme=pink");
    assert.equal(s.from, undefined);
    assert.equal(s.to, "2025-13"); // shape-valid partial date; the filter treats it as a bound
    assert.equal(s.camera, undefined);
    assert.equal(s.article, undefined);
    assert.equal(s.mode, "hide");
    assert.equal(s.theme, undefined);
  });
});

describe("viewer: filters", () => {
  let graph: Graph;
  before(async () => {
    graph = parseGraphJson(await sampleText()).graph;
  });
  const none = () => ({ hiddenKinds: new Set<string>(), hiddenRelations: new Set<string>(), docs: new Set<string>() });

  it("counts everything visible without filters", () => {
    const v = computeVisibility(graph, none());
    assert.equal(v.nodes.size, graph.order);
    assert.equal(v.edges.size, graph.size);
    assert.deepEqual(v.kindCounts.Person, { visible: 3, total: 3 });
    assert.deepEqual(v.relationCounts.LOCATED_IN, { visible: 2, total: 2 });
  });

  it("hides a kind and the edges that touch it", () => {
    const v = computeVisibility(graph, { ...none(), hiddenKinds: new Set(["Person"]) });
    assert.deepEqual(v.kindCounts.Person, { visible: 0, total: 3 });
    assert.ok(!v.nodes.has("sergei-shoigu"));
    assert.ok(!v.edges.has("sergei-shoigu->VISITED->pyongyang"));
    assert.ok(v.edges.has("kursk->LOCATED_IN->russia"));
    assert.deepEqual(v.relationCounts.SANCTIONED, { visible: 0, total: 1 });
  });

  it("hides relation types", () => {
    const v = computeVisibility(graph, { ...none(), hiddenRelations: new Set(["LOCATED_IN"]) });
    assert.deepEqual(v.relationCounts.LOCATED_IN, { visible: 0, total: 2 });
    assert.equal(v.nodes.size, graph.order);
  });

  it("keeps only the chosen articles", () => {
    const v = computeVisibility(graph, { ...none(), docs: new Set(["a2"]) });
    assert.ok(v.nodes.has("rosneft") && v.nodes.has("russia"));
    assert.ok(!v.nodes.has("sergei-shoigu"));
    assert.deepEqual([...v.edges].sort(), graph.filterEdges((_e, a) => a.evidence.some((x: { doc: string }) => x.doc === "a2")).sort());
  });

  it("filters by evidence date, event date first", () => {
    assert.equal(evidenceDate({ articleDate: "2025-06-17", eventDate: "2025-06" }), "2025-06");
    assert.ok(dateInRange("2025-06", "2025-06-17", "2025-06-30"));
    assert.ok(!dateInRange("2025-05-31", "2025-06-01"));
    assert.ok(!dateInRange("2026", undefined, "2025-12-31"));
    const v = computeVisibility(graph, { ...none(), from: "2025-10-01", to: "2025-10-31" });
    assert.ok(v.nodes.has("donald-trump"));
    assert.ok(!v.nodes.has("sergei-shoigu"), "entities with no relation in range go");
    assert.deepEqual(dateExtent(graph), { min: "2024-11-01", max: "2025-10-24" }); // an event date of 2024-11
  });
});

describe("viewer: graph loading", () => {
  it("loads the sample as a directed multigraph and never keeps a `type` attribute", () => {
    const raw = JSON.parse(JSON.stringify(require("./fixtures/sample-graph.json")));
    raw.nodes[0].attributes.type = "image";
    raw.edges[0].attributes.type = "bogus";
    const { graph } = parseGraphJson(JSON.stringify(raw));
    assert.equal(graph.type, "directed");
    assert.ok(graph.multi);
    assert.equal(graph.getNodeAttribute("sergei-shoigu", "type"), undefined);
    assert.equal(graph.getEdgeAttribute(raw.edges[0].key, "type"), undefined);
    assert.ok((weightedDegrees(graph).get("russia") ?? 0) > (weightedDegrees(graph).get("kursk") ?? 0));
  });

  it("explains bad input", () => {
    assert.throws(() => parseGraphJson(""), GraphLoadError);
    assert.throws(() => parseGraphJson("{bad"), /not valid JSON/);
    assert.throws(() => parseGraphJson('{"foo":1}'), /expected an object with "nodes"/);
  });

  it("places nodes without positions", () => {
    const { graph, unplaced } = parseGraphJson(JSON.stringify({ nodes: [{ key: "a" }, { key: "b" }], edges: [{ source: "a", target: "b" }] }));
    assert.equal(unplaced, 2);
    assert.ok(Number.isFinite(graph.getNodeAttribute("a", "x")));
    assert.equal(graph.size, 1);
  });
});

describe("viewer: standalone embedding", () => {
  it("leaves no raw <, > or & in embedded JSON and round-trips", () => {
    const value = { s: "</script><script>alert(1)</script><!-- & \u2028" };
    const out = jsonForScriptTag(value);
    assert.ok(!/[<>&]/.test(out));
    assert.deepEqual(JSON.parse(out), value);
  });

  it("inlines everything: no external script or stylesheet, one data block, no early </script>", async function () {
    this.timeout(20000);
    const xss = await fs.readFile(path.join(FIXTURES, "xss-graph.json"), "utf8");
    const html = await standaloneHtml(xss, { xss1: "</script><script>alert(1)</script>" });
    assert.ok(!/<script[^>]+src=/.test(html));
    assert.ok(!/<link[^>]+stylesheet/.test(html));
    assert.equal((html.match(/<\/script/gi) ?? []).length, 2, "only the two tags we wrote close a script");
    assert.equal((html.match(/<script/gi) ?? []).length, 2);
    await assert.rejects(standaloneHtml("{not json"), /not valid JSON/);
  });
});

function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string }> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("viewer: server", function () {
  this.timeout(20000);
  let tmp: string;
  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "newsgraph-viewer-"));
    await fs.mkdir(path.join(tmp, "articles"));
    await fs.writeFile(path.join(tmp, "graph.json"), await sampleText());
    await fs.writeFile(path.join(tmp, "articles", "a1.txt"), "Cleaned text of a1.");
    await fs.writeFile(path.join(tmp, "secret.txt"), "secret");
    await fs.writeFile(path.join(tmp, "bad.json"), "{oops");
  });
  after(() => fs.rm(tmp, { recursive: true, force: true }));

  it("serves the viewer, the graph and article texts on 127.0.0.1", async () => {
    const server = await serveViewer({ graphFile: path.join(tmp, "graph.json"), port: 0 });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const index = await fetch(server.url);
      assert.equal(index.status, 200);
      assert.match(await index.text(), /<script src="app.js">/);
      const app = await fetch(server.url + "app.js");
      assert.equal(app.status, 200);
      assert.match(app.headers.get("content-type") ?? "", /javascript/);
      const graph = await fetch(server.url + "graph.json");
      assert.equal(graph.status, 200);
      assert.equal((await graph.json()).nodes.length, 10);
      const art = await fetch(server.url + "article/a1");
      assert.equal(await art.text(), "Cleaned text of a1.");
      assert.match(art.headers.get("content-type") ?? "", /^text\/plain/);
      assert.equal(art.headers.get("x-content-type-options"), "nosniff");
      assert.equal((await fetch(server.url + "article/zz")).status, 404);
    } finally {
      await server.close();
    }
  });

  it("refuses path traversal in article ids", async () => {
    const server = await serveViewer({ graphFile: path.join(tmp, "graph.json"), port: 0 });
    try {
      // raw request paths: fetch() would normalise the dots away before they reach the server
      for (const p of ["/article/..%2Fsecret", "/article/%2e%2e%2Fsecret", "/article/..", "/article/a%00b", "/article/a%2Fb", "/article/../secret.txt", "/../secret.txt"]) {
        const res = await rawGet(server.url, p);
        assert.ok(res.status === 400 || res.status === 404, `${p} → ${res.status}`);
        assert.ok(!res.body.includes("secret"), p);
      }
      assert.equal((await fetch(server.url + "../secret.txt")).status, 404);
    } finally {
      await server.close();
    }
  });

  it("says clearly when the graph is missing or malformed", async () => {
    const missing = await serveViewer({ graphFile: path.join(tmp, "nope.json"), port: 0 });
    try {
      const res = await fetch(missing.url + "graph.json");
      assert.equal(res.status, 404);
      assert.match(await res.text(), /Graph file not found: .*nope\.json/);
    } finally {
      await missing.close();
    }
    const bad = await serveViewer({ graphFile: path.join(tmp, "bad.json"), port: 0 });
    try {
      const res = await fetch(bad.url + "graph.json");
      assert.equal(res.status, 500);
      assert.match(await res.text(), /malformed/);
    } finally {
      await bad.close();
    }
  });
});

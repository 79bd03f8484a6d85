// The graph command as a user runs it: arguments, exit codes, messages, and output that is never half-written.
// runGraphCli runs in this process; one test starts the real script as npm run graph does.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { writeFileSync, readFileSync, copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { parseGraphArgs } from "../src/cli/graph";
import { graphCli, graphTexts, tmp } from "./hostile/helpers";

describe("npm run graph", function () {
  this.timeout(60000);
  it("--help explains the options and exits 0", async () => {
    const r = await graphCli(["--help"]);
    assert.equal(r.code, 0);
    assert.match(r.out, /--in PATH/);
    assert.match(r.out, /--out FILE/);
  });
  it("an unknown option is exit 2 with the usage", async () => {
    const r = await graphCli(["--frobnicate"]);
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown option --frobnicate/);
    assert.match(r.err, /usage: npm run graph/);
  });
  it("an option given twice, or a number that is not one, is exit 2", async () => {
    assert.match((await graphCli(["--out", "a.json", "--out", "b.json"])).err, /--out is given twice/);
    assert.match((await graphCli(["--workers", "two"])).err, /--workers takes a whole number/);
    assert.match((await graphCli(["--max-mb", "0"])).err, /--max-mb takes a positive number/);
  });
  it("reads options and bare paths as inputs", () => {
    assert.deepEqual(parseGraphArgs(["a", "--in", "b", "--out", "g.json", "--workers", "2", "--no-cache"]), {
      inputs: ["b", "a"], out: "g.json", html: undefined, strict: false, maxMb: 5, quiet: false, workers: 2, cache: false, freshLayout: false, allowEmpty: false,
    });
    assert.deepEqual(parseGraphArgs([]), {
      inputs: ["graph/articles"], out: "graph/out/graph.json", html: undefined, strict: false, maxMb: 5, quiet: false, workers: undefined, cache: join("graph", ".cache"), freshLayout: false, allowEmpty: false,
    });
  });
  it("a missing input path is exit 2 naming it", async () => {
    const r = await graphCli(["--in", "/no/such/articles", "--out", join(tmp(), "g.json")]);
    assert.equal(r.code, 2);
    assert.match(r.err, /input path not found: "\/no\/such\/articles"/);
  });
  it("builds, says what it built, and skips bad files with one line each", async () => {
    const d = tmp();
    const input = join(d, "in");
    mkdirSync(input);
    copyFileSync("graph/articles/002_1d0b14440b4e3599.txt", join(input, "002.txt"));
    writeFileSync(join(input, "empty.txt"), "");
    writeFileSync(join(input, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0]));
    const out = join(d, "out", "graph.json");
    const r = await graphCli(["--in", input, "--out", out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /1 articles, \d+ entities, \d+ relations/);
    assert.match(r.out, /2 skipped/);
    assert.match(r.err, /^skipped ".*empty\.txt": empty file$/m);
    assert.match(r.err, /^skipped ".*binary\.txt": binary file/m);
    const g = Graph.from(JSON.parse(readFileSync(out, "utf8")));
    assert.ok(g.order > 5);
    assert.match(graphTexts(out).get("002") ?? "", /\w/, "the cleaned article text is written beside the graph");
    assert.deepEqual(readdirSync(join(d, "out")).filter((f) => f.endsWith(".tmp")), [], "no temp files left");
  });
  it("--strict turns skipped files into exit 1", async () => {
    const d = tmp();
    copyFileSync("graph/articles/003_24596bca16d28781.txt", join(d, "003.txt"));
    writeFileSync(join(d, "empty.txt"), "");
    const r = await graphCli(["--in", d, "--out", join(d, "..", `${d.split("/").pop()}.json`), "--strict"]);
    assert.equal(r.code, 1);
    assert.match(r.err, /--strict/);
  });
  it("two builds of the same input write identical graph.json", async () => {
    const d = tmp();
    const a = await graphCli(["--in", "graph/articles", "--out", join(d, "a.json")]);
    const b = await graphCli(["--in", "graph/articles", "--out", join(d, "b.json")]);
    assert.equal(a.code, 0, a.err);
    assert.equal(b.code, 0, b.err);
    assert.equal(readFileSync(join(d, "a.json"), "utf8"), readFileSync(join(d, "b.json"), "utf8"));
  });
  it("--html writes one self-contained viewer page with the graph inside", async () => {
    const d = tmp();
    const page = join(d, "share.html");
    const r = await graphCli(["--in", "graph/articles/004_3c0319bfe690b474.txt", "--out", join(d, "g.json"), "--html", page]);
    assert.equal(r.code, 0, r.err);
    const html = readFileSync(page, "utf8");
    assert.ok(html.includes("Sergei Shoigu"));
    assert.ok(!/<script[^>]+src=/.test(html), "no external scripts");
  });
  it("smoke: the real script builds and exits 0, as npm run graph runs it", () => {
    const d = tmp();
    const out = join(d, "g.json");
    const r = spawnSync(process.execPath, ["-r", "ts-node/register", "scripts/graph.ts", "--no-cache", "--in", "graph/articles/001_ac11cd2603d3d6e8.txt", "--out", out], {
      encoding: "utf8",
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^built ".*g\.json": 1 articles/);
    assert.ok(existsSync(out));
  });
});

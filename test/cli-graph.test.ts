// The graph command as a user runs it: arguments, exit codes, messages, and output that is never half-written.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";

// Without the cache, so tests neither read nor write the project's graph/.cache.
const run = (args: string[]) => spawnSync(process.execPath, ["-r", "ts-node/register", "scripts/graph.ts", "--no-cache", ...args], { encoding: "utf8", env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" } });
const tmp = () => mkdtempSync(join(tmpdir(), "newsgraph-cli-"));

describe("npm run graph", function () {
  this.timeout(120000);
  it("--help explains the options and exits 0", () => {
    const r = run(["--help"]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /--in PATH/);
    assert.match(r.stdout, /--out FILE/);
  });
  it("an unknown option is exit 2 with the usage", () => {
    const r = run(["--frobnicate"]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown option --frobnicate/);
  });
  it("a missing input path is exit 2 naming it", () => {
    const r = run(["--in", "/no/such/articles", "--out", join(tmp(), "g.json")]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\/no\/such\/articles/);
  });
  it("builds, says what it built, and skips bad files with one line each", () => {
    const d = tmp();
    copyFileSync("graph/articles/002_1d0b14440b4e3599.txt", join(d, "002.txt"));
    writeFileSync(join(d, "empty.txt"), "");
    writeFileSync(join(d, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0]));
    const out = join(d, "out", "graph.json");
    const r = run(["--in", d, "--out", out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /1 articles, \d+ entities, \d+ relations/);
    assert.match(r.stdout, /2 skipped/);
    assert.match(r.stderr, /skipped .*empty\.txt: empty file/);
    assert.match(r.stderr, /skipped .*binary\.txt: binary file/);
    const g = Graph.from(JSON.parse(readFileSync(out, "utf8")));
    assert.ok(g.order > 5);
    assert.ok(existsSync(join(d, "out", "articles", "002.txt")), "cleaned article text is written beside the graph");
    assert.deepEqual(readdirSync(join(d, "out")).filter((f) => f.endsWith(".tmp")), [], "no temp files left");
  });
  it("--strict turns skipped files into exit 1", () => {
    const d = tmp();
    copyFileSync("graph/articles/003_24596bca16d28781.txt", join(d, "003.txt"));
    writeFileSync(join(d, "empty.txt"), "");
    const r = run(["--in", d, "--out", join(d, "g.json"), "--strict"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /--strict/);
  });
  it("two builds of the same input write identical graph.json", () => {
    const d = tmp();
    const a = run(["--in", "graph/articles", "--out", join(d, "a.json")]);
    const b = run(["--in", "graph/articles", "--out", join(d, "b.json")]);
    assert.equal(a.status, 0, a.stderr);
    assert.equal(b.status, 0, b.stderr);
    assert.equal(readFileSync(join(d, "a.json"), "utf8"), readFileSync(join(d, "b.json"), "utf8"));
  });
  it("--html writes one self-contained viewer page with the graph inside", () => {
    const d = tmp();
    const page = join(d, "share.html");
    const r = run(["--in", "graph/articles/004_3c0319bfe690b474.txt", "--out", join(d, "g.json"), "--html", page]);
    assert.equal(r.status, 0, r.stderr);
    const html = readFileSync(page, "utf8");
    assert.ok(html.includes("Sergei Shoigu"));
    assert.ok(!/<script[^>]+src=/.test(html), "no external scripts");
  });
});

// Hostile outputs: a build never writes into or over its input or onto a
// non-file, never leaves text that disagrees with graph.json, and a failing
// build leaves the previous output as it was.
import { strict as assert } from "node:assert";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { article, evidenceCheck, graphCli, graphTexts, tmp } from "./helpers";

/** A folder of n articles with dates, sources and titles, as in graph/articles. */
function articlesFolder(n: number): string {
  const d = join(tmp(), "articles");
  mkdirSync(d);
  for (let i = 0; i < n; i++) writeFileSync(join(d, `a${i}.txt`), article(i));
  return d;
}

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("hostile outputs", function () {
  this.timeout(60000);

  describe("the output never goes into or over an input (issue 11.1)", () => {
    it("--out beside the input folder, so that its texts would go into it: exit 2, originals untouched", async () => {
      const input = articlesFolder(2);
      const before = snapshot(input);
      const r = await graphCli(["--in", input, "--out", join(input, "..", "graph.json")]);
      assert.equal(r.code, 2);
      assert.match(r.err, /^graph: the article texts folder beside --out ".*articles" is the input ".*articles": the build would write over its own input\. Choose --out outside every --in\.$/m);
      assert.deepEqual(snapshot(input), before);
    });
    it("--out inside the input folder, or over an input file: exit 2", async () => {
      const input = articlesFolder(1);
      assert.equal((await graphCli(["--in", input, "--out", join(input, "out", "graph.json")])).code, 2);
      const r = await graphCli(["--in", join(input, "a0.txt"), "--out", join(input, "a0.txt")]);
      assert.equal(r.code, 2);
      assert.match(r.err, /--out ".*a0\.txt" is the input/);
      assert.equal(readFileSync(join(input, "a0.txt"), "utf8"), article(0));
    });
    it("an input inside the texts folder the build writes: exit 2", async () => {
      const d = tmp();
      mkdirSync(join(d, "articles", "mine"), { recursive: true });
      writeFileSync(join(d, "articles", "mine", "a.txt"), article(0));
      const r = await graphCli(["--in", join(d, "articles", "mine"), "--out", join(d, "graph.json")]);
      assert.equal(r.code, 2);
      assert.match(r.err, /the input ".*mine" is inside the article texts folder/);
    });
    it("--out a folder, or a device: exit 2 in one line, and the device is left alone (11.1, 11.5)", async () => {
      const input = articlesFolder(1);
      const dir = join(tmp(), "existing");
      mkdirSync(dir);
      const r = await graphCli(["--in", input, "--out", dir]);
      assert.equal(r.code, 2);
      assert.equal(r.err.trim().split("\n").length, 1, r.err);
      assert.match(r.err, /--out ".*existing" is not a regular file/);
      const dev = await graphCli(["--in", input, "--out", "/dev/null"]);
      assert.equal(dev.code, 2);
      assert.ok(statSync("/dev/null").isCharacterDevice());
    });
    it("control: --out outside the input builds, with the texts beside it", async () => {
      const input = articlesFolder(2);
      const out = join(input, "..", "out", "graph.json");
      const r = await graphCli(["--in", input, "--out", out]);
      assert.equal(r.code, 0, r.err);
      assert.equal(graphTexts(out).size, 2);
    });
  });

  it("an article edited without changing its size gets its new text (issue 11.4)", async () => {
    const input = articlesFolder(2);
    const out = join(input, "..", "out", "graph.json");
    const cache = join(input, "..", "cache");
    assert.equal((await graphCli(["--in", input, "--out", out, "--cache", cache])).code, 0);
    writeFileSync(join(input, "a0.txt"), article(0).replace("Kishida", "Kishidb"));
    assert.equal((await graphCli(["--in", input, "--out", out, "--cache", cache])).code, 0);
    const text = graphTexts(out).get("a0")!;
    assert.match(text, /Kishidb/);
    assert.doesNotMatch(text, /Kishida/);
    assert.equal(evidenceCheck(out)[1], 0);
    assert.equal(readdirSync(join(out, "..", "articles")).length, 2, "the old text is removed once no graph refers to it");
  });

  it("two graphs in one folder each keep their texts", async () => {
    const first = articlesFolder(2);
    const more = "\nOfficials from both governments said that further talks between the two sides would take place in the spring.\n";
    for (let i = 0; i < 2; i++) writeFileSync(join(first, `a${i}.txt`), article(i) + more); // texts of its own
    const second = articlesFolder(3);
    const dir = join(first, "..", "out");
    assert.equal((await graphCli(["--in", first, "--out", join(dir, "one.json")])).code, 0);
    assert.equal((await graphCli(["--in", second, "--out", join(dir, "two.json")])).code, 0);
    writeFileSync(join(second, "a2.txt"), article(4));
    assert.equal((await graphCli(["--in", second, "--out", join(dir, "two.json")])).code, 0);
    for (const graph of ["one.json", "two.json"]) {
      assert.ok([...graphTexts(join(dir, graph)).values()].every((t) => t !== undefined), graph);
      assert.equal(evidenceCheck(join(dir, graph))[1], 0, graph);
    }
  });

  it("a cache entry edited by hand is ignored and extracted again (issue 11.5)", async () => {
    const input = articlesFolder(2);
    const d = join(input, "..");
    const cache = join(d, "cache");
    assert.equal((await graphCli(["--in", input, "--out", join(d, "a", "graph.json"), "--cache", cache])).code, 0);
    const entries = (readdirSync(cache, { recursive: true }) as string[]).filter((f) => f.endsWith(".json")).map((f) => join(cache, f));
    assert.equal(entries.length, 2);
    writeFileSync(entries[0], readFileSync(entries[0], "utf8").replace('"entities":[', '"entities":null,"was":['));
    const r = await graphCli(["--in", input, "--out", join(d, "b", "graph.json"), "--cache", cache]);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(d, "b", "graph.json"), "utf8"), readFileSync(join(d, "a", "graph.json"), "utf8"));
    const clean = await graphCli(["--in", input, "--out", join(d, "c", "graph.json"), "--no-cache"]);
    assert.equal(clean.code, 0);
    assert.equal(readFileSync(join(d, "c", "graph.json"), "utf8"), readFileSync(join(d, "a", "graph.json"), "utf8"), "control: the same graph as a clean build");
  });

  it("--html embeds the texts of the graph's articles only (issue 11.6)", async () => {
    const big = articlesFolder(5);
    const out = join(big, "..", "out", "graph.json");
    assert.equal((await graphCli(["--in", big, "--out", out])).code, 0);
    const one = join(big, "..", "one");
    mkdirSync(one);
    copyFileSync(join(big, "a3.txt"), join(one, "a3.txt"));
    const page = join(big, "..", "page.html");
    const r = await graphCli(["--in", one, "--out", out, "--html", page]);
    assert.equal(r.code, 0, r.err);
    const data = /<script type="application\/json" id="newsgraph-data">(.*?)<\/script>/s.exec(readFileSync(page, "utf8"));
    assert.ok(data);
    assert.deepEqual(Object.keys(JSON.parse(data[1]).articles), ["a3"]);
  });

  describe("options and failing builds (minor)", () => {
    it("--no-cache with --cache DIR is an error, not the last one winning", async () => {
      const r = await graphCli(["--no-cache", "--cache", join(tmp(), "c"), "--in", articlesFolder(1), "--out", join(tmp(), "g.json")]);
      assert.equal(r.code, 2);
      assert.match(r.err, /--no-cache and --cache DIR contradict each other/);
    });
    it("a failing --strict build leaves the previous graph.json and its texts", async () => {
      const input = articlesFolder(2);
      const out = join(input, "..", "out", "graph.json");
      assert.equal((await graphCli(["--in", input, "--out", out, "--strict"])).code, 0, "control: no skip, built");
      const before = readFileSync(out, "utf8");
      writeFileSync(join(input, "a0.txt"), article(4));
      writeFileSync(join(input, "empty.txt"), "");
      const r = await graphCli(["--in", input, "--out", out, "--strict"]);
      assert.equal(r.code, 1);
      assert.match(r.err, /--strict is set; ".*graph\.json" was not replaced/);
      assert.equal(readFileSync(out, "utf8"), before);
      assert.equal(evidenceCheck(out)[1], 0);
    });
  });
});

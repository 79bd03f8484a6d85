// Hostile inputs: folders that loop, ids that clash or cannot be file names,
// files that are not articles. Each build ends, keeps every article, and says
// in one line per case what it did.
import { strict as assert } from "node:assert";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync } from "node:fs";
import { join } from "node:path";
import { walkInputs } from "../../src/ingest";
import { article, evidenceCheck, graphCli, graphTexts, readGraph, STORIES, tmp } from "./helpers";

describe("hostile inputs", function () {
  this.timeout(60000);

  describe("a symlink loop (issue 11.2)", () => {
    it("two links back to the top folder: each real folder is read once, each link reported once", () => {
      const d = tmp();
      mkdirSync(join(d, "s1"));
      mkdirSync(join(d, "s2"));
      symlinkSync("..", join(d, "s1", "up"));
      symlinkSync("..", join(d, "s2", "up"));
      writeFileSync(join(d, "s1", "a.txt"), article(0));
      writeFileSync(join(d, "s2", "b.txt"), article(1));
      const { files, notes } = walkInputs([d]);
      assert.deepEqual(files.map((f) => f.slice(d.length + 1)), ["s1/a.txt", "s2/b.txt"]);
      assert.equal(notes.length, 2);
      assert.match(notes[0], /not following ".*s1\/up": it leads to the folder ".*", already read/);
    });
    it("the build ends with both articles and prints each loop as a note", async () => {
      const d = tmp();
      mkdirSync(join(d, "in", "s1"), { recursive: true });
      symlinkSync("..", join(d, "in", "s1", "up"));
      writeFileSync(join(d, "in", "s1", "a.txt"), article(0));
      writeFileSync(join(d, "in", "b.txt"), article(1));
      const r = await graphCli(["--in", join(d, "in"), "--out", join(d, "out", "graph.json")]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /2 articles/);
      assert.equal(r.err.match(/^note: not following/gm)?.length, 1, r.err);
    });
    it("control: a link to a folder outside the input is followed", () => {
      const d = tmp();
      mkdirSync(join(d, "in"));
      mkdirSync(join(d, "elsewhere"));
      writeFileSync(join(d, "elsewhere", "c.txt"), article(2));
      symlinkSync(join(d, "elsewhere"), join(d, "in", "link"));
      const { files, notes } = walkInputs([join(d, "in")]);
      assert.deepEqual(files.map((f) => f.slice(d.length + 1)), ["in/link/c.txt"]);
      assert.deepEqual(notes, []);
    });
  });

  describe("doc ids (issue 11.3, 11.5, 11.8)", () => {
    it("a file and a JSON line with the same id: both kept under unique ids, each with its own text", async () => {
      const d = tmp();
      mkdirSync(join(d, "in"));
      writeFileSync(join(d, "in", "dup.txt"), article(0));
      writeFileSync(join(d, "in", "feed.jsonl"), `${JSON.stringify({ id: "dup", text: STORIES[1] })}\n`);
      const out = join(d, "out", "graph.json");
      const r = await graphCli(["--in", join(d, "in"), "--out", out]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /^note: doc id "dup" of ".*feed\.jsonl" is taken by ".*dup\.txt"; it is "dup~2" in this graph$/m);
      const texts = graphTexts(out);
      assert.deepEqual([...texts.keys()].sort(), ["dup", "dup~2"]);
      assert.match(texts.get("dup")!, /Kishida/);
      assert.match(texts.get("dup~2")!, /Scholz/);
      const [good, bad] = evidenceCheck(out);
      assert.ok(good > 0);
      assert.equal(bad, 0, "every evidence span points into its own article's text");
    });
    it("ids a/b, a\\b and a_b stay three ids", async () => {
      const d = tmp();
      mkdirSync(join(d, "in"));
      writeFileSync(join(d, "in", "feed.jsonl"), ["a/b", "a\\b", "a_b"].map((id, i) => JSON.stringify({ id, text: STORIES[i] })).join("\n"));
      const out = join(d, "out", "graph.json");
      const r = await graphCli(["--in", join(d, "in"), "--out", out]);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(readGraph(out).attributes.articles.map((a) => a.id).sort(), ["a/b", "a\\b", "a_b"]);
      assert.equal(evidenceCheck(out)[1], 0);
    });
    it("a 10,000-character id: built, the id shortened with a hash, no stack trace", async () => {
      const d = tmp();
      mkdirSync(join(d, "in"));
      const long = "x".repeat(10000);
      writeFileSync(join(d, "in", "feed.jsonl"), [JSON.stringify({ id: long, text: STORIES[0] }), JSON.stringify({ id: `${long}y`, text: STORIES[1] })].join("\n"));
      const out = join(d, "out", "graph.json");
      const r = await graphCli(["--in", join(d, "in"), "--out", out]);
      assert.equal(r.code, 0, r.err);
      const ids = readGraph(out).attributes.articles.map((a) => a.id);
      assert.equal(ids.length, 2);
      assert.notEqual(ids[0], ids[1], "two long ids with one prefix stay apart");
      for (const id of ids) assert.ok(id.length <= 200 && id.startsWith("xxxx"), id.slice(0, 20));
      assert.equal(evidenceCheck(out)[1], 0);
    });
    it("ids with a space, non-ASCII letters or a newline are kept as given", async () => {
      const d = tmp();
      mkdirSync(join(d, "in"));
      writeFileSync(join(d, "in", "with space.txt"), article(0));
      writeFileSync(join(d, "in", "ünïcødé_日本.txt"), article(1));
      writeFileSync(join(d, "in", "feed.jsonl"), JSON.stringify({ id: "line\nbreak", text: STORIES[2] }));
      const out = join(d, "out", "graph.json");
      const r = await graphCli(["--in", join(d, "in"), "--out", out]);
      assert.equal(r.code, 0, r.err);
      const texts = graphTexts(out);
      assert.deepEqual([...texts.keys()].sort(), ["line\nbreak", "with space", "ünïcødé_日本"]);
      assert.ok([...texts.values()].every((t) => t && t.length > 50));
    });
  });

  describe("files that are not articles", () => {
    it("a binary file, a Latin-1 file and a 50 MB file are skipped with one line each; the good article is built", async () => {
      const d = tmp();
      mkdirSync(join(d, "in"));
      writeFileSync(join(d, "in", "good.txt"), article(0));
      writeFileSync(join(d, "in", "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
      writeFileSync(join(d, "in", "latin1.txt"), Buffer.from(`Caf\xe9 au lait in M\xfcnchen: ${STORIES[1]}`, "latin1"));
      const fd = openSync(join(d, "in", "huge.txt"), "w");
      ftruncateSync(fd, 50 * 1024 * 1024); // 50 MB, sparse: the size check must refuse it unread
      closeSync(fd);
      const r = await graphCli(["--in", join(d, "in"), "--out", join(d, "out", "graph.json")]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /1 articles.*3 skipped/);
      assert.match(r.err, /^skipped ".*binary\.txt": binary file/m);
      assert.match(r.err, /^skipped ".*latin1\.txt": not valid UTF-8.*iconv/m);
      assert.match(r.err, /^skipped ".*huge\.txt": too large \(50\.0 MB > 5\.0 MB\); split it or raise --max-mb$/m);
    });
    it("a file name with a newline is quoted: its skip stays on one line (minor)", async () => {
      const d = tmp();
      mkdirSync(join(d, "in"));
      writeFileSync(join(d, "in", "good.txt"), article(0));
      writeFileSync(join(d, "in", "bad\nname.txt"), "");
      const r = await graphCli(["--in", join(d, "in"), "--out", join(d, "out", "graph.json")]);
      assert.equal(r.code, 0, r.err);
      const lines = r.err.split("\n").filter(Boolean);
      assert.equal(lines.length, 1, r.err);
      assert.match(lines[0], /^skipped ".*bad\\nname\.txt": empty file$/);
    });
  });

  describe("no articles (minor)", () => {
    it("an empty input folder keeps the previous graph and exits 2 saying so", async () => {
      const d = tmp();
      mkdirSync(join(d, "in"));
      mkdirSync(join(d, "empty"));
      writeFileSync(join(d, "in", "a.txt"), article(0));
      const out = join(d, "out", "graph.json");
      assert.equal((await graphCli(["--in", join(d, "in"), "--out", out])).code, 0);
      const before = readFileSync(out, "utf8");
      const r = await graphCli(["--in", join(d, "empty"), "--out", out]);
      assert.equal(r.code, 2);
      assert.match(r.err, /^graph: no articles found in ".*empty".*--allow-empty/m);
      assert.equal(readFileSync(out, "utf8"), before);
      assert.equal(evidenceCheck(out)[1], 0, "and its texts");
    });
    it("with --allow-empty, an empty graph is written", async () => {
      const d = tmp();
      mkdirSync(join(d, "in"));
      const out = join(d, "out", "graph.json");
      const r = await graphCli(["--in", join(d, "in"), "--out", out, "--allow-empty"]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /0 articles/);
      assert.deepEqual(readGraph(out).attributes.articles, []);
    });
  });
});

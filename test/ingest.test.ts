// Ingest: which files are read, how each format becomes text, and how bad files are refused.
import { strict as assert } from "node:assert";
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listInputFiles, readInputFile, decodeText, docIdOf, usableDocId, InputPathError, MAX_DOC_ID_LENGTH } from "../src/ingest";

const dir = () => mkdtempSync(join(tmpdir(), "newsgraph-ingest-"));
const PROSE = "Japanese Prime Minister Fumio Kishida met French President Emmanuel Macron in Paris on Monday to discuss trade and security.";

describe("ingest", () => {
  it("lists supported files recursively, sorted, skipping hidden ones", () => {
    const d = dir();
    mkdirSync(join(d, "sub"));
    for (const f of ["b.txt", "a.md", "sub/c.html", "sub/d.jsonl", "e.pdf", ".hidden.txt"]) writeFileSync(join(d, f), "x");
    const files = listInputFiles([d]).map((f) => f.slice(d.length + 1));
    assert.deepEqual(files, ["a.md", "b.txt", "sub/c.html", "sub/d.jsonl"]);
  });
  it("a missing input path is an error naming it", () => {
    assert.throws(() => listInputFiles(["/no/such/folder"]), (e: Error) => e instanceof InputPathError && e.message.includes("/no/such/folder"));
  });
  it("the doc id is the file name without its extension", () => assert.equal(docIdOf("graph/articles/000_92ee768ca15d9c1c.txt"), "000_92ee768ca15d9c1c"));
  it("an id is kept as given when it can serve: any characters, but not blank, '.' or '..'", () => {
    for (const id of ["with space", "a/b", "a\\b", "ünïcødé_日本", "line\nbreak"]) assert.equal(usableDocId(id), id);
    for (const id of ["", "  ", ".", ".."]) assert.equal(usableDocId(id), undefined, JSON.stringify(id));
    assert.equal(docIdOf("in/..txt"), "..txt", "a file '..txt' has the id '..txt', not '.'");
    assert.equal(docIdOf("in/...txt"), "...txt", "and '...txt' the id '...txt', not '..'");
  });
  it("a long id is cut to MAX_DOC_ID_LENGTH and keeps a hash of the whole, so long ids stay apart", () => {
    const a = usableDocId("x".repeat(10000))!;
    const b = usableDocId(`${"x".repeat(10000)}y`)!;
    assert.equal(a.length, MAX_DOC_ID_LENGTH);
    assert.notEqual(a, b);
    assert.equal(usableDocId("x".repeat(10000)), a, "the same id every time");
    assert.equal(usableDocId("x".repeat(MAX_DOC_ID_LENGTH)), "x".repeat(MAX_DOC_ID_LENGTH), "control: at the limit, kept whole");
    const emoji = usableDocId("😀".repeat(300))!;
    assert.ok(emoji.length <= MAX_DOC_ID_LENGTH && !/[\ud800-\udbff](?![\udc00-\udfff])/.test(emoji), "never cut inside a character");
  });
  it("JSON ids are kept as given: a/b and a_b are two ids", () => {
    const d = dir();
    writeFileSync(join(d, "feed.jsonl"), [JSON.stringify({ id: "a/b", text: PROSE }), JSON.stringify({ id: "a_b", text: PROSE }), JSON.stringify({ id: "..", text: PROSE })].join("\n"));
    assert.deepEqual(readInputFile(join(d, "feed.jsonl")).docs.map((x) => x.id), ["a/b", "a_b", "feed-3"]);
  });
  it("reads plain text as is", () => {
    const d = dir();
    writeFileSync(join(d, "x.txt"), PROSE);
    const r = readInputFile(join(d, "x.txt"));
    assert.equal(r.docs[0].text, PROSE);
    assert.equal(r.docs[0].id, "x");
  });
  it("strips Markdown markup but keeps the words", () => {
    const d = dir();
    writeFileSync(join(d, "m.md"), `# A headline\n\n**${PROSE}** See [the report](http://example.org).`);
    const text = readInputFile(join(d, "m.md")).docs[0].text;
    assert.ok(text.includes(PROSE));
    assert.ok(text.includes("See the report."));
    assert.ok(!text.includes("**") && !text.includes("http"));
  });
  it("takes an HTML page's main content, title, date and site with Readability", () => {
    const d = dir();
    const html = `<html><head><title>Kishida meets Macron</title><meta property="article:published_time" content="2024-05-06T10:00:00Z"><meta property="og:site_name" content="Example News"></head>
      <body><nav><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a></nav>
      <article><h1>Kishida meets Macron</h1><p>${PROSE}</p><p>${PROSE.replace("Monday", "Tuesday")}</p><p>${PROSE.replace("trade", "energy")}</p></article>
      <footer>Copyright Example News. All rights reserved.</footer></body></html>`;
    writeFileSync(join(d, "p.html"), html);
    const doc = readInputFile(join(d, "p.html")).docs[0];
    assert.equal(doc.format, "html");
    assert.equal(doc.title, "Kishida meets Macron");
    assert.equal(doc.date, "2024-05-06T10:00:00Z");
    assert.equal(doc.source, "Example News");
    assert.ok(doc.text.includes(PROSE));
    assert.ok(!doc.text.includes("All rights reserved"));
  });
  it("reads JSON lines with id, title, date and url; a bad line is a skip with its line number", () => {
    const d = dir();
    writeFileSync(join(d, "feed.jsonl"), [JSON.stringify({ id: "a1", text: PROSE, title: "T", date: "2024-05-06", url: "http://x" }), "{broken", JSON.stringify({ text: PROSE })].join("\n"));
    const r = readInputFile(join(d, "feed.jsonl"));
    assert.deepEqual(r.docs.map((x) => x.id), ["a1", "feed-3"]);
    assert.equal(r.docs[0].title, "T");
    assert.equal(r.skips.length, 1);
    assert.match(r.skips[0].reason, /line 2/);
  });
  it("reads a JSON array of articles", () => {
    const d = dir();
    writeFileSync(join(d, "list.json"), JSON.stringify([{ text: PROSE }, { body: PROSE, id: 7 }]));
    assert.deepEqual(readInputFile(join(d, "list.json")).docs.map((x) => x.id), ["list-1", "7"]);
  });
  describe("bad files are skipped with the reason and the fix", () => {
    const cases: [string, Buffer | string, RegExp][] = [
      ["empty.txt", "", /empty/],
      ["blank.txt", "  \n\n ", /empty/],
      ["binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), /binary/],
      ["latin1.txt", Buffer.from("Caf\xe9 au lait in M\xfcnchen, a long enough sentence.", "latin1"), /UTF-8.*iconv/],
    ];
    for (const [name, content, reason] of cases)
      it(name, () => {
        const d = dir();
        writeFileSync(join(d, name), content);
        const r = readInputFile(join(d, name), { root: d });
        assert.equal(r.docs.length, 0);
        assert.equal(r.skips[0].path, name);
        assert.match(r.skips[0].reason, reason);
      });
    it("oversized", () => {
      const d = dir();
      writeFileSync(join(d, "big.txt"), PROSE.repeat(100));
      const r = readInputFile(join(d, "big.txt"), { maxBytes: 1000 });
      assert.match(r.skips[0].reason, /too large.*--max-mb/);
    });
    it("a broken link in a folder is listed and skipped as unreadable", () => {
      const d = dir();
      symlinkSync(join(d, "gone.txt"), join(d, "link.txt"));
      const files = listInputFiles([d]);
      assert.deepEqual(files.map((f) => f.slice(d.length + 1)), ["link.txt"]);
      assert.match(readInputFile(files[0]).skips[0].reason, /unreadable \(ENOENT\)/);
    });
    it("unreadable (a folder named like an article)", () => {
      const d = dir();
      mkdirSync(join(d, "folder.txt"));
      const r = readInputFile(join(d, "folder.txt"));
      assert.match(r.skips[0].reason, /unreadable/);
    });
  });
  it("decodes UTF-16 with a byte-order mark", () => {
    const text = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kyiv", "utf16le")]));
    assert.equal(text, "Kyiv");
  });
});

// Start-up cost: the HTML, XML and entity libraries load only when a text needs them,
// so that a corpus of plain text starts every thread without them.
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const LIBS: [string, RegExp][] = [
  ["linkedom", /[\\/]linkedom[\\/]/],
  ["readability", /[\\/]@mozilla[\\/]readability[\\/]/],
  ["fast-xml-parser", /[\\/]fast-xml-parser[\\/]/],
  ["entities", /[\\/]node_modules[\\/]entities[\\/]/],
];

/** Which of the lazily loaded libraries a fresh Node process has loaded after running `code` with ingest imported. */
function loadedAfter(code: string): string[] {
  const script = `const ingest = require("./src/ingest"); ${code}; console.log(JSON.stringify(Object.keys(require.cache)))`;
  const files: string[] = JSON.parse(execFileSync(process.execPath, ["-r", "ts-node/register", "-e", script], { cwd: ROOT, encoding: "utf8" }));
  return LIBS.filter(([, path]) => files.some((f) => path.test(f))).map(([name]) => name);
}

describe("ingest loads the HTML, XML and entity libraries lazily", () => {
  it("importing ingest, feeds and cleaning loads none of them", () => {
    assert.deepEqual(loadedAfter(`require("./src/feeds"); require("./src/clean")`), []);
  });

  it("cleaning a text without an & loads none of them", () => {
    assert.deepEqual(loadedAfter(`require("./src/clean/text").normalizeText("The council met on Monday.")`), []);
  });

  it("reading an HTML page loads linkedom and Readability (positive control)", () => {
    const page = "<html><head><title>T</title></head><body><article><p>The council met on Monday and agreed the budget for the coming year.</p></article></body></html>";
    // (linkedom's HTML parser brings its own entities decoder.)
    const loaded = loadedAfter(`ingest.fromHtml("a", "a.html", ${JSON.stringify(page)})`);
    assert.deepEqual(loaded.filter((l) => l !== "entities"), ["linkedom", "readability"]);
  });

  it("reading an RSS feed loads fast-xml-parser and entities, and reads it", () => {
    const rss = `<rss version="2.0"><channel><title>T</title><item><title>A</title><description>Ministers met in Rome &amp; agreed a plan.</description></item></channel></rss>`;
    const code = `const r = require("./src/feeds").readXmlFeed("f", "f.rss", ${JSON.stringify(rss)}); if (r.docs[0]?.text !== "Ministers met in Rome & agreed a plan.") throw new Error(JSON.stringify(r))`;
    assert.deepEqual(loadedAfter(code), ["fast-xml-parser", "entities"]);
  });

  it("decoding a text with an entity loads entities only, and decodes it", () => {
    const code = `if (require("./src/clean/text").decodeEntities("AT&amp;T") !== "AT&T") throw new Error("not decoded")`;
    assert.deepEqual(loadedAfter(code), ["entities"]);
  });
});

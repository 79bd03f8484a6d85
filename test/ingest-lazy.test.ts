// Start-up cost: the HTML libraries load only when an HTML file is read.
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..");

/** Which of linkedom and Readability a fresh Node process has loaded after running `code` with ingest imported. */
function loadedAfter(code: string): string[] {
  const script = `const ingest = require("./src/ingest"); ${code}; console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /[\\\\/](linkedom|@mozilla[\\\\/]readability)[\\\\/]/.test(k)).map((k) => k.includes("linkedom") ? "linkedom" : "readability").filter((v, i, a) => a.indexOf(v) === i).sort()))`;
  return JSON.parse(execFileSync(process.execPath, ["-r", "ts-node/register", "-e", script], { cwd: ROOT, encoding: "utf8" }));
}

describe("ingest loads the HTML libraries lazily", () => {
  it("importing ingest (and feeds) loads neither linkedom nor Readability", () => {
    assert.deepEqual(loadedAfter(`require("./src/feeds")`), []);
  });

  it("reading an HTML page loads both (positive control)", () => {
    const page = "<html><head><title>T</title></head><body><article><p>The council met on Monday and agreed the budget for the coming year.</p></article></body></html>";
    assert.deepEqual(loadedAfter(`ingest.fromHtml("a", "a.html", ${JSON.stringify(page)})`), ["linkedom", "readability"]);
  });
});

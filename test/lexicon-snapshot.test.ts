// The lexicon indexes `npm run build` writes beside the bundles: read back as
// built, and not used when they belong to other sources or are damaged.
import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "../src/extract-file"; // the extraction modules register their indexes as they load
import { SNAPSHOT_FILE, buildLexiconIndexes, encodeLexiconSnapshot, readLexiconSnapshot } from "../src/lexicon-snapshot";
import type { KnownPerson } from "../src/gazetteer/names";

/** A folder like dist/bin: the bundles' stamp and a snapshot stamped with `snapshotSources`. */
function binDir(bundleSources: string, snapshotSources = bundleSources): string {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-snapshot-"));
  writeFileSync(join(dir, "stamp.json"), `${JSON.stringify({ sources: bundleSources })}\n`);
  writeFileSync(join(dir, SNAPSHOT_FILE), encodeLexiconSnapshot(snapshotSources));
  return dir;
}

describe("lexicon snapshot", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("holds every index the extraction builds from lexicons, read back equal to a fresh build", () => {
    dir = binDir("abc");
    const read = readLexiconSnapshot(dir);
    assert.ok(read);
    const built = buildLexiconIndexes();
    for (const name of ["phoenix-persons", "phoenix-organizations", "given-names", "admin-divisions", "gazetteer", "countries"]) assert.ok(built.has(name), name);
    assert.deepEqual(read.names, [...built.keys()]);
    for (const [name, index] of built) assert.deepStrictEqual(read.get(name), index, name);
    assert.equal(read.get("no-such-index"), undefined);
  });

  it("keeps one object for a person its two indexes share, as a fresh build does", () => {
    dir = binDir("abc");
    const persons = readLexiconSnapshot(dir)!.get("phoenix-persons") as { byName: Map<string, KnownPerson[]>; byEdgeWord: { last: Map<string, KnownPerson[]> } };
    const [putin] = persons.byName.get("vladimir putin")!;
    assert.equal(putin.name, "Vladimir Putin");
    assert.ok(persons.byEdgeWord.last.get("putin")!.includes(putin));
  });

  it("is not used when it was built from other sources than the bundles beside it", () => {
    dir = binDir("abc", "older");
    assert.equal(readLexiconSnapshot(dir), null);
  });

  it("does not use a damaged index (its bytes must match the hash in the header), and still reads the others", () => {
    dir = binDir("abc");
    const names = readLexiconSnapshot(dir)!.names;
    const bytes = readFileSync(join(dir, SNAPSHOT_FILE));
    bytes[bytes.length - 100] ^= 1; // inside the last index
    writeFileSync(join(dir, SNAPSHOT_FILE), bytes);
    const read = readLexiconSnapshot(dir)!;
    assert.equal(read.get(names[names.length - 1]), undefined);
    assert.deepStrictEqual(read.get("countries"), buildLexiconIndexes().get("countries"));
  });

  it("is not used when its header is damaged", () => {
    dir = binDir("abc");
    const bytes = readFileSync(join(dir, SNAPSHOT_FILE));
    writeFileSync(join(dir, SNAPSHOT_FILE), bytes.subarray(5));
    assert.equal(readLexiconSnapshot(dir), null);
  });

  it("is not looked for where there is no bundle (ts-node): the indexes are built", () => {
    dir = mkdtempSync(join(tmpdir(), "newsgraph-snapshot-"));
    assert.equal(readLexiconSnapshot(dir), null);
    assert.equal(readLexiconSnapshot(join(__dirname, "..", "src")), null);
  });
});

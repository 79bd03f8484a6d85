// The build at scale: same output whatever the number of workers, incremental
// rebuilds equal clean builds (positions apart, unless laid out afresh), a
// rebuild keeps the positions of entities already placed, and the cache follows
// the extractor's version.
// (Interrupted builds: test/hostile/kill.test.ts.)
import { strict as assert } from "node:assert";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFromPaths } from "../src/build";
import { withoutPositions } from "../src/layout";
import { cacheKey, openCache } from "../src/cache";
import { extractorCode, extractorVersion } from "../src/version";

const tmp = () => mkdtempSync(join(tmpdir(), "newsgraph-build-"));

/** A small corpus: the samples and the test articles. */
function corpus(): string {
  const d = join(tmp(), "in");
  mkdirSync(d, { recursive: true });
  for (const f of readdirSync("graph/articles")) copyFileSync(join("graph/articles", f), join(d, f));
  for (const f of readdirSync("test/fixtures/articles")) copyFileSync(join("test/fixtures/articles", f), join(d, f));
  return d;
}

async function build(input: string, out: string, extra: Partial<Parameters<typeof buildFromPaths>[0]> = {}) {
  const r = await buildFromPaths({ inputs: [input], out, cache: false, ...extra });
  return { r, json: readFileSync(out, "utf8") };
}

type Placed = { x: number; y: number; connected: boolean };

/** Each node's position, and whether it has a relation (else it sits on the outer ring). */
function positions(json: string): Map<string, Placed> {
  const g = JSON.parse(json) as { nodes: { key: string; attributes: { x: number; y: number } }[]; edges: { source: string; target: string }[] };
  const linked = new Set(g.edges.flatMap((e) => [e.source, e.target]));
  return new Map(g.nodes.map((n) => [n.key, { x: n.attributes.x, y: n.attributes.y, connected: linked.has(n.key) }]));
}


describe("build", function () {
  this.timeout(120000);

  it("gives byte-identical graph.json with 1 and 2 workers", async () => {
    const input = corpus();
    const d = tmp();
    const one = await build(input, join(d, "one.json"), { workers: 1 });
    const two = await build(input, join(d, "two.json"), { workers: 2 });
    assert.equal(one.r.docs, readdirSync(input).length);
    assert.equal(two.json, one.json);
  });

  it("with a fresh layout, an incremental build equals a clean build after adding, changing and deleting articles", async () => {
    const input = corpus();
    const d = tmp();
    const cache = join(d, "cache");
    const n = readdirSync(input).length;
    const first = await build(input, join(d, "inc.json"), { cache, workers: 1, freshLayout: true });
    assert.equal(first.r.cache!.misses, n);

    // Add one article: only it is extracted.
    writeFileSync(join(input, "new.txt"), "10-11-2025\n\nJapanese Prime Minister Shigeru Ishiba met Indian Prime Minister Narendra Modi in Tokyo on Friday, and the two leaders signed a security agreement.");
    const added = await build(input, join(d, "inc.json"), { cache, workers: 1, freshLayout: true });
    assert.deepEqual(added.r.cache, { hits: n, misses: 1 });
    assert.equal(added.json, (await build(input, join(d, "clean1.json"))).json);
    assert.ok(added.json.includes("Shigeru Ishiba"));

    // Change one: only it is extracted again.
    writeFileSync(join(input, "new.txt"), "10-11-2025\n\nJapanese Prime Minister Shigeru Ishiba met Australian Prime Minister Anthony Albanese in Tokyo on Friday, and the two leaders praised their partnership.");
    const changed = await build(input, join(d, "inc.json"), { cache, workers: 1, freshLayout: true });
    assert.deepEqual(changed.r.cache, { hits: n, misses: 1 });
    assert.equal(changed.json, (await build(input, join(d, "clean2.json"))).json);
    assert.ok(!changed.json.includes("Narendra Modi"));

    // Delete it: its facts are gone.
    rmSync(join(input, "new.txt"));
    const deleted = await build(input, join(d, "inc.json"), { cache, workers: 1, freshLayout: true });
    assert.deepEqual(deleted.r.cache, { hits: n, misses: 0 });
    assert.equal(deleted.json, first.json);
  });

  it("a rebuild keeps the positions of entities already placed, and is otherwise a clean build", async () => {
    const input = corpus();
    const d = tmp();
    const out = join(d, "graph.json");
    const first = await build(input, out);
    const again = await build(input, out);
    assert.equal(again.json, first.json, "nothing new: nothing moves");

    writeFileSync(join(input, "new.txt"), "10-11-2025\n\nJapanese Prime Minister Shigeru Ishiba met Indian Prime Minister Narendra Modi in Tokyo on Friday, and the two leaders signed a security agreement.");
    const previous = positions(first.json);
    const added = await build(input, out);
    const now = positions(added.json);
    const placed = [...previous].filter(([k, p]) => p.connected && now.get(k)?.connected);
    assert.ok(placed.length > 10);
    for (const [k, p] of placed) assert.deepEqual([now.get(k)!.x, now.get(k)!.y], [p.x, p.y], k);
    const fresh = [...now].filter(([k, p]) => p.connected && !previous.get(k)?.connected);
    assert.ok(fresh.length > 0, "the new article's entities are placed");

    const clean = await build(input, join(d, "clean.json"));
    assert.notEqual(added.json, clean.json, "positions come from the previous graph (control)");
    assert.equal(withoutPositions(added.json), withoutPositions(clean.json));

    // Deterministic: the same inputs and the same previous graph give the same bytes.
    const other = join(d, "other.json");
    writeFileSync(other, first.json);
    assert.equal((await build(input, other)).json, added.json);
  });

  it("the cache follows the extractor's version", () => {
    const d = tmp();
    const bytes = Buffer.from("same article");
    assert.notEqual(cacheKey("aaaaaaaaaaaaaaaa", "a.txt", bytes), cacheKey("bbbbbbbbbbbbbbbb", "a.txt", bytes), "a new version never reads old entries");
    assert.notEqual(cacheKey("aaaaaaaaaaaaaaaa", "a.txt", bytes), cacheKey("aaaaaaaaaaaaaaaa", "a.txt", Buffer.from("changed article")));
    const old = openCache(d, "aaaaaaaaaaaaaaaa");
    old.set(cacheKey("aaaaaaaaaaaaaaaa", "a.txt", bytes), { docs: [], skips: [], bytes: 12 });
    assert.ok(existsSync(join(d, "aaaaaaaaaaaaaaaa")));
    openCache(d, "bbbbbbbbbbbbbbbb");
    assert.ok(!existsSync(join(d, "aaaaaaaaaaaaaaaa")), "entries of another version are pruned");
    assert.match(extractorVersion(), /^[0-9a-f]{16}$/);
  });

  it("editing a lexicon or an extraction module changes the extractor's version", () => {
    const version = (edit?: (root: string) => void) => {
      const root = tmp();
      for (const f of [...extractorCode(), ...readdirSync("lexicons").map((x) => `lexicons/${x}`)]) {
        mkdirSync(join(root, f, ".."), { recursive: true });
        copyFileSync(f, join(root, f));
      }
      edit?.(root);
      return extractorVersion(root);
    };
    const base = version();
    assert.equal(version(), base, "same files, same version");
    assert.notEqual(version((r) => writeFileSync(join(r, "lexicons/roles.json"), readFileSync("lexicons/roles.json", "utf8").replace('"leader"', '"leader", "overlord"'))), base);
    assert.notEqual(version((r) => writeFileSync(join(r, "src/mentions/index.ts"), `${readFileSync("src/mentions/index.ts", "utf8")}\n// changed`)), base);
    // Every module extraction imports counts, however deep, and a module it starts to import counts from then on.
    assert.notEqual(version((r) => writeFileSync(join(r, "src/relations/patterns/verb-frames.ts"), `${readFileSync("src/relations/patterns/verb-frames.ts", "utf8")}\n// changed`)), base);
    const withNewModule = version((r) => {
      writeFileSync(join(r, "src/rules-extra.ts"), "export const EXTRA = 1;\n");
      writeFileSync(join(r, "src/nlp.ts"), `${readFileSync("src/nlp.ts", "utf8")}\nimport "./rules-extra";\n`);
    });
    const withNewModuleEdited = version((r) => {
      writeFileSync(join(r, "src/rules-extra.ts"), "export const EXTRA = 2;\n");
      writeFileSync(join(r, "src/nlp.ts"), `${readFileSync("src/nlp.ts", "utf8")}\nimport "./rules-extra";\n`);
    });
    assert.notEqual(withNewModuleEdited, withNewModule);
  });
});

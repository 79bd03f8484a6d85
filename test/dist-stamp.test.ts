// Compiled start-up: dist/bin/ counts as current only for the sources it was built from.
import { strict as assert } from "node:assert";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STAMP_FILE, repoRoot, sourceStamp, staleDistMessage } from "../src/dist-stamp";

describe("dist stamp", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "ng-dist-"));
    for (const d of ["src/stage", "scripts", "lexicons", "dist/bin"]) mkdirSync(join(root, d), { recursive: true });
    writeFileSync(join(root, "package.json"), "{}");
    writeFileSync(join(root, "src/stage/a.ts"), "export const a = 1;\n");
    writeFileSync(join(root, "scripts/run.ts"), "console.log(1);\n");
    writeFileSync(join(root, "lexicons/words.json"), '{"w":["x"]}\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const stamp = () => writeFileSync(join(root, STAMP_FILE), JSON.stringify({ sources: sourceStamp(root) }));

  it("a build with no stamp is stale, with the fix in the message", () => assert.match(staleDistMessage(root) ?? "", /npm run build/));
  it("is current right after stamping", () => {
    stamp();
    assert.equal(staleDistMessage(root), null);
  });
  it("a lexicon edit makes it stale", () => {
    stamp();
    writeFileSync(join(root, "lexicons/words.json"), '{"w":["y"]}\n');
    assert.notEqual(staleDistMessage(root), null);
  });
  it("a new module in a nested folder makes it stale", () => {
    stamp();
    writeFileSync(join(root, "src/stage/b.ts"), "export const b = 2;\n");
    assert.notEqual(staleDistMessage(root), null);
  });
  it("finds the repository root from dist/bin", () => assert.equal(repoRoot(join(root, "dist/bin")), root));
});

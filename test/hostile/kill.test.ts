// A build killed mid-way (kill -9) leaves the previous graph.json with the texts
// it points to, whole and matching, and the next build finishes the job.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { article, evidenceCheck, graphCli, tmp } from "./helpers";

/** Runs the build in a child process that SIGKILLs itself after `after` files. */
function buildThenDie(input: string, out: string, cache: string, after: number) {
  return spawnSync(process.execPath, ["-r", "ts-node/register", join(__dirname, "build-then-die.ts"), input, out, cache, String(after)], {
    encoding: "utf8",
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
  });
}

describe("a build killed mid-way (issue 11.6)", function () {
  this.timeout(60000);

  it("leaves the previous graph.json and its texts consistent, and the next build finishes the job", async () => {
    const d = tmp();
    const input = join(d, "in");
    mkdirSync(input);
    for (let i = 0; i < 5; i++) writeFileSync(join(input, `a${i}.txt`), article(i));
    const out = join(d, "out", "graph.json");
    const cache = join(d, "cache");
    assert.equal((await graphCli(["--in", input, "--out", out, "--cache", cache])).code, 0);
    const before = readFileSync(out, "utf8");
    assert.equal(evidenceCheck(out)[1], 0, "control: the first build is consistent");

    // Every article changes (the same stories, each moved to another file), so that every text file would change.
    for (let i = 0; i < 5; i++) writeFileSync(join(input, `a${i}.txt`), article(i + 1, "11-11-2025"));
    writeFileSync(join(input, "zz-new.txt"), article(2, "12-11-2025"));
    const killed = buildThenDie(input, out, cache, 3);
    assert.equal(killed.signal, "SIGKILL", killed.stderr);

    assert.equal(readFileSync(out, "utf8"), before, "graph.json is the previous, complete one");
    assert.ok(Graph.from(JSON.parse(before)).order > 0);
    const [good, bad] = evidenceCheck(out);
    assert.ok(good > 0);
    assert.equal(bad, 0, "every evidence span still matches the text graph.json points to");
    assert.deepEqual(readdirSync(join(d, "out"), { recursive: true }).filter((f) => String(f).endsWith(".tmp")), []);

    assert.equal((await graphCli(["--in", input, "--out", out, "--cache", cache])).code, 0);
    assert.equal(evidenceCheck(out)[1], 0);
    assert.equal(readFileSync(out, "utf8"), readFileSync((await cleanBuild(input)), "utf8"), "the same as a clean build");
  });
});

async function cleanBuild(input: string): Promise<string> {
  const out = join(tmp(), "clean", "graph.json");
  assert.equal((await graphCli(["--in", input, "--out", out, "--no-cache"])).code, 0);
  return out;
}

// The worker pool when workers die: the dead worker is replaced, its file is
// tried once more and then skipped with a message, and a worker that cannot
// start fails the build instead of leaving it waiting forever. The dying
// worker is a stand-in that speaks the pool's protocol without extracting.
import { strict as assert } from "node:assert";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BATCH, createPool } from "../src/workers/pool";
import type { FileJob } from "../src/extract-file";

const DYING = join(__dirname, "fixtures", "workers", "dying-worker.js");
const BROKEN = join(__dirname, "fixtures", "workers", "broken-worker.js");
const ARTICLE = "Merz visits Warsaw\n\nGerman Chancellor Friedrich Merz visited Warsaw on Monday and praised Poland for its support for Ukraine.\n";

/** Jobs for files of the given names, each holding the same short article. */
function jobs(...names: string[]): FileJob[] {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-pool-"));
  return names.map((name) => {
    writeFileSync(join(dir, name), ARTICLE);
    return { file: join(dir, name), shown: name, maxBytes: 1 << 20 };
  });
}

describe("worker pool", function () {
  this.timeout(60000);

  it("the extraction worker extracts each file it is given (control)", async () => {
    const pool = createPool(1);
    try {
      const answers = await Promise.all(jobs("a.txt", "b.txt").map((j) => pool.run(j)));
      assert.deepEqual(answers.map((a) => a.result.docs.map((d) => d.article.id)), [["a"], ["b"]]);
      assert.ok(answers[0].result.docs[0].entities.some((e) => e.label === "Friedrich Merz"));
    } finally {
      await pool.close();
    }
  });

  it("replaces a worker that died and retries its file once, so a one-worker pool still finishes", async () => {
    const pool = createPool(1, { script: DYING });
    try {
      const answers = await Promise.all(jobs("a.txt", "die-once.txt", "c.txt").map((j) => pool.run(j)));
      assert.deepEqual(answers.map((a) => a.result.docs.map((d) => d.article.id)), [["a"], ["die-once"], ["c"]]);
      assert.deepEqual(answers.flatMap((a) => a.result.skips), []);
    } finally {
      await pool.close();
    }
  });

  it("skips a file that killed its worker twice, with a message naming it, and extracts the rest", async () => {
    const pool = createPool(2, { script: DYING });
    try {
      const answers = await Promise.all(jobs("a.txt", "die-always.txt", "c.txt", "d.txt").map((j) => pool.run(j)));
      assert.deepEqual(answers.map((a) => a.result.docs.length), [1, 0, 1, 1]);
      const [skip] = answers[1].result.skips;
      assert.equal(skip.path, "die-always.txt");
      assert.match(skip.reason, /worker died on it 2 times \(exit code 7\); skipped/);
    } finally {
      await pool.close();
    }
  });

  it("sends queued files in batches of up to BATCH and answers each file once, in order", async () => {
    const pool = createPool(1, { script: DYING });
    try {
      const names = Array.from({ length: 2 * BATCH + 1 }, (_, i) => `f${i}.txt`);
      const answers = await Promise.all(jobs(...names).map((j) => pool.run(j)));
      assert.deepEqual(answers.map((a) => a.result.docs[0].article.id), names.map((n) => n.replace(".txt", "")));
      const sizes = answers.map((a) => Number(a.result.docs[0].article.title.replace("batch of ", "")));
      assert.ok(sizes.every((n) => n >= 1 && n <= BATCH), `batch sizes ${sizes}`);
      assert.ok(sizes.some((n) => n > 1), `batch sizes ${sizes}: files went one at a time`);
    } finally {
      await pool.close();
    }
  });

  it("sends the last files in smaller batches, the workers' share of what is left, so that they finish together", async () => {
    const pool = createPool(2, { script: DYING });
    try {
      const names = Array.from({ length: 2 * BATCH }, (_, i) => `f${i}.txt`);
      const answers = await Promise.all(jobs(...names).map((j) => pool.run(j)));
      const sizes = answers.map((a) => Number(a.result.docs[0].article.title.replace("batch of ", "")));
      assert.equal(sizes[0], BATCH, `batch sizes ${sizes}: the first batch is full (control)`);
      assert.ok(sizes.every((n) => n <= BATCH), `batch sizes ${sizes}`);
      assert.ok(sizes[sizes.length - 1] <= 2, `batch sizes ${sizes}: the last file went in a full batch`);
    } finally {
      await pool.close();
    }
  });

  it("a file that kills its worker in a batch is skipped alone: the others of its batch are tried again and kept", async () => {
    const pool = createPool(1, { script: DYING });
    try {
      const answers = await Promise.all(jobs("a.txt", "b.txt", "die-always.txt", "c.txt", "d.txt").map((j) => pool.run(j)));
      assert.deepEqual(answers.map((a) => a.result.docs.map((d) => d.article.id)), [["a"], ["b"], [], ["c"], ["d"]]);
      assert.deepEqual(answers.flatMap((a) => a.result.skips.map((s) => s.path)), ["die-always.txt"]);
    } finally {
      await pool.close();
    }
  });

  it("fails with the worker's error when a worker cannot start, instead of waiting forever", async () => {
    const pool = createPool(2, { script: BROKEN });
    try {
      await assert.rejects(pool.run(jobs("a.txt")[0]), /extraction worker .*broken-worker\.js failed to start: cannot find module/);
    } finally {
      await pool.close();
    }
  });
});

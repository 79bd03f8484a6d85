// Mocha's spec reporter plus the slowest test files (where the suite's time
// goes) and one closing line in the plain form CI reads:
// "N passed, N failed, N skipped".
const Mocha = require("mocha");
const { relative } = require("node:path");

const { Spec } = Mocha.reporters;
const { EVENT_RUN_END, EVENT_TEST_END, EVENT_HOOK_END } = Mocha.Runner.constants;
const SLOWEST = 5;

class SummaryReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    const byFile = new Map();
    const count = (runnable) => {
      const file = runnable.file ?? runnable.parent?.file;
      if (file && runnable.duration) byFile.set(file, (byFile.get(file) ?? 0) + runnable.duration);
    };
    runner.on(EVENT_TEST_END, count);
    runner.on(EVENT_HOOK_END, count);
    runner.once(EVENT_RUN_END, () => {
      const slowest = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, SLOWEST);
      process.stdout.write(`\nslowest test files (tests and hooks):\n`);
      for (const [file, ms] of slowest) process.stdout.write(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${relative(process.cwd(), file)}\n`);
      const s = runner.stats;
      process.stdout.write(`\n${s.passes} passed, ${s.failures} failed, ${s.pending} skipped\n`);
    });
  }
}

module.exports = SummaryReporter;

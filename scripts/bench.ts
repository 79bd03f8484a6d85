// npm run bench -- [--corpus DIR] [--workers N] [--repeat N] [--grow [N,N]] [--json FILE] [--profile DIR]
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { runBench } from "../src/bench/run";

const USAGE = `usage: npm run bench -- [--corpus DIR] [--workers N] [--repeat N] [--grow [SIZES]] [--json FILE] [--profile DIR]
  --corpus DIR   folder of .txt articles (default ../shared/corpus/bbc)
  --workers N    worker threads (default: the number of cores)
  --repeat N     cold builds to time, the best counts (default 1)
  --grow SIZES   also synthesise and build larger corpora (default sizes 20000,100000)
  --json FILE    where the report goes (default graph/out/bench.json)
  --profile DIR  write a CPU profile of one extraction worker there (open it in Chrome DevTools)`;

function fail(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  // --grow may come without sizes: parseArgs takes it as a boolean then.
  const argv = process.argv.slice(2).flatMap((a, i, all) => (a === "--grow" && (i + 1 === all.length || all[i + 1].startsWith("--")) ? ["--grow=20000,100000"] : [a]));
  parsed = parseArgs({
    args: argv,
    options: {
      corpus: { type: "string", default: "../shared/corpus/bbc" },
      workers: { type: "string", default: String(availableParallelism()) },
      repeat: { type: "string", default: "1" },
      grow: { type: "string" },
      json: { type: "string", default: "graph/out/bench.json" },
      profile: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  }).values;
} catch (e) {
  fail((e as Error).message);
}
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}
const o = {
  corpus: parsed.corpus!, workers: Number(parsed.workers), repeat: Number(parsed.repeat), json: parsed.json!, profile: parsed.profile,
  grow: parsed.grow ? parsed.grow.split(",").map(Number) : [], log: (l: string) => console.log(l),
};
if (!(o.workers >= 1) || !(o.repeat >= 1) || o.grow.some((n) => !(n > 0))) fail("--workers, --repeat and --grow take positive numbers");
runBench(o).then((code) => process.exit(code));

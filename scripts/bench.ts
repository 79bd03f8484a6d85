// npm run bench -- [--corpus DIR] [--workers N] [--repeat N] [--grow [N,N]] [--json FILE] [--profile DIR]
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { runBench } from "../src/bench/run";
import { argsErrorMessage } from "../src/cli/args";

const USAGE = `usage: npm run bench -- [--corpus DIR] [--workers N] [--repeat N] [--grow [SIZES]] [--json FILE] [--profile DIR]
  --corpus DIR   folder of .txt articles (default ../shared/corpus/bbc)
  --workers N    worker threads (default: the number of cores)
  --repeat N     cold builds to time, the best counts (default 1)
  --grow SIZES   also synthesise and build larger corpora (default sizes 20000,100000)
  --json FILE    where the report goes (default graph/out/bench.json)
  --profile DIR  write a CPU profile of one extraction worker there (open it in Chrome DevTools)`;

const fail = (message: string): never => {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
};

// --grow takes an optional value, which parseArgs cannot express: a bare --grow means the default sizes.
const argv = process.argv.slice(2).map((a, i, all) => (a === "--grow" && (all[i + 1] === undefined || all[i + 1].startsWith("--")) ? "--grow=20000,100000" : a));
let values;
try {
  ({ values } = parseArgs({
    args: argv,
    options: { corpus: { type: "string" }, workers: { type: "string" }, repeat: { type: "string" }, grow: { type: "string" }, json: { type: "string" }, profile: { type: "string" }, help: { type: "boolean", short: "h" } },
  }));
} catch (e) {
  fail(argsErrorMessage(e));
}
if (values!.help) {
  console.log(USAGE);
  process.exit(0);
}
const v = values!;
const o = {
  corpus: v.corpus ?? "../shared/corpus/bbc",
  workers: v.workers === undefined ? availableParallelism() : Number(v.workers),
  repeat: v.repeat === undefined ? 1 : Number(v.repeat),
  grow: v.grow === undefined ? [] : v.grow.split(",").map(Number),
  json: v.json ?? "graph/out/bench.json",
  profile: v.profile,
  log: (l: string) => console.log(l),
};
if (!(o.workers >= 1) || !(o.repeat >= 1) || o.grow.some((n) => !(n > 0))) fail("--workers, --repeat and --grow take positive numbers");
runBench(o).then((code) => process.exit(code));

// npm run bench -- [--corpus DIR] [--workers N] [--repeat N] [--grow [N,N]] [--json FILE]
import { availableParallelism } from "node:os";
import { runBench } from "../src/bench/run";

const USAGE = `usage: npm run bench -- [--corpus DIR] [--workers N] [--repeat N] [--grow [SIZES]] [--json FILE]
  --corpus DIR   folder of .txt articles (default ../shared/corpus/bbc)
  --workers N    worker threads (default: the number of cores)
  --repeat N     full builds to time, the best counts (default 1)
  --grow SIZES   also synthesise and build larger corpora (default sizes 20000,100000)
  --json FILE    where the report goes (default graph/out/bench.json)`;

const argv = process.argv.slice(2);
const o = { corpus: "../shared/corpus/bbc", workers: availableParallelism(), repeat: 1, grow: [] as number[], json: "graph/out/bench.json", log: (l: string) => console.log(l) };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--help" || a === "-h") {
    console.log(USAGE);
    process.exit(0);
  } else if (a === "--corpus") o.corpus = argv[++i];
  else if (a === "--workers") o.workers = Number(argv[++i]);
  else if (a === "--repeat") o.repeat = Number(argv[++i]);
  else if (a === "--json") o.json = argv[++i];
  else if (a === "--grow") o.grow = argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[++i].split(",").map(Number) : [20000, 100000];
  else {
    console.error(`bench: unknown option ${a}\n${USAGE}`);
    process.exit(2);
  }
}
if (!(o.workers >= 1) || !(o.repeat >= 1) || o.grow.some((n) => !(n > 0))) {
  console.error(`bench: --workers, --repeat and --grow take positive numbers\n${USAGE}`);
  process.exit(2);
}
runBench(o).then((code) => process.exit(code));

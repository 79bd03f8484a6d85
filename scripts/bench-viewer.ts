// npm run bench:viewer [-- --graph FILE | --nodes 5000 --edges 20000] [--seconds 4] [--gpu] [--screenshots DIR [--path FROM,TO]]
// Needs /usr/bin/chromium (or CHROMIUM_PATH).
import { parseArgs } from "node:util";
import { argsErrorMessage } from "../src/cli/args";
import { runViewerBench } from "../src/viewer/bench";

const USAGE = `usage: npm run bench:viewer -- [--graph FILE] [--nodes N --edges N] [--seconds S] [--gpu]
  --graph FILE   a real graph.json (else a generated one of --nodes and --edges)
  --nodes N      generated entities (default 5000)
  --edges N      generated relations (default 20000)
  --seconds S    how long each frame-rate measure runs (default 4)
  --gpu          let Chromium use the GPU (default: software WebGL)
  --screenshots DIR   save the first view and a path view as PNG there
  --path FROM,TO      the entity keys of that path view (default: two of the most connected)`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0)) {
    console.error(`bench:viewer: --${name} takes a positive number, got ${value}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: { graph: { type: "string" }, nodes: { type: "string" }, edges: { type: "string" }, seconds: { type: "string" }, gpu: { type: "boolean" }, screenshots: { type: "string" }, path: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (err) {
    console.error(`bench:viewer: ${argsErrorMessage(err)}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) return console.log(USAGE);
  const ends = values.path?.split(",");
  if (ends && (ends.length !== 2 || !ends[0] || !ends[1])) {
    console.error(`bench:viewer: --path takes two entity keys, FROM,TO; got ${values.path}\n${USAGE}`);
    process.exit(2);
  }
  runViewerBench({
    graph: values.graph,
    nodes: positive("nodes", values.nodes, 5000),
    edges: positive("edges", values.edges, 20000),
    seconds: positive("seconds", values.seconds, 4),
    gpu: !!values.gpu,
    screenshots: values.screenshots,
    path: ends as [string, string] | undefined,
  }).catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}

main();

// npm run bench:viewer [-- --nodes 5000 --edges 20000 --seconds 4 --gpu]
// Needs /usr/bin/chromium (or CHROMIUM_PATH).
import { parseArgs } from "node:util";
import { runViewerBench } from "../src/viewer/bench";
import { argsErrorMessage } from "../src/cli/args";

const USAGE = "usage: npm run bench:viewer -- [--nodes N] [--edges N] [--seconds N] [--gpu]";
let values;
try {
  ({ values } = parseArgs({ options: { nodes: { type: "string" }, edges: { type: "string" }, seconds: { type: "string" }, gpu: { type: "boolean" } } }));
} catch (e) {
  console.error(`bench:viewer: ${argsErrorMessage(e)}\n${USAGE}`);
  process.exit(2);
}
const positive = (name: "nodes" | "edges" | "seconds", fallback: number): number => {
  const v = values[name] === undefined ? fallback : Number(values[name]);
  if (Number.isFinite(v) && v > 0) return v;
  console.error(`bench:viewer: --${name} takes a positive number\n${USAGE}`);
  process.exit(2);
};

runViewerBench({ nodes: positive("nodes", 5000), edges: positive("edges", 20000), seconds: positive("seconds", 4), gpu: values.gpu ?? false }).catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});

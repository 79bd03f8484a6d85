// npm run bench:viewer [-- --nodes 5000 --edges 20000 --seconds 4 --gpu]
// Needs /usr/bin/chromium (or CHROMIUM_PATH).
import { runViewerBench } from "../src/viewer/bench";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

runViewerBench({ nodes: arg("nodes", 5000), edges: arg("edges", 20000), seconds: arg("seconds", 4), gpu: process.argv.includes("--gpu") }).catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});

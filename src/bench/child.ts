// One measured build in its own process, so that its peak memory is its own:
// prints a JSON line with seconds, peak RSS and sizes.
import { buildFromPaths } from "../build";

async function main() {
  const [input, out, workers] = process.argv.slice(2);
  const t = performance.now();
  const r = await buildFromPaths({ inputs: [input], out, cache: false, layout: false, workers: Number(workers) || undefined });
  const seconds = (performance.now() - t) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, docs: r.docs, words: r.words, nodes: r.graph.order, edges: r.graph.size, skips: r.skips.length })}\n`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});

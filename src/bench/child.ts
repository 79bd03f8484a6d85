// One measured build in its own process, as the graph command runs it (layout
// and writing included), so that its start-up, peak memory and CPU are its own:
// takes a ChildJob as JSON and prints a ChildReport as one JSON line.
import { buildFromPaths } from "../build";

export interface ChildJob {
  input: string;
  out: string;
  workers: number;
  /** Cache folder, or false for a cold build. */
  cache: string | false;
  layout: boolean;
  profileDir?: string;
}

export interface ChildReport {
  docs: number;
  skips: number;
  words: number;
  bytes: number;
  nodes: number;
  edges: number;
  maxRssMB: number;
  /** Milliseconds per stage (extraction stages summed over workers), and the extraction phase's wall and CPU. */
  times: Record<string, number>;
  extraction: { wallMs: number; cpuMs: number };
  layout?: { iterations: number; barnesHut: boolean; simulated: number };
  top20: { label: string; kind: string; degree: number }[];
}

async function main() {
  const job = JSON.parse(process.argv[2]) as ChildJob;
  const r = await buildFromPaths({ inputs: [job.input], out: job.out, cache: job.cache, layout: job.layout, workers: job.workers, profileDir: job.profileDir, freshLayout: true });
  const g = r.graph;
  const degree = g.nodes().map((n) => ({ label: g.getNodeAttribute(n, "label") as string, kind: g.getNodeAttribute(n, "kind") as string, degree: g.degree(n) }));
  const top20 = degree.sort((a, b) => b.degree - a.degree || (a.label < b.label ? -1 : 1)).slice(0, 20);
  const report: ChildReport = {
    docs: r.docs, skips: r.skips.length, words: r.words, bytes: r.bytes, nodes: g.order, edges: g.size,
    maxRssMB: process.resourceUsage().maxRSS / 1024, times: { ...r.times }, extraction: r.extraction, layout: r.layout, top20,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});

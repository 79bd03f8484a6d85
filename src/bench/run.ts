// The benchmark: the real build on a corpus, where the time goes, how memory
// and time grow, the incremental rebuild, and the layout.
import { spawnSync } from "node:child_process";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { buildFromPaths, type BuildResult } from "../build";
import { layoutGraph } from "../layout";
import { writeFileAtomic } from "../write";
import { tokenize } from "../nlp";
import { splitSentences } from "../sentences";
import { corpusFiles, synthesizeCorpus } from "./corpus";

export interface BenchOptions {
  corpus: string;
  workers: number;
  repeat: number;
  grow: number[];
  json: string;
  log: (line: string) => void;
}

const mb = (bytes: number) => bytes / 1048576;
const fmt = (n: number, d = 1) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

/** Words per second of wink-nlp's own tokenising and tagging, one thread: the ceiling to approach. */
function nlpCeiling(files: string[]): { words: number; seconds: number } {
  let words = 0;
  const t = performance.now();
  for (const f of files) for (const s of splitSentences(readFileSync(f, "utf8"))) words += tokenize(s.text).filter((x) => x.pos !== "PUNCT").length;
  return { words, seconds: (performance.now() - t) / 1000 };
}

function childBuild(input: string, out: string, workers: number) {
  // Compiled (dist/bin/bench.js) the child is the bundle beside it; under ts-node, its source.
  const child = __filename.endsWith(".js") ? [join(__dirname, "bench-child.js")] : ["-r", "ts-node/register", join(__dirname, "child.ts")];
  const r = spawnSync(process.execPath, ["--max-old-space-size=6144", ...child, input, out, String(workers)], {
    encoding: "utf8",
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`benchmark build failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as { seconds: number; maxRssMB: number; docs: number; words: number; nodes: number; edges: number; skips: number };
}

export async function runBench(o: BenchOptions): Promise<number> {
  if (!existsSync(o.corpus)) {
    o.log(`bench: no corpus at ${o.corpus}. Give one with --corpus DIR (a folder of .txt articles, e.g. ../shared/corpus/bbc).`);
    return 2;
  }
  const files = corpusFiles(resolve(o.corpus));
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const work = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  const report: Record<string, unknown> = { machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, corpus: o.corpus, workers: o.workers };
  try {
    o.log(`corpus ${o.corpus}: ${files.length} files, ${fmt(mb(bytes))} MB; ${o.workers} workers on ${availableParallelism()} cores`);

    o.log("measuring wink-nlp alone (tokens + POS, one thread) ...");
    const nlp = nlpCeiling(files);
    const nlpRate = nlp.words / nlp.seconds;

    // Full builds without layout and without cache, in this process for stage times.
    let best: BuildResult | undefined;
    let bestSeconds = Infinity;
    for (let i = 0; i < o.repeat; i++) {
      o.log(`full build ${i + 1}/${o.repeat} ...`);
      const t = performance.now();
      const r = await buildFromPaths({ inputs: [o.corpus], out: join(work, "full", "graph.json"), cache: false, layout: false, workers: o.workers });
      const s = (performance.now() - t) / 1000;
      if (s < bestSeconds) [best, bestSeconds] = [r, s];
    }
    const r = best!;
    const peakRssMB = process.resourceUsage().maxRSS / 1024;

    o.log("layout ...");
    const t0 = performance.now();
    const lay = layoutGraph(r.graph);
    const layoutSeconds = (performance.now() - t0) / 1000;

    o.log("incremental rebuild after one new article ...");
    const incIn = join(work, "inc-in");
    mkdirSync(incIn);
    for (const f of files) symlinkSync(f, join(incIn, basename(f)));
    const cache = join(work, "cache");
    await buildFromPaths({ inputs: [incIn], out: join(work, "inc", "graph.json"), cache, workers: o.workers });
    writeFileSync(join(incIn, "zzz-new-article.txt"), `${readFileSync(files[0], "utf8").split("\n")[0]} (follow-up)\n\n${readFileSync(files[1], "utf8").split(/\n\s*\n/).slice(1).join("\n\n")}`);
    const t1 = performance.now();
    await buildFromPaths({ inputs: [incIn], out: join(work, "inc", "graph.json"), cache, workers: o.workers });
    const incSeconds = (performance.now() - t1) / 1000;
    await buildFromPaths({ inputs: [incIn], out: join(work, "clean", "graph.json"), cache: false, workers: o.workers });
    const incEqual = readFileSync(join(work, "inc", "graph.json"), "utf8") === readFileSync(join(work, "clean", "graph.json"), "utf8");

    const degree = r.graph.nodes().map((n) => [r.graph.getNodeAttribute(n, "label"), r.graph.getNodeAttribute(n, "kind"), r.graph.degree(n)] as const);
    const top = [...degree].sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);

    const sec = (ms: number) => ms / 1000;
    const wordsPerSec = r.words / bestSeconds;
    const stages = { ingest: r.times.ingest, clean: r.times.clean, NLP: r.times.nlp, entities: r.times.entities, relations: r.times.relations, graph: r.times.graph, layout: layoutSeconds * 1000, write: r.times.write };
    o.log("");
    o.log(`| measure | value |`);
    o.log(`|---|---|`);
    o.log(`| articles | ${r.docs} (${r.skips.length} skipped) |`);
    o.log(`| words | ${r.words.toLocaleString("en-US")} |`);
    o.log(`| MB | ${fmt(mb(bytes), 2)} |`);
    o.log(`| build without layout | ${fmt(bestSeconds, 2)} s (best of ${o.repeat}) |`);
    o.log(`| articles/s | ${fmt(r.docs / bestSeconds, 0)} |`);
    o.log(`| words/s | ${fmt(wordsPerSec, 0)} |`);
    o.log(`| MB/s | ${fmt(mb(bytes) / bestSeconds, 2)} |`);
    o.log(`| wink-nlp alone, one thread | ${fmt(nlpRate, 0)} words/s; build/NLP ratio ${fmt(wordsPerSec / nlpRate, 2)} (with ${o.workers} workers) |`);
    for (const [name, ms] of Object.entries(stages)) o.log(`| ${name} | ${fmt(sec(ms), 2)} s${["clean", "NLP", "entities", "relations", "ingest"].includes(name) && o.workers > 1 ? " (summed over workers)" : ""} |`);
    o.log(`| layout | ${lay.iterations} ForceAtlas2 iterations, Barnes-Hut ${lay.barnesHut ? "on" : "off"} |`);
    o.log(`| peak RSS | ${fmt(peakRssMB, 0)} MB |`);
    o.log(`| nodes, edges | ${r.graph.order}, ${r.graph.size} |`);
    o.log(`| rebuild after one new article | ${fmt(incSeconds, 2)} s; equals a clean build: ${incEqual ? "yes" : "NO"} |`);
    o.log("");
    o.log("20 most connected entities:");
    top.forEach(([label, kind, d], i) => o.log(`  ${String(i + 1).padStart(2)}. ${label} (${kind}) ${d}`));
    Object.assign(report, {
      articles: r.docs, skipped: r.skips.length, words: r.words, megabytes: mb(bytes), buildSeconds: bestSeconds,
      articlesPerSecond: r.docs / bestSeconds, wordsPerSecond: wordsPerSec, megabytesPerSecond: mb(bytes) / bestSeconds,
      nlpWordsPerSecond: nlpRate, ratioToNlp: wordsPerSec / nlpRate,
      stageSeconds: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, sec(v)])),
      layout: { seconds: layoutSeconds, ...lay }, peakRssMB, nodes: r.graph.order, edges: r.graph.size,
      incremental: { seconds: incSeconds, equalsClean: incEqual }, top20: top.map(([label, kind, degree]) => ({ label, kind, degree })),
    });

    if (o.grow.length) {
      const growth: { articles: number; seconds: number; secondsPerArticle: number; maxRssMB: number; nodes: number; edges: number }[] = [];
      for (const size of o.grow) {
        const dir = join(work, `grow-${size}`);
        o.log(`\nsynthesising ${size.toLocaleString("en-US")} articles in ${dir} ...`);
        synthesizeCorpus(o.corpus, dir, size);
        o.log(`building them (${o.workers} workers, no layout) ...`);
        const g = childBuild(dir, join(work, `grow-${size}-out`, "graph.json"), o.workers);
        growth.push({ articles: g.docs, seconds: g.seconds, secondsPerArticle: g.seconds / g.docs, maxRssMB: g.maxRssMB, nodes: g.nodes, edges: g.edges });
        o.log(`  ${g.docs} articles in ${fmt(g.seconds)} s (${fmt((1000 * g.seconds) / g.docs, 2)} ms/article), peak RSS ${fmt(g.maxRssMB, 0)} MB, ${g.nodes} nodes, ${g.edges} edges`);
        rmSync(dir, { recursive: true, force: true });
        rmSync(join(work, `grow-${size}-out`), { recursive: true, force: true });
      }
      if (growth.length > 1) {
        const ratio = growth[growth.length - 1].secondsPerArticle / growth[0].secondsPerArticle;
        o.log(`time per article, ${growth[growth.length - 1].articles} vs ${growth[0].articles}: ratio ${fmt(ratio, 2)}`);
        report.growthRatio = ratio;
      }
      report.growth = growth;
    }
    writeFileAtomic(o.json, `${JSON.stringify(report, null, 1)}\n`);
    o.log(`\nreport: ${o.json}`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Build: the whole pipeline from input paths to graph.json.
// ingest → clean → sentences → mentions → entities → relations → graph → layout → write
//
// Files stream through a bounded pipeline: each is read, extracted (in a worker
// thread when there are several), its cleaned text written out and dropped, so
// memory holds the graph's facts, not the articles. A per-file cache keyed by
// content and extractor version makes a rebuild after a few new articles cheap.
import { availableParallelism } from "node:os";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { listInputFiles, DEFAULT_MAX_BYTES, type Skip } from "./ingest";
import { newStageTimes, type DocExtraction, type StageTimes } from "./extract";
import { extractFile, type FileExtraction, type FileJob } from "./extract-file";
import { assemble } from "./assemble";
import { buildGraph, type NewsGraph } from "./graph";
import { layoutGraph, type LayoutReport } from "./layout";
import { writeFileAtomic, writeGraph } from "./write";
import { cacheKey, openCache, type ExtractionCache } from "./cache";
import { extractorVersion } from "./version";
import { createPool } from "./workers/pool";

export interface BuildOptions {
  inputs: string[];
  out?: string;
  maxBytes?: number;
  layout?: boolean;
  /** Worker threads for extraction (default: the number of cores); 1 extracts in this thread. */
  workers?: number;
  /** Cache folder (default graph/.cache), or false for none. */
  cache?: string | false;
  /** Called after each file. */
  progress?: (done: number, total: number, path: string) => void;
  /** Where relative paths in the output are measured from. */
  root?: string;
  /** Write a CPU profile of one extraction worker into this folder. */
  profileDir?: string;
}

export type BuildTimes = StageTimes & { ingest: number; graph: number; layout: number; write: number; total: number };

export interface BuildResult {
  graph: NewsGraph;
  /** Articles built, in doc id order (without their texts). */
  articles: DocExtraction["article"][];
  skips: Skip[];
  files: number;
  docs: number;
  words: number;
  bytes: number;
  cache: { hits: number; misses: number } | undefined;
  layout: LayoutReport | undefined;
  /** Milliseconds per stage; extraction stages summed over workers. */
  times: BuildTimes;
  /** The extraction phase (reading, extracting, writing texts): wall and CPU milliseconds, CPU over every thread. */
  extraction: { wallMs: number; cpuMs: number };
}

export const DEFAULT_CACHE_DIR = join("graph", ".cache");

export async function buildFromPaths(opts: BuildOptions): Promise<BuildResult> {
  const start = performance.now();
  const root = opts.root ?? process.cwd();
  const files = listInputFiles(opts.inputs);
  const times: BuildTimes = { ...newStageTimes(), ingest: 0, graph: 0, layout: 0, write: 0, total: 0 };
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const version = extractorVersion();
  const cache: ExtractionCache | undefined = opts.cache === false ? undefined : openCache(opts.cache ?? DEFAULT_CACHE_DIR, version);
  // Starting a worker costs about a second; a handful of articles is quicker in this thread.
  const workers = Math.max(1, Math.min(opts.workers ?? (files.length < 40 ? 1 : availableParallelism()), files.length || 1));
  // Workers only when there is enough to extract: a rebuild after one new article reads the rest from the cache.
  const keys: (string | undefined)[] = files.map((file) => {
    if (!cache) return undefined;
    try {
      return statSync(file).size <= maxBytes ? cacheKey(version, relative(root, file) || file, readFileSync(file)) : undefined;
    } catch {
      return undefined; // unreadable: extractFile reports it
    }
  });
  const cached: (FileExtraction | undefined)[] = keys.map((k) => (k && cache ? cache.get(k) : undefined));
  const toExtract = cached.filter((c) => !c).length;
  const pool = workers > 1 && toExtract >= 8 ? createPool(workers, { profileDir: opts.profileDir }) : undefined;
  const articlesDir = opts.out ? join(dirname(opts.out), "articles") : undefined;
  const killAfter = Number(process.env.NEWSGRAPH_TEST_KILL_AFTER_FILES ?? 0); // tests of interrupted builds only

  const results: FileExtraction[] = new Array(files.length);
  let done = 0;
  const one = async (i: number) => {
    const file = files[i];
    const job: FileJob = { file, shown: relative(root, file) || file, maxBytes };
    const key = keys[i];
    let result = cached[i];
    cached[i] = undefined;
    if (!result) {
      let crashed = false;
      if (pool) {
        const r = await pool.run(job);
        result = r.result;
        crashed = r.crashed === true;
        for (const k of Object.keys(r.times) as (keyof typeof r.times)[]) times[k] += r.times[k];
      } else result = extractFile(job, times);
      // A file skipped because workers died on it is tried again next build.
      if (cache && key && !crashed) cache.set(key, result);
    }
    const t = performance.now();
    for (const d of result.docs) {
      // Written as soon as extracted, then dropped: no stage keeps every text.
      if (articlesDir) {
        const path = join(articlesDir, `${d.article.id}.txt`);
        if (!existsSync(path) || statSync(path).size !== Buffer.byteLength(d.text)) writeFileAtomic(path, d.text);
      }
      d.text = "";
    }
    times.write += performance.now() - t;
    results[i] = result;
    done++;
    opts.progress?.(done, files.length, file);
    if (killAfter && done >= killAfter) process.kill(process.pid, "SIGKILL");
  };
  const extractStart = { wall: performance.now(), cpu: process.cpuUsage() };
  try {
    let next = 0;
    // Enough files in flight that each worker holds its next job (the pool sends two at a time).
    const lanes = Array.from({ length: workers * 3 }, async () => {
      while (next < files.length) await one(next++);
    });
    await Promise.all(lanes);
  } finally {
    await pool?.close();
  }
  const cpu = process.cpuUsage(extractStart.cpu);
  const extraction = { wallMs: performance.now() - extractStart.wall, cpuMs: (cpu.user + cpu.system) / 1000 };

  // In file order, so that which of two duplicates wins does not depend on timing.
  const skips: Skip[] = [];
  const docs: DocExtraction[] = [];
  const seen = new Map<string, string>();
  let bytes = 0;
  let words = 0;
  for (const r of results) {
    skips.push(...r.skips);
    bytes += r.bytes;
    for (const d of r.docs) {
      const earlier = seen.get(d.article.id);
      if (earlier) {
        skips.push({ path: d.article.path, reason: `duplicate doc id "${d.article.id}" (also ${earlier}); rename one of them` });
        continue;
      }
      seen.set(d.article.id, d.article.path);
      docs.push(d);
      words += d.words;
    }
  }

  let t = performance.now();
  const assembled = assemble(docs);
  const graph = buildGraph(assembled);
  times.graph = performance.now() - t;
  t = performance.now();
  const layout = opts.layout !== false ? layoutGraph(graph) : undefined;
  times.layout = performance.now() - t;
  t = performance.now();
  if (opts.out) writeGraph(graph, opts.out);
  times.write += performance.now() - t;
  times.total = performance.now() - start;
  return { graph, articles: assembled.articles, skips, files: files.length, docs: docs.length, words, bytes, cache: cache && { hits: cache.hits, misses: cache.misses }, layout, times, extraction };
}

// Build: the whole pipeline from input paths to graph.json.
// ingest → clean → sentences → mentions → entities → relations → graph → layout → write
//
// Files stream through a bounded pipeline: each is read, extracted (in a worker
// thread when there are several), its cleaned text written out and dropped, so
// memory holds the graph's facts, not the articles. A per-file cache keyed by
// content and extractor version makes a rebuild after a few new articles cheap.
import { availableParallelism } from "node:os";
import { readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { walkInputs, quoted, DEFAULT_MAX_BYTES, type Skip } from "./ingest";
import type { DocExtraction, StageTimes } from "./extract";
import type { FileExtraction, FileJob } from "./extract-file";
import { assemble } from "./assemble";
import { buildGraph, type NewsGraph } from "./graph";
import { layoutGraph, type LayoutReport } from "./layout";
import { readPreviousPositions } from "./layout-previous";
import { writeGraph } from "./write";
import { pruneArticleTexts, storeArticleText, textsDirOf } from "./article-texts";
import { checkOutputPaths } from "./output-paths";
import { cacheKey, openCache, type ExtractionCache } from "./cache";
import { extractorVersion } from "./version";
import { createPool, JOBS_PER_WORKER } from "./workers/pool";
import { beginExtractionTiering, endExtractionTiering } from "./tiering";

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
  /** Leave the previous graph.json when any file was skipped. */
  strict?: boolean;
  /** Write a graph of no articles (else the previous graph.json is left). */
  allowEmpty?: boolean;
  /** Other files the caller will write (the --html page): checked against the inputs like out. */
  alsoWrites?: string[];
  /** Write a CPU profile of one extraction worker into this folder. */
  profileDir?: string;
  /** Lay out from scratch, not from the positions of the previous graph.json at out. */
  freshLayout?: boolean;
}

export type BuildTimes = StageTimes & { ingest: number; graph: number; layout: number; write: number; total: number };

export interface BuildResult {
  graph: NewsGraph;
  /** Articles built, in doc id order (without their texts). */
  articles: DocExtraction["article"][];
  skips: Skip[];
  /** Things done that the user should know of: doc ids made unique, folder links not followed. */
  notes: string[];
  /** Why graph.json was not written (the previous one is left), if it was not. */
  notWritten?: "skips" | "empty";
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
  if (opts.out) checkOutputPaths(opts.inputs, { graph: opts.out, texts: textsDirOf(opts.out), files: opts.alsoWrites, cache: opts.cache === false ? undefined : opts.cache ?? DEFAULT_CACHE_DIR });
  const { files, notes } = walkInputs(opts.inputs);
  const times: BuildTimes = { clean: 0, nlp: 0, entities: 0, relations: 0, ingest: 0, graph: 0, layout: 0, write: 0, total: 0 };
  beginExtractionTiering();
  const { results, cache, closing, extraction } = await extractAll(files, opts, root, times).finally(endExtractionTiering);

  const { docs, skips, bytes, words } = uniqueDocs(results, notes);
  let t = performance.now();
  const assembled = assemble(docs);
  const graph = buildGraph(assembled);
  times.graph = performance.now() - t;
  t = performance.now();
  // Entities the previous graph.json placed keep their place: a rebuild lays out only what is new.
  const previous = opts.out && opts.layout !== false && !opts.freshLayout ? readPreviousPositions(opts.out) : undefined;
  const layout = opts.layout !== false ? layoutGraph(graph, { previous }) : undefined;
  times.layout = performance.now() - t;
  t = performance.now();
  const notWritten = opts.strict && skips.length ? "skips" : docs.length === 0 && !opts.allowEmpty ? "empty" : undefined;
  if (opts.out && !notWritten) writeGraphAndTexts(graph, opts.out);
  times.write += performance.now() - t;
  await closing;
  times.total = performance.now() - start;
  return { graph, articles: assembled.articles, skips, notes, notWritten, files: files.length, docs: docs.length, words, bytes, cache: cache && { hits: cache.hits, misses: cache.misses }, layout, times, extraction };
}

/**
 * Every file's extraction, in file order: from the cache where it holds one, else
 * extracted (in worker threads when there is enough to do), each text written out
 * as soon as it is extracted.
 */
async function extractAll(files: string[], opts: BuildOptions, root: string, times: BuildTimes) {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const cacheDir = opts.cache === false ? undefined : opts.cache ?? DEFAULT_CACHE_DIR;
  // Only a cache needs the extractor's version: a hash of the extraction code and lexicons, read before the workers start.
  const version = cacheDir === undefined ? "" : extractorVersion();
  const cache: ExtractionCache | undefined = cacheDir === undefined ? undefined : openCache(cacheDir, version);
  // Starting a worker costs about a second; a handful of articles is quicker in this thread.
  const workers = Math.max(1, Math.min(opts.workers ?? (files.length < 40 ? 1 : availableParallelism()), files.length || 1));
  // Workers only when there is enough to extract: a rebuild after one new article reads the rest from the cache.
  const keys = cache ? cacheKeys(files, version, root, maxBytes) : [];
  const cached: (FileExtraction | undefined)[] = files.map((_, i) => (keys[i] && cache ? cache.get(keys[i]!) : undefined));
  const pool = workers > 1 && cached.filter((c) => !c).length >= 8 ? createPool(workers, { profileDir: opts.profileDir }) : undefined;

  const results: FileExtraction[] = new Array(files.length);
  let done = 0;
  const one = async (i: number) => {
    const job: FileJob = { file: files[i], shown: relative(root, files[i]) || files[i], maxBytes };
    let result = cached[i];
    cached[i] = undefined;
    if (!result) {
      let crashed = false;
      if (pool) {
        const r = await pool.run(job);
        result = r.result;
        crashed = r.crashed === true;
        for (const k of Object.keys(r.times) as (keyof typeof r.times)[]) times[k] += r.times[k];
      } else result = extractInThisThread(job, times);
      // A file skipped because workers died on it is tried again next build.
      if (cache && keys[i] && !crashed) cache.set(keys[i]!, result);
    }
    const t = performance.now();
    for (const d of result.docs) {
      // Written as soon as extracted, then dropped: no stage keeps every text.
      if (opts.out) d.article.textFile = storeArticleText(opts.out, d.text);
      d.text = "";
    }
    times.write += performance.now() - t;
    results[i] = result;
    opts.progress?.(++done, files.length, files[i]);
  };
  const extractStart = { wall: performance.now(), cpu: process.cpuUsage() };
  try {
    let next = 0;
    // Enough files in flight that each worker holds full batches: the one it is on and the next.
    const lanes = Array.from({ length: pool ? workers * JOBS_PER_WORKER : 1 }, async () => {
      while (next < files.length) await one(next++);
    });
    await Promise.all(lanes);
  } catch (e) {
    await pool?.close();
    throw e;
  }
  // The workers wind down (each frees its heap) while this thread builds the graph; the build awaits them at its end.
  const closing = pool?.close();
  const cpu = process.cpuUsage(extractStart.cpu);
  return { results, cache, closing, extraction: { wallMs: performance.now() - extractStart.wall, cpuMs: (cpu.user + cpu.system) / 1000 } };
}

/**
 * Extraction's modules (wink's model, the lexicons: a few tenths of a second) are loaded on
 * the first file this thread extracts itself; with workers they load only there, and
 * the workers start that much sooner.
 */
function extractInThisThread(job: FileJob, times: BuildTimes): FileExtraction {
  return (require("./extract-file") as typeof import("./extract-file")).extractFile(job, times);
}

/** Each file's cache key; none for a file too large or unreadable (extractFile reports it). */
function cacheKeys(files: string[], version: string, root: string, maxBytes: number): (string | undefined)[] {
  return files.map((file) => {
    try {
      return statSync(file).size <= maxBytes ? cacheKey(version, relative(root, file) || file, readFileSync(file)) : undefined;
    } catch {
      return undefined;
    }
  });
}

/** graph.json replaced in one rename (its texts are written already), then the texts no graph refers to removed. */
function writeGraphAndTexts(graph: NewsGraph, out: string): void {
  writeGraph(graph, out);
  pruneArticleTexts(out, graph.getAttribute("articles"));
}

/**
 * The documents of every file, in file order, each with an id of its own: a later
 * document whose id is taken gets "<id>~2" (or ~3, …, skipping ids that some input
 * uses), and a note says so. File order makes the choice the same on every build.
 */
function uniqueDocs(results: FileExtraction[], notes: string[]): { docs: DocExtraction[]; skips: Skip[]; bytes: number; words: number } {
  const given = new Set(results.flatMap((r) => r.docs.map((d) => d.article.id)));
  const owner = new Map<string, string>();
  const out = { docs: [] as DocExtraction[], skips: [] as Skip[], bytes: 0, words: 0 };
  for (const r of results) {
    out.skips.push(...r.skips);
    out.bytes += r.bytes;
    for (const d of r.docs) {
      const id = d.article.id;
      if (owner.has(id)) {
        let n = 2;
        while (given.has(`${id}~${n}`) || owner.has(`${id}~${n}`)) n++;
        const unique = `${id}~${n}`;
        notes.push(`doc id ${quoted(id)} of ${quoted(d.article.path)} is taken by ${quoted(owner.get(id)!)}; it is ${quoted(unique)} in this graph`);
        d.article.id = unique;
        for (const rel of d.relations) rel.evidence.doc = unique;
      }
      owner.set(d.article.id, d.article.path);
      out.docs.push(d);
      out.words += d.words;
    }
  }
  return out;
}

// Build: the whole pipeline from input paths to graph.json.
// ingest → clean → sentences → mentions → entities → relations → graph → layout → write
import { relative } from "node:path";
import { listInputFiles, readInputFile, DEFAULT_MAX_BYTES, type Skip } from "./ingest";
import { extractDocument, newStageTimes, type DocExtraction, type StageTimes } from "./extract";
import { assemble } from "./assemble";
import { buildGraph, type NewsGraph } from "./graph";
import { layoutGraph } from "./layout";
import { writeArticleTexts, writeGraph } from "./write";

export interface BuildOptions {
  inputs: string[];
  out?: string;
  maxBytes?: number;
  layout?: boolean;
  /** Called now and then with a short progress line. */
  progress?: (done: number, total: number, path: string) => void;
  /** Where relative paths in the output are measured from. */
  root?: string;
}

export interface BuildResult {
  graph: NewsGraph;
  extractions: DocExtraction[];
  skips: Skip[];
  files: number;
  words: number;
  bytes: number;
  times: StageTimes & { ingest: number; graph: number; layout: number; write: number; total: number };
}

export function buildFromPaths(opts: BuildOptions): BuildResult {
  const start = performance.now();
  const root = opts.root ?? process.cwd();
  const files = listInputFiles(opts.inputs);
  const stage = newStageTimes();
  const times = { ...stage, ingest: 0, graph: 0, layout: 0, write: 0, total: 0 };
  const extractions: DocExtraction[] = [];
  const skips: Skip[] = [];
  const seen = new Map<string, string>();
  let bytes = 0;
  files.forEach((file, i) => {
    const t0 = performance.now();
    const read = readInputFile(file, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, root });
    times.ingest += performance.now() - t0;
    skips.push(...read.skips);
    for (const raw of read.docs) {
      const earlier = seen.get(raw.id);
      if (earlier) {
        skips.push({ path: raw.path, reason: `duplicate doc id "${raw.id}" (also ${earlier}); rename one of them` });
        continue;
      }
      seen.set(raw.id, raw.path);
      raw.path = relative(root, file) || raw.path;
      bytes += Buffer.byteLength(raw.text);
      const x = extractDocument(raw, times);
      if (x.text.trim() === "") {
        skips.push({ path: raw.path, reason: "no article text left after removing page boilerplate" });
        continue;
      }
      extractions.push(x);
    }
    opts.progress?.(i + 1, files.length, file);
  });
  let t = performance.now();
  const graph = buildGraph(assemble(extractions));
  times.graph = performance.now() - t;
  t = performance.now();
  if (opts.layout !== false) layoutGraph(graph);
  times.layout = performance.now() - t;
  t = performance.now();
  if (opts.out) {
    writeGraph(graph, opts.out);
    writeArticleTexts(opts.out, new Map(extractions.map((x) => [x.article.id, x.text])));
  }
  times.write = performance.now() - t;
  times.total = performance.now() - start;
  return { graph, extractions, skips, files: files.length, words: extractions.reduce((n, x) => n + x.words, 0), bytes, times };
}

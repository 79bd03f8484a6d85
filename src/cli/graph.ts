// The graph build's command line: arguments in, a summary out, exit codes that scripts can rely on.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { buildFromPaths, DEFAULT_CACHE_DIR } from "../build";
import { InputPathError } from "../ingest";

export const GRAPH_USAGE = `Build the knowledge graph from news articles.

usage: npm run graph -- [--in PATH ...] [--out FILE] [--html FILE] [--strict] [--max-mb N]
                        [--workers N] [--no-cache] [--cache DIR] [--quiet]

  --in PATH     a file or folder of articles (.txt .md .html .json .jsonl), repeatable
                (default graph/articles)
  --out FILE    where graph.json goes (default graph/out/graph.json)
  --html FILE   also write a self-contained viewer page with the graph inside
  --strict      exit 1 when any input file was skipped
  --max-mb N    skip files larger than N MB (default 5)
  --workers N   extract with N worker threads (default: the number of cores)
  --no-cache    extract every article again instead of reusing graph/.cache
  --cache DIR   where per-article extractions are cached (default graph/.cache)
  --quiet       no progress lines
  --help        this text

Exit codes: 0 built, 1 files skipped under --strict, 2 bad arguments or input path.`;

export interface GraphArgs {
  inputs: string[];
  out: string;
  html?: string;
  strict: boolean;
  maxMb: number;
  quiet: boolean;
  workers?: number;
  cache: string | false;
}

export function parseGraphArgs(argv: string[]): GraphArgs | { help: true } | { error: string } {
  const a: GraphArgs = { inputs: [], out: "graph/out/graph.json", strict: false, maxMb: 5, quiet: false, cache: DEFAULT_CACHE_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${arg} needs a value`);
      return v;
    };
    try {
      if (arg === "--help" || arg === "-h") return { help: true };
      else if (arg === "--in") a.inputs.push(value());
      else if (arg === "--out") a.out = value();
      else if (arg === "--html") a.html = value();
      else if (arg === "--strict") a.strict = true;
      else if (arg === "--quiet") a.quiet = true;
      else if (arg === "--no-cache") a.cache = false;
      else if (arg === "--cache") a.cache = value();
      else if (arg === "--workers") {
        a.workers = Number(value());
        if (!Number.isInteger(a.workers) || a.workers < 1) return { error: "--workers takes a whole number of at least 1" };
      }
      else if (arg === "--max-mb") {
        a.maxMb = Number(value());
        if (!(a.maxMb > 0)) return { error: "--max-mb takes a positive number" };
      } else if (!arg.startsWith("--")) a.inputs.push(arg);
      else return { error: `unknown option ${arg}` };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }
  if (a.inputs.length === 0) a.inputs.push("graph/articles");
  return a;
}

export async function runGraphCli(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  const args = parseGraphArgs(argv);
  if ("help" in args) {
    io.out.write(`${GRAPH_USAGE}\n`);
    return 0;
  }
  if ("error" in args) {
    io.err.write(`graph: ${args.error}\n\n${GRAPH_USAGE}\n`);
    return 2;
  }
  const missing = args.inputs.find((p) => !existsSync(p));
  if (missing) {
    io.err.write(`graph: input path not found: ${missing}. Give an existing file or folder with --in (default graph/articles).\n`);
    return 2;
  }
  const started = Date.now();
  let lastShown = 0;
  let result;
  try {
    result = await buildFromPaths({
      inputs: args.inputs,
      out: args.out,
      maxBytes: args.maxMb * 1024 * 1024,
      workers: args.workers,
      cache: args.cache,
      progress: (done, total) => {
        const now = Date.now();
        if (args.quiet || total < 50 || (now - lastShown < 1000 && done < total)) return;
        lastShown = now;
        io.err.write(`  ${done}/${total} files (${Math.round((100 * done) / total)}%)\n`);
      },
    });
  } catch (e) {
    if (e instanceof InputPathError) {
      io.err.write(`graph: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  for (const s of result.skips) io.err.write(`skipped ${s.path}: ${s.reason}\n`);
  if (args.html) {
    const { writeStandaloneHtml, readArticleTexts } = await import("../viewer/standalone");
    const texts = await readArticleTexts(join(dirname(args.out), "articles"));
    await writeStandaloneHtml(readFileSync(args.out, "utf8"), args.html, texts);
    io.out.write(`standalone viewer: ${args.html}\n`);
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  io.out.write(
    `built ${relative(process.cwd(), args.out) || args.out}: ${result.docs} articles, ${result.graph.order} entities, ${result.graph.size} relations in ${secs} s` +
      (result.skips.length ? `; ${result.skips.length} skipped (see above)` : "") +
      "\n",
  );
  if (args.strict && result.skips.length) {
    io.err.write(`graph: ${result.skips.length} input file(s) skipped and --strict is set.\n`);
    return 1;
  }
  return 0;
}

// The graph build's command line: arguments in, a summary out, exit codes that scripts can rely on.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { buildFromPaths, DEFAULT_CACHE_DIR, type BuildResult } from "../build";
import { InputPathError, quoted } from "../ingest";
import { OutputPathError } from "../output-paths";
import { readGraphArticleTexts } from "../article-texts";
import { argsErrorMessage, repeatedOption } from "./args";

export const GRAPH_USAGE = `Build the knowledge graph from news articles.

usage: npm run graph -- [--in PATH ...] [--out FILE] [--html FILE] [--strict] [--max-mb N]
                        [--workers N] [--no-cache | --cache DIR] [--fresh-layout] [--allow-empty] [--quiet]

  --in PATH       a file or folder of articles (.txt .md .html .json .jsonl), repeatable
                  (default graph/articles)
  --out FILE      where graph.json goes (default graph/out/graph.json); the cleaned texts
                  go to the articles/ folder beside it. Never inside an input folder.
  --html FILE     also write a self-contained viewer page with the graph inside
  --strict        exit 1 when any input file was skipped, leaving the previous graph
  --max-mb N      skip files larger than N MB (default 5)
  --workers N     extract with N worker threads (default: the number of cores)
  --no-cache      extract every article again instead of reusing graph/.cache
  --cache DIR     where per-article extractions are cached (default graph/.cache)
  --fresh-layout  lay out from scratch (else entities the previous --out placed keep their place)
  --allow-empty   write a graph of no articles when none was found (else exit 2)
  --quiet         no progress lines
  --help          this text

Exit codes: 0 built, 1 files skipped under --strict, 2 bad arguments, input or output path,
or no articles found.`;

/** The options of npm run graph, for node:util parseArgs (npm start adds its own). */
export const GRAPH_OPTIONS = {
  in: { type: "string", multiple: true },
  out: { type: "string" },
  html: { type: "string" },
  strict: { type: "boolean" },
  "max-mb": { type: "string" },
  workers: { type: "string" },
  "no-cache": { type: "boolean" },
  cache: { type: "string" },
  "fresh-layout": { type: "boolean" },
  "allow-empty": { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export const DEFAULT_GRAPH_FILE = "graph/out/graph.json";

export interface GraphArgs {
  inputs: string[];
  out: string;
  html?: string;
  strict: boolean;
  maxMb: number;
  quiet: boolean;
  workers?: number;
  cache: string | false;
  freshLayout: boolean;
  allowEmpty: boolean;
}

export function parseGraphArgs(argv: string[]): GraphArgs | { help: true } | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: GRAPH_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    return { error: argsErrorMessage(e) };
  }
  const { values: v, positionals, tokens } = parsed;
  if (v.help) return { help: true };
  const repeated = repeatedOption(tokens, ["in"]);
  if (repeated) return { error: `--${repeated} is given twice; give it once` };
  if (v["no-cache"] && v.cache !== undefined) return { error: "--no-cache and --cache DIR contradict each other; give one of them" };
  const workers = v.workers === undefined ? undefined : Number(v.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) return { error: "--workers takes a whole number of at least 1" };
  const maxMb = v["max-mb"] === undefined ? 5 : Number(v["max-mb"]);
  if (!(maxMb > 0)) return { error: "--max-mb takes a positive number" };
  const inputs = [...(v.in ?? []), ...positionals];
  return {
    inputs: inputs.length ? inputs : ["graph/articles"],
    out: v.out ?? DEFAULT_GRAPH_FILE,
    html: v.html,
    strict: v.strict ?? false,
    maxMb,
    quiet: v.quiet ?? false,
    workers,
    cache: v["no-cache"] ? false : (v.cache ?? DEFAULT_CACHE_DIR),
    freshLayout: v["fresh-layout"] ?? false,
    allowEmpty: v["allow-empty"] ?? false,
  };
}

export interface CliIo {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

/** Errors the user can fix (a path, a permission, a full disk): one line, exit 2. */
function userErrorLine(e: unknown): string | undefined {
  if (e instanceof InputPathError || e instanceof OutputPathError) return e.message;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return `${(e as Error).message.replace(/\n/g, " ")} (check the path, its permissions and the free space)`;
  return undefined;
}

export async function runGraphCli(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  const args = parseGraphArgs(argv);
  if ("help" in args) {
    io.out.write(`${GRAPH_USAGE}\n`);
    return 0;
  }
  if ("error" in args) {
    io.err.write(`graph: ${args.error}\n\n${GRAPH_USAGE}\n`);
    return 2;
  }
  try {
    return await buildAndReport(args, io);
  } catch (e) {
    const line = userErrorLine(e);
    if (line === undefined) throw e;
    io.err.write(`graph: ${line}\n`);
    return 2;
  }
}

async function buildAndReport(args: GraphArgs, io: CliIo): Promise<number> {
  const started = Date.now();
  let lastShown = 0;
  const result = await buildFromPaths({
    inputs: args.inputs,
    out: args.out,
    maxBytes: args.maxMb * 1024 * 1024,
    workers: args.workers,
    cache: args.cache,
    freshLayout: args.freshLayout,
    strict: args.strict,
    allowEmpty: args.allowEmpty,
    alsoWrites: args.html ? [args.html] : [],
    progress: (done, total) => {
      const now = Date.now();
      if (args.quiet || total < 50 || (now - lastShown < 1000 && done < total)) return;
      lastShown = now;
      io.err.write(`  ${done}/${total} files (${Math.round((100 * done) / total)}%)\n`);
    },
  });
  for (const n of result.notes) io.err.write(`note: ${n}\n`);
  for (const s of result.skips) io.err.write(`skipped ${quoted(s.path)}: ${s.reason}\n`);
  const shownOut = quoted(relative(process.cwd(), args.out) || args.out);
  if (result.notWritten === "skips") {
    io.err.write(`graph: ${result.skips.length} input file(s) skipped and --strict is set; ${shownOut} was not replaced.\n`);
    return 1;
  }
  if (result.notWritten === "empty") {
    io.err.write(`graph: no articles found in ${args.inputs.map(quoted).join(", ")}${result.files ? ` (${result.files} file(s), none usable)` : ""}; ${shownOut} was not replaced. Add articles, or pass --allow-empty to write an empty graph.\n`);
    return 2;
  }
  if (args.html) await writeHtml(args.out, args.html);
  if (args.html) io.out.write(`standalone viewer: ${args.html}\n`);
  io.out.write(summaryLine(result, shownOut, (Date.now() - started) / 1000));
  return 0;
}

/** The standalone page, with the texts of this graph's articles only. */
async function writeHtml(graphFile: string, htmlFile: string): Promise<void> {
  const { writeStandaloneHtml } = await import("../viewer/standalone");
  const json = readFileSync(graphFile, "utf8");
  await writeStandaloneHtml(json, htmlFile, readGraphArticleTexts(graphFile, JSON.parse(json)));
}

function summaryLine(result: BuildResult, shownOut: string, secs: number): string {
  return (
    `built ${shownOut}: ${result.docs} articles, ${result.graph.order} entities, ${result.graph.size} relations in ${secs.toFixed(1)} s` +
    (result.skips.length ? `; ${result.skips.length} skipped (see above)` : "") +
    "\n"
  );
}

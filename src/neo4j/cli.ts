// The command line of `npm run neo4j -- <command> [options]`. Options win over
// the NEO4J_* environment variables, which win over the defaults.

import * as path from "path";
import { parseArgs as parseArgv } from "node:util";
import { argsErrorMessage, repeatedOption } from "../cli/args";
import { UserError } from "./errors";
import { DEFAULT_OUT_DIR, writeNeo4jFiles, type FilesResult } from "./files";
import { loadGraphFile } from "./load-graph";
import { buildModel, modelCounts } from "./model";
import { formatSummary, push } from "./push";

export const DEFAULT_GRAPH = "graph/out/graph.json";
export const DEFAULT_URI = "bolt://localhost:7687";
export const DEFAULT_USER = "neo4j";
export const DEFAULT_DATABASE = "neo4j";
export const DEFAULT_BATCH_SIZE = 1000;

export const USAGE = `Usage: npm run neo4j -- <command> [options]

Commands:
  push     load the graph into a running Neo4j 5 server (again: changes nothing)
  files    write import.cypher, CSV for neo4j-admin import and load-csv.cypher

Options:
  --graph FILE       graph.json to load (default ${DEFAULT_GRAPH})
  --out DIR          files: where to write (default ${DEFAULT_OUT_DIR})
  --uri URI          push: Bolt URI (env NEO4J_URI, default ${DEFAULT_URI})
  --user NAME        push: user (env NEO4J_USERNAME, default ${DEFAULT_USER})
  --password PW      push: password (env NEO4J_PASSWORD)
  --database NAME    push: database (env NEO4J_DATABASE, default ${DEFAULT_DATABASE})
  --batch-size N     push: rows per transaction (default ${DEFAULT_BATCH_SIZE})
  --replace          push: first delete every :Entity and :Article node (this graph's earlier data)
  -h, --help         this text
`;

export interface PushArgs {
  command: "push";
  graph: string;
  uri: string;
  user: string;
  password: string;
  database: string;
  batchSize: number;
  replace: boolean;
}

export interface FilesArgs {
  command: "files";
  graph: string;
  out: string;
}

export type CliArgs = PushArgs | FilesArgs | { command: "help" };

const OPTIONS = {
  graph: { type: "string" },
  out: { type: "string" },
  uri: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  database: { type: "string" },
  "batch-size": { type: "string" },
  replace: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const ALLOWED: Record<"push" | "files", readonly string[]> = {
  push: ["graph", "uri", "user", "password", "database", "batch-size", "replace", "help"],
  files: ["graph", "out", "help"],
};

function usageError(message: string): UserError {
  return new UserError(`${message}. Run \`npm run neo4j -- --help\` for usage.`);
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  let parsed;
  try {
    parsed = parseArgv({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    throw usageError(argsErrorMessage(e));
  }
  const { values, positionals, tokens } = parsed;
  const repeated = repeatedOption(tokens);
  if (repeated) throw usageError(`--${repeated} is given twice`);
  if (values.help && positionals.length === 0) return { command: "help" };
  if (positionals.length === 0) throw usageError("Missing command: push or files");
  if (positionals.length > 1) throw usageError(`Unexpected argument '${positionals[1]}'`);
  const command = positionals[0];
  if (command === "help" || values.help) return { command: "help" };
  if (command !== "push" && command !== "files") throw usageError(`Unknown command '${command}': use push or files`);
  for (const name of Object.keys(values)) {
    if (!ALLOWED[command].includes(name)) throw usageError(`--${name} does not apply to ${command}`);
  }

  const graph = values.graph ?? DEFAULT_GRAPH;
  if (command === "files") return { command, graph, out: values.out ?? DEFAULT_OUT_DIR };

  const password = values.password ?? env.NEO4J_PASSWORD;
  if (password === undefined || password === "") {
    throw new UserError("No Neo4j password: pass --password PW or set NEO4J_PASSWORD.");
  }
  const batchText = values["batch-size"];
  const batchSize = batchText === undefined ? DEFAULT_BATCH_SIZE : Number(batchText);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw usageError(`--batch-size must be a positive integer, got '${batchText}'`);
  return {
    command,
    graph,
    uri: values.uri ?? (env.NEO4J_URI || DEFAULT_URI),
    user: values.user ?? (env.NEO4J_USERNAME || env.NEO4J_USER || DEFAULT_USER),
    password,
    database: values.database ?? (env.NEO4J_DATABASE || DEFAULT_DATABASE),
    batchSize,
    replace: values.replace ?? false,
  };
}

export interface Neo4jCliIo {
  out: { write(text: string): unknown };
  err: { write(text: string): unknown };
}

/** `npm run neo4j -- push | files`: the exit code (2 for anything the user can fix, with one line saying what). */
export async function runNeo4jCli(argv: string[], io: Neo4jCliIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  try {
    return await runCommand(parseArgs(argv), io);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    io.err.write(`neo4j: ${err.message}\n`);
    return err.exitCode;
  }
}

async function runCommand(args: CliArgs, io: Neo4jCliIo): Promise<number> {
  if (args.command === "help") {
    io.out.write(USAGE);
    return 0;
  }
  const model = buildModel(loadGraphFile(args.graph));
  if (args.command === "files") {
    const result = writeNeo4jFiles(model, args.graph, args.out);
    io.out.write(filesSummary(result, modelCounts(model)));
    if (result.csvSkipped) io.err.write(`neo4j: ${result.csvSkipped}\n`);
    return 0;
  }
  const result = await push(model, {
    uri: args.uri,
    user: args.user,
    password: args.password,
    database: args.database,
    batchSize: args.batchSize,
    replace: args.replace,
    progress: (line) => io.err.write(`neo4j: ${line}\n`),
  });
  io.out.write(formatSummary(result) + "\n");
  return 0;
}

/** What `files` wrote and how to load it; the neo4j-admin route only when the CSV files were written. */
function filesSummary(result: FilesResult, c: ReturnType<typeof modelCounts>): string {
  const dir = path.resolve(result.dir);
  return (
    `Wrote ${result.written.length} files to ${dir} (${c.entities} entities, ${c.relationships} relationships, ${c.articles} articles, ${c.mentions} MENTIONS):\n` +
    result.written.map((f) => `  ${path.basename(f)}\n`).join("") +
    `\nLoad with cypher-shell: cypher-shell -u neo4j -p <password> -d neo4j -f ${path.join(dir, "import.cypher")}\n` +
    (result.command ? `\nOr with neo4j-admin (database stopped; it is replaced), then run constraints.cypher:\n${result.command}\n` : "")
  );
}

// Argument parsing for `npm run neo4j -- <command> [options]`. Options win over
// the NEO4J_* environment variables, which win over the defaults.

import { UserError } from "./errors";
import { DEFAULT_OUT_DIR } from "./files";

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

const VALUE_OPTIONS = ["graph", "out", "uri", "user", "password", "database", "batch-size"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const FLAG_OPTIONS = ["replace", "help"] as const;

const ALLOWED: Record<"push" | "files", readonly string[]> = {
  push: ["graph", "uri", "user", "password", "database", "batch-size", "replace", "help"],
  files: ["graph", "out", "help"],
};

function usageError(message: string): UserError {
  return new UserError(`${message}. Run \`npm run neo4j -- --help\` for usage.`);
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  const values: Partial<Record<ValueOption, string>> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "-h") {
      flags.add("help");
      continue;
    }
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if ((VALUE_OPTIONS as readonly string[]).includes(name)) {
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined || (eq === -1 && value.startsWith("--"))) throw usageError(`--${name} needs a value`);
      values[name as ValueOption] = value;
    } else if ((FLAG_OPTIONS as readonly string[]).includes(name) && eq === -1) {
      flags.add(name);
    } else {
      throw usageError(`Unknown option ${arg}`);
    }
  }

  if (flags.has("help") && positional.length === 0) return { command: "help" };
  if (positional.length === 0) throw usageError("Missing command: push or files");
  if (positional.length > 1) throw usageError(`Unexpected argument '${positional[1]}'`);
  const command = positional[0];
  if (command === "help") return { command: "help" };
  if (command !== "push" && command !== "files") throw usageError(`Unknown command '${command}': use push or files`);
  if (flags.has("help")) return { command: "help" };
  for (const name of [...Object.keys(values), ...flags]) {
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
    replace: flags.has("replace"),
  };
}

// npm start: build the graph, then serve the viewer on it and print the URL.
import { parseArgs } from "node:util";
import { runGraphCli, GRAPH_OPTIONS, DEFAULT_GRAPH_FILE } from "./graph";
import { argsErrorMessage } from "./args";

const START_USAGE = "usage: npm start -- [--port N] [graph options, see npm run graph -- --help]\n";

export async function runStart(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...GRAPH_OPTIONS, port: { type: "string" } }, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    process.stderr.write(`start: ${argsErrorMessage(e)}\n${START_USAGE}`);
    return 2;
  }
  const { values, tokens } = parsed;
  if (values.help) {
    process.stdout.write(START_USAGE);
    return 0;
  }
  const port = values.port === undefined ? 5173 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write("start: --port takes a port number (0 picks a free one)\n");
    return 2;
  }
  // The rest of the arguments go to the graph build as given.
  const portArgs = new Set<number>();
  for (const t of tokens) if (t.kind === "option" && t.name === "port") [t.index, ...(t.inlineValue ? [] : [t.index + 1])].forEach((i) => portArgs.add(i));
  const code = await runGraphCli(argv.filter((_, i) => !portArgs.has(i)));
  if (code !== 0) return code;
  const { serveViewer } = await import("../viewer/serve");
  const server = await serveViewer({ graphFile: values.out ?? DEFAULT_GRAPH_FILE, port });
  process.stdout.write(`\nnewsgraph viewer: ${server.url}\n(Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

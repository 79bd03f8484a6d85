// npm start: build the graph, then serve the viewer on it and print the URL.
import { runGraphCli, parseGraphArgs } from "./graph";

export async function runStart(argv: string[]): Promise<number> {
  let port = 5173;
  const graphArgs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") {
      port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write("start: --port takes a port number (0 picks a free one)\n");
        return 2;
      }
    } else graphArgs.push(argv[i]);
  }
  if (graphArgs.includes("--help") || graphArgs.includes("-h")) {
    process.stdout.write("usage: npm start -- [--port N] [graph options, see npm run graph -- --help]\n");
    return 0;
  }
  const code = await runGraphCli(graphArgs);
  if (code !== 0) return code;
  const args = parseGraphArgs(graphArgs);
  const graphFile = "out" in args ? args.out : "graph/out/graph.json";
  const { serveViewer } = await import("../viewer/serve");
  const server = await serveViewer({ graphFile, port });
  process.stdout.write(`\nnewsgraph viewer: ${server.url}\n(Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

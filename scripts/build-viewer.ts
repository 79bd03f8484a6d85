// npm run viewer:build                       → viewer/dist (index.html, app.js, style.css)
// npm run viewer:build -- --serve [FILE]     → build, then serve FILE (default graph/out/graph.json)
import path from "node:path";
import { parseArgs } from "node:util";
import { buildViewer } from "../src/viewer/bundle";
import { serveViewer } from "../src/viewer/serve";
import { argsErrorMessage } from "../src/cli/args";

const USAGE = "usage: npm run viewer:build [-- --serve [graph.json] [--port N]]";

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { serve: { type: "boolean" }, port: { type: "string" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  } catch (e) {
    console.error(`viewer:build: ${argsErrorMessage(e)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (positionals.length > (values.serve ? 1 : 0) || (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535))) {
    console.error(USAGE);
    return 2;
  }
  const t0 = Date.now();
  const dir = await buildViewer();
  console.log(`viewer built in ${Date.now() - t0} ms → ${path.relative(process.cwd(), dir) || dir}`);
  if (!values.serve) return 0;
  const file = positionals[0] ?? "graph/out/graph.json";
  const server = await serveViewer({ graphFile: file, port });
  console.log(`newsgraph viewer: ${server.url}  (graph: ${file}; Ctrl-C to stop)`);
  process.on("SIGINT", () => void server.close().then(() => process.exit(0)));
  return -1; // keeps serving
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);

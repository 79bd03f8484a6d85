// npm run viewer:build                       → viewer/dist (index.html, app.js, style.css)
// npm run viewer:build -- --serve [FILE]     → build, then serve FILE (default graph/out/graph.json)
import path from "node:path";
import { buildViewer } from "../src/viewer/bundle";
import { serveViewer } from "../src/viewer/serve";

async function main(argv: string[]): Promise<void> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log("usage: npm run viewer:build [-- --serve [graph.json] [--port N]]");
    return;
  }
  const t0 = Date.now();
  const dir = await buildViewer();
  console.log(`viewer built in ${Date.now() - t0} ms → ${path.relative(process.cwd(), dir) || dir}`);
  const i = argv.indexOf("--serve");
  if (i >= 0) {
    const file = argv[i + 1] && !argv[i + 1].startsWith("--") ? argv[i + 1] : "graph/out/graph.json";
    const p = argv.indexOf("--port");
    const port = p >= 0 ? Number(argv[p + 1]) : undefined;
    const server = await serveViewer({ graphFile: file, port });
    console.log(`newsgraph viewer: ${server.url}  (graph: ${file}; Ctrl-C to stop)`);
    process.on("SIGINT", () => void server.close().then(() => process.exit(0)));
  }
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});

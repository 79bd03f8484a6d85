// Builds the browser viewer (viewer/src → viewer/dist) with esbuild's JS API.
// Fast (a fraction of a second), so the server, the tests and the standalone
// writer build on demand and a fresh clone needs no separate build step.
import * as esbuild from "esbuild";
import { promises as fs } from "node:fs";
import path from "node:path";

export const VIEWER_DIR = path.resolve(__dirname, "..", "..", "viewer");
export const DEFAULT_DIST = path.join(VIEWER_DIR, "dist");

export interface ViewerAssets {
  /** viewer/index.html as written (links style.css and app.js) */
  html: string;
  /** the bundled app (iife); the ForceAtlas2 worker is inlined in it as a Blob */
  js: string;
  css: string;
}

let pending: Promise<ViewerAssets> | null = null;
let pendingKey = "";

async function sourceStamp(): Promise<string> {
  // rebuild when any viewer source changed since the last build in this process
  const files = [path.join(VIEWER_DIR, "index.html"), path.join(VIEWER_DIR, "style.css")];
  const entries = await fs.readdir(path.join(VIEWER_DIR, "src"), { recursive: true, withFileTypes: true });
  for (const e of entries) if (e.isFile()) files.push(path.join(e.parentPath, e.name));
  const stats = await Promise.all(files.map((f) => fs.stat(f).then((s) => `${f}:${s.mtimeMs}:${s.size}`, () => f)));
  return stats.join("|");
}

async function bundleScript(entry: string, define: Record<string, string>): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    minify: true,
    write: false,
    outfile: "app.js",
    charset: "utf8",
    legalComments: "eof",
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"', ...define },
  });
  return result.outputFiles.find((f) => f.path.endsWith(".js"))?.text ?? "";
}

/** Bundle the viewer in memory. */
export async function bundleViewerAssets(): Promise<ViewerAssets> {
  const key = await sourceStamp();
  if (pending && pendingKey === key) return pending;
  pendingKey = key;
  pending = (async () => {
    // the metrics worker is bundled first and inlined in the app, started from a Blob
    const worker = await bundleScript(path.join(VIEWER_DIR, "src", "core", "metrics", "worker.ts"), {});
    const js = await bundleScript(path.join(VIEWER_DIR, "src", "main.ts"), { __METRICS_WORKER__: JSON.stringify(worker) });
    const [html, css] = await Promise.all([
      fs.readFile(path.join(VIEWER_DIR, "index.html"), "utf8"),
      fs.readFile(path.join(VIEWER_DIR, "style.css"), "utf8"),
    ]);
    return { html, js, css };
  })();
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  await fs.writeFile(tmp, content);
  await fs.rename(tmp, file);
}

/** Build the viewer into outDir (default viewer/dist): index.html, app.js, style.css. Returns the dir. */
export async function buildViewer(outDir: string = DEFAULT_DIST): Promise<string> {
  const assets = await bundleViewerAssets();
  const dir = path.resolve(outDir);
  await fs.mkdir(dir, { recursive: true });
  await Promise.all([
    writeAtomic(path.join(dir, "index.html"), assets.html),
    writeAtomic(path.join(dir, "app.js"), assets.js),
    writeAtomic(path.join(dir, "style.css"), assets.css),
  ]);
  return dir;
}

// One self-contained HTML file: the viewer's JS and CSS inline, the graph (and the
// cleaned article texts) embedded as a JSON data block. Opens from disk, no server.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { bundleViewerAssets } from "./bundle";

/** JSON that is safe inside <script type="application/json">: no "<", ">" or "&" left raw. */
export function jsonForScriptTag(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Build the standalone page as a string. */
export async function standaloneHtml(graphJson: string, articleTexts: Record<string, string> = {}): Promise<string> {
  let graph: unknown;
  try {
    graph = JSON.parse(graphJson);
  } catch (err) {
    throw new Error(`writeStandaloneHtml: the graph is not valid JSON (${(err as Error).message})`);
  }
  const texts = Object.create(null) as Record<string, string>; // any doc id is a key, "__proto__" included
  for (const [k, v] of Object.entries(articleTexts)) if (typeof v === "string") texts[k] = v;
  const { html, js, css } = await bundleViewerAssets();
  // nothing in the inline code may close its tag early
  const safeJs = js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  const safeCss = css.replace(/<\/(style)/gi, "<\\/$1");
  const hash = createHash("sha256").update(safeJs, "utf8").digest("base64");
  const csp =
    `default-src 'none'; script-src 'sha256-${hash}'; worker-src blob:; style-src 'unsafe-inline'; ` +
    `img-src data: blob:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'`;
  let out = html;
  out = out.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  out = out.replace(/<link rel="stylesheet" href="style.css">/, () => `<style>\n${safeCss}\n</style>`);
  out = out.replace(
    /<script src="app.js"><\/script>/,
    () =>
      `<script type="application/json" id="newsgraph-data">${jsonForScriptTag({ graph, articles: texts })}</script>\n` +
      `<script>${safeJs}</script>`,
  );
  if (!out.includes('id="newsgraph-data"') || out.includes('src="app.js"')) {
    throw new Error("writeStandaloneHtml: viewer/index.html does not have the expected stylesheet/script tags");
  }
  return out;
}

/**
 * Write one self-contained HTML file (viewer + graph + optional article texts keyed by
 * doc id, for the "open the article" links). Written to a temporary file, then renamed.
 */
export async function writeStandaloneHtml(graphJson: string, outFile: string, articleTexts?: Record<string, string>): Promise<void> {
  const html = await standaloneHtml(graphJson, articleTexts ?? {});
  const target = path.resolve(outFile);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await fs.writeFile(tmp, html, "utf8");
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Read every <docId>.txt of a folder of texts named by doc id (test fixtures); for a
 * built graph, readGraphArticleTexts reads just the texts of its articles.
 */
export async function readArticleTexts(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const m = /^([\w.-]+)\.txt$/.exec(name);
    if (m) out[m[1]] = await fs.readFile(path.join(dir, name), "utf8");
  }
  return out;
}

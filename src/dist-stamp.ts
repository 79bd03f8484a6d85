// Compiled start-up: the command-line scripts and the extraction worker run as
// esbuild bundles in dist/bin/ (built by `npm run build`, which `npm install`
// runs). A bundle only runs if it was built from the sources as they are now
// (else it rebuilds first): otherwise a lexicon edit would be cached under the
// new extractor version with the old code's results.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, sep } from "node:path";

/** Where the bundles go: two levels below the root, like src/<folder>/, so __dirname-relative paths in src/ hold. */
export const DIST_BIN = join("dist", "bin");
export const STAMP_FILE = join(DIST_BIN, "stamp.json");
/** What the bundles are built from (node_modules stays outside them). */
const SOURCES = ["src", "scripts", "lexicons", "package.json"];

/** The repository's root: the nearest folder above `from` with a package.json. */
export function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}: run newsgraph from its repository`);
  }
}

/** A hash of every source file the bundles are built from. */
export function sourceStamp(root: string): string {
  const h = createHash("sha256");
  for (const top of SOURCES) {
    const path = join(root, top);
    const files = top.includes(".") ? [top] : readdirSync(path, { recursive: true, encoding: "utf8" }).map((f) => `${top}/${f.split(sep).join("/")}`);
    for (const f of files.filter((x) => /\.(ts|js|json)$/.test(x)).sort()) h.update(f).update("\0").update(readFileSync(join(root, f))).update("\0");
  }
  return h.digest("hex").slice(0, 16);
}

/** Null when dist/ matches the sources, else the one-line error to print. */
export function staleDistMessage(root: string): string | null {
  let built = "";
  try {
    built = (JSON.parse(readFileSync(join(root, STAMP_FILE), "utf8")) as { sources: string }).sources;
  } catch {
    // No stamp: treated as out of date.
  }
  if (built === sourceStamp(root)) return null;
  return `newsgraph: ${DIST_BIN}/ was built from other sources than src/, scripts/ and lexicons/ as they are now; run \`npm run build\` (npm install does it too)`;
}

/**
 * Run first in every command-line bundle (an esbuild banner). When the sources
 * changed since dist/ was built (a lexicon or module edited), rebuilds dist/ and
 * runs the same command again from the new bundle; a failed rebuild stops with
 * its error (exit 2).
 */
export function rebuildIfStaleDist(binDir: string): void {
  const root = repoRoot(binDir);
  if (!staleDistMessage(root)) return;
  process.stderr.write(`newsgraph: the sources changed since ${DIST_BIN}/ was built; rebuilding it (npm run build)\n`);
  const build = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0 || staleDistMessage(root)) {
    process.stderr.write(`newsgraph: rebuilding ${DIST_BIN}/ failed; fix the error above, then run \`npm run build\`\n`);
    process.exit(2);
  }
  const again = spawnSync(process.execPath, process.argv.slice(1), { stdio: "inherit" });
  process.exit(again.status ?? 1);
}

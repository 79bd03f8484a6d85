// `npm run build`: bundles each command-line script and the extraction worker
// with esbuild into dist/bin/ (packages stay in node_modules), so commands start
// from compiled JavaScript instead of compiling src/ with ts-node every time.
import * as esbuild from "esbuild";
import { join } from "node:path";
import { DIST_BIN, STAMP_FILE, sourceStamp } from "./dist-stamp";
import { writeFileAtomic } from "./write";
import { SNAPSHOT_FILE, encodeLexiconSnapshot } from "./lexicon-snapshot";

/** The commands package.json runs; each first checks that dist/ matches the sources. */
export const DIST_COMMANDS: Record<string, string> = {
  graph: "scripts/graph.ts",
  start: "scripts/start.ts",
  neo4j: "scripts/neo4j.ts",
  bench: "scripts/bench.ts",
  "build-viewer": "scripts/build-viewer.ts",
  "bench-viewer": "scripts/bench-viewer.ts",
};
/** Started by path from beside the commands, which have already checked. */
const DIST_HELPERS: Record<string, string> = {
  "extract-worker": "src/workers/extract-worker.ts",
  "bench-child": "src/bench/child.ts",
  "dist-check": "src/dist-stamp.ts",
};

/** Builds dist/bin/ under root; returns the number of bundles written. */
export async function buildDist(root: string): Promise<number> {
  const stamp = sourceStamp(root);
  // Node 20 reads \p{…} in regular expressions; esbuild's table says otherwise and would rebuild each such literal
  // with new RegExp() at every call (the rules test tokens with them many times a sentence).
  const supported = { "regexp-unicode-property-escapes": true };
  const common: esbuild.BuildOptions = { absWorkingDir: root, bundle: true, platform: "node", target: "node20", supported, format: "cjs", packages: "external", outdir: DIST_BIN, logLevel: "warning" };
  await esbuild.build({ ...common, entryPoints: DIST_HELPERS });
  await esbuild.build({ ...common, entryPoints: DIST_COMMANDS, banner: { js: `"use strict";\nrequire("./dist-check.js").rebuildIfStaleDist(__dirname);` } });
  // The lexicon indexes, built once here instead of in every worker; the extraction modules register theirs as they load.
  require("./extract-file"); // eslint-disable-line @typescript-eslint/no-require-imports
  writeFileAtomic(join(root, DIST_BIN, SNAPSHOT_FILE), encodeLexiconSnapshot(stamp));
  // Written last: an interrupted build leaves no stamp, so its bundles count as stale.
  writeFileAtomic(join(root, STAMP_FILE), `${JSON.stringify({ sources: stamp })}\n`);
  return Object.keys(DIST_COMMANDS).length + Object.keys(DIST_HELPERS).length;
}

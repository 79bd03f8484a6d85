// npm run build: compiles the commands and the extraction worker into dist/bin/ (run by npm install too).
import { parseArgs } from "node:util";
import { buildDist } from "../src/dist";
import { repoRoot } from "../src/dist-stamp";

const USAGE = "usage: npm run build  (bundles scripts/ and the extraction worker into dist/bin/)";
try {
  const { values } = parseArgs({ options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
} catch (e) {
  console.error(`build: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const t = performance.now();
buildDist(repoRoot(__dirname)).then(
  (n) => console.log(`built ${n} bundles in dist/bin/ in ${((performance.now() - t) / 1000).toFixed(1)} s`),
  (e) => {
    console.error(`build: ${(e as Error).message}`);
    process.exit(1);
  },
);

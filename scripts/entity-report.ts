// node -r ts-node/register scripts/entity-report.ts GRAPH.json [--top N] [--aliases N]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { entityQuality, formatEntityQuality } from "../src/bench/quality";

const USAGE = "usage: node -r ts-node/register scripts/entity-report.ts GRAPH.json [--top N] [--aliases N]";
const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string" }, aliases: { type: "string" } } });
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
let graph: unknown;
try {
  graph = JSON.parse(readFileSync(positionals[0], "utf8"));
} catch (e) {
  console.error(`entity report: cannot read ${positionals[0]} as JSON (${(e as Error).message}); pass a graph.json built by npm run graph`);
  process.exit(2);
}
try {
  console.log(formatEntityQuality(entityQuality(graph, Number(values.top ?? 100), Number(values.aliases ?? 20))));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}

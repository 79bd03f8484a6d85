// npx ts-node scripts/check-date-gate.ts [--corpus DIR]: the event-date word gate changes no output on a corpus.
import { parseArgs } from "node:util";
import { checkDateGate } from "../src/bench/date-gate";

const { values } = parseArgs({ options: { corpus: { type: "string" } } });
const report = checkDateGate(values.corpus ?? "../shared/corpus/bbc");
console.log(`${report.sentences} sentences × 2 article dates (its own, none); ${report.gatedIn} sent to chrono; ${report.differences.length} differences`);
for (const d of report.differences.slice(0, 20)) console.log(JSON.stringify(d));
process.exit(report.differences.length ? 1 : 0);

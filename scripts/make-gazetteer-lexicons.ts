// Regenerates the gazetteer lexicons (admin divisions, world regions, given
// names, Phoenix persons) from devDependency packages and the Phoenix
// dictionaries. Run: node -r ts-node/register scripts/make-gazetteer-lexicons.ts [--only STEP,...]
import { parseArgs } from "node:util";
import { makeGazetteerLexicons, STEPS, type Step } from "../src/lexicon-gen/make";

const USAGE = `usage: node -r ts-node/register scripts/make-gazetteer-lexicons.ts [--lexicons DIR] [--phoenix DIR] [--only STEPS]
  --lexicons DIR  folder of the lexicons, read and written (default lexicons)
  --phoenix DIR   folder of the Phoenix dictionaries (default ../shared/lexicons/petrarch2)
  --only STEPS    comma-separated steps among ${STEPS.join(", ")} (default all)`;

let values;
try {
  ({ values } = parseArgs({ options: { lexicons: { type: "string", default: "lexicons" }, phoenix: { type: "string", default: "../shared/lexicons/petrarch2" }, only: { type: "string" }, help: { type: "boolean", short: "h" } } }));
} catch (e) {
  console.error(`make-gazetteer-lexicons: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const steps = values.only ? values.only.split(",") : [...STEPS];
const unknown = steps.filter((s) => !(STEPS as readonly string[]).includes(s));
if (unknown.length) {
  console.error(`make-gazetteer-lexicons: unknown step ${unknown.join(", ")}\n${USAGE}`);
  process.exit(2);
}
try {
  makeGazetteerLexicons({ lexicons: values.lexicons, phoenix: values.phoenix, steps: steps as Step[] }, (line) => console.log(line));
} catch (e) {
  console.error(`make-gazetteer-lexicons: ${(e as Error).message}`);
  process.exit(1);
}

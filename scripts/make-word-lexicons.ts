// Regenerates lexicons/descriptors.json (person nouns glued before a name) and
// lexicons/common-surnames.json (surnames that are ordinary words) from the
// compromise package, lexicons/descriptors-extra.json and phoenix-persons.json.
// Run: node -r ts-node/register scripts/make-word-lexicons.ts [--lexicons DIR]
import { parseArgs } from "node:util";
import { makeWordLexicons } from "../src/lexicon-gen/word-lexicons";

const USAGE = "usage: node -r ts-node/register scripts/make-word-lexicons.ts [--lexicons DIR]\n  --lexicons DIR  folder of the lexicons, read and written (default lexicons)";
let values;
try {
  ({ values } = parseArgs({ options: { lexicons: { type: "string", default: "lexicons" }, help: { type: "boolean", short: "h" } } }));
} catch (e) {
  console.error(`make-word-lexicons: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
try {
  console.log(makeWordLexicons(values.lexicons));
} catch (e) {
  console.error(`make-word-lexicons: ${(e as Error).message}`);
  process.exit(1);
}

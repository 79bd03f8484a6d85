// Regenerates lexicons/descriptors.json (person nouns glued before a name) from
// the compromise package and lexicons/descriptors-extra.json.
// Run: node -r ts-node/register scripts/make-descriptors-lexicon.ts [--lexicons DIR]
import { parseArgs } from "node:util";
import { makeDescriptors } from "../src/lexicon-gen/descriptors";

const USAGE = "usage: node -r ts-node/register scripts/make-descriptors-lexicon.ts [--lexicons DIR]\n  --lexicons DIR  folder of the lexicons, read and written (default lexicons)";
let values;
try {
  ({ values } = parseArgs({ options: { lexicons: { type: "string", default: "lexicons" }, help: { type: "boolean", short: "h" } } }));
} catch (e) {
  console.error(`make-descriptors-lexicon: ${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
try {
  console.log(makeDescriptors(values.lexicons));
} catch (e) {
  console.error(`make-descriptors-lexicon: ${(e as Error).message}`);
  process.exit(1);
}

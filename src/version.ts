// The extractor's version: a hash over the code and data that decide what an
// article yields. Editing a lexicon, an extraction module or upgrading the NLP
// packages changes it, and with it every cache key.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const CODE = ["src/ingest.ts", "src/clean.ts", "src/dates.ts", "src/sentences.ts", "src/nlp.ts", "src/gazetteer.ts", "src/mentions.ts", "src/names.ts", "src/entities.ts", "src/extract.ts", "src/relations/index.ts", "src/schema.ts"];
const PACKAGES = ["wink-nlp", "wink-eng-lite-web-model", "chrono-node", "@mozilla/readability", "linkedom"];

let cached: string | undefined;

export function extractorVersion(): string {
  if (cached) return cached;
  const h = createHash("sha256");
  const lexicons = readdirSync(join(ROOT, "lexicons")).filter((f) => f.endsWith(".json")).sort().map((f) => `lexicons/${f}`);
  for (const f of [...CODE, ...lexicons]) {
    h.update(f);
    h.update(readFileSync(join(ROOT, f)));
  }
  for (const p of PACKAGES) {
    let version = "?";
    try {
      version = (JSON.parse(readFileSync(join(ROOT, "node_modules", p, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      // A package that cannot be read still gives a stable (if coarser) key.
    }
    h.update(`${p}@${version}`);
  }
  return (cached = h.digest("hex").slice(0, 16));
}

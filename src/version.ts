// The extractor's version: a hash over the code and data that decide what an
// article yields. Editing a lexicon, an extraction module or upgrading the NLP
// packages changes it, and with it every cache key.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./dist-stamp";

// From src/ under ts-node, from dist/bin/ when compiled.
const ROOT = repoRoot(__dirname);
export const EXTRACTOR_CODE = ["src/ingest.ts", "src/clean.ts", "src/dates.ts", "src/sentences.ts", "src/nlp.ts", "src/gazetteer.ts", "src/mentions.ts", "src/names.ts", "src/entities.ts", "src/extract.ts", "src/relations/index.ts", "src/schema.ts"];
const PACKAGES = ["wink-nlp", "wink-eng-lite-web-model", "chrono-node", "@mozilla/readability", "linkedom"];

const cached = new Map<string, string>();

/** The version of the extractor found under root (the repository by default). */
export function extractorVersion(root = ROOT): string {
  const known = cached.get(root);
  if (known) return known;
  const h = createHash("sha256");
  const lexicons = readdirSync(join(root, "lexicons")).filter((f) => f.endsWith(".json")).sort().map((f) => `lexicons/${f}`);
  for (const f of [...EXTRACTOR_CODE, ...lexicons]) {
    h.update(f);
    h.update(readFileSync(join(root, f)));
  }
  for (const p of PACKAGES) {
    let version = "?";
    try {
      version = (JSON.parse(readFileSync(join(root, "node_modules", p, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      // A package that cannot be read still gives a stable (if coarser) key.
    }
    h.update(`${p}@${version}`);
  }
  const version = h.digest("hex").slice(0, 16);
  cached.set(root, version);
  return version;
}

// The extractor's version: a hash over the code and data that decide what an
// article yields. Editing a lexicon, an extraction module or upgrading the NLP
// packages changes it, and with it every cache key.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join, sep } from "node:path";

const ROOT = join(__dirname, "..");
// The extraction stages split into folders: every .ts file under them counts.
const EXTRACTOR_FOLDERS = ["src/clean", "src/mentions", "src/entities", "src/relations", "src/gazetteer"];
export const EXTRACTOR_CODE = [
  ...["src/ingest.ts", "src/feeds.ts", "src/dates.ts", "src/sentences.ts", "src/nlp.ts", "src/gazetteer.ts", "src/names.ts", "src/extract.ts", "src/schema.ts"],
  ...EXTRACTOR_FOLDERS.flatMap((folder) => tsFilesUnder(folder)),
];
const PACKAGES = ["wink-nlp", "wink-eng-lite-web-model", "chrono-node", "@mozilla/readability", "linkedom", "entities", "fast-xml-parser"];

/** The .ts files under a folder of the repository, as sorted repository paths. */
function tsFilesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => `${folder}/${f.split(sep).join("/")}`).sort();
}

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

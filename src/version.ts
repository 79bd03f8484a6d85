// The extractor's version: a hash over the code and data that decide what an
// article yields. Editing a lexicon, an extraction module or upgrading the NLP
// packages changes it, and with it every cache key.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { repoRoot } from "./dist-stamp";

// From src/ under ts-node, from dist/bin/ when compiled.
const ROOT = repoRoot(__dirname);
/** Where extraction starts: every module it imports, however the code is split, is part of the version. */
const EXTRACTION_ENTRY = "src/extract-file.ts";
const PACKAGES = ["wink-nlp", "wink-eng-lite-web-model", "chrono-node", "@mozilla/readability", "linkedom", "entities", "fast-xml-parser"];

/** The repository's .ts files that extraction imports (relative imports followed from the entry), sorted. */
export function extractorCode(root = ROOT): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(root, file), "utf8");
    for (const m of source.matchAll(/(?:from|import|require\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = posix.join(posix.dirname(file), m[1]);
      const found = [`${target}.ts`, `${target}/index.ts`].find((f) => existsSync(join(root, f)));
      if (found) visit(found); // JSON lexicons are hashed whole below
    }
  };
  visit(EXTRACTION_ENTRY);
  return [...seen].sort();
}

const cached = new Map<string, string>();

/** The version of the extractor found under root (the repository by default). */
export function extractorVersion(root = ROOT): string {
  const known = cached.get(root);
  if (known) return known;
  const h = createHash("sha256");
  const lexicons = readdirSync(join(root, "lexicons")).filter((f) => f.endsWith(".json")).sort().map((f) => `lexicons/${f}`);
  for (const f of [...extractorCode(root), ...lexicons]) {
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

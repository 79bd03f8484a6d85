// Per-file extraction cache: one JSON entry per input file, keyed by the
// extractor's version, the file's path and its bytes. Entries are written
// atomically, so an interrupted build leaves only complete entries behind;
// entries of other versions are removed when a build starts.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { FileExtraction } from "./extract-file";
import { writeFileAtomic } from "./write";

export interface ExtractionCache {
  get(key: string): FileExtraction | undefined;
  set(key: string, value: FileExtraction): void;
  hits: number;
  misses: number;
}

export function cacheKey(version: string, relPath: string, bytes: Buffer): string {
  return createHash("sha256").update(version).update("\0").update(relPath).update("\0").update(bytes).digest("hex");
}

/** A cache under dir for this extractor version; older versions' entries are pruned. */
export function openCache(dir: string, version: string): ExtractionCache {
  const root = join(dir, version);
  mkdirSync(root, { recursive: true });
  if (existsSync(dir)) for (const other of readdirSync(dir)) if (other !== version && /^[0-9a-f]{16}$/.test(other)) rmSync(join(dir, other), { recursive: true, force: true });
  const path = (key: string) => join(root, key.slice(0, 2), `${key}.json`);
  const cache: ExtractionCache = {
    hits: 0,
    misses: 0,
    get(key) {
      try {
        const value = JSON.parse(readFileSync(path(key), "utf8")) as FileExtraction;
        cache.hits++;
        return value;
      } catch {
        // Missing or unreadable (e.g. cut short by a crash before rename): extract again.
        cache.misses++;
        return undefined;
      }
    },
    set(key, value) {
      mkdirSync(join(root, key.slice(0, 2)), { recursive: true });
      writeFileAtomic(path(key), JSON.stringify(value));
    },
  };
  return cache;
}

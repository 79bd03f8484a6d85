// Per-file extraction cache: one entry per input file, keyed by the extractor's
// version, the file's path and its bytes. Entries are written atomically, so an
// interrupted build leaves only complete entries behind; entries of other versions
// are removed when a build starts. Each entry carries the hash of its JSON, so an
// entry edited by hand or damaged on disk is ignored and extracted again.
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

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** An entry's text: the hash of the JSON on the first line, the JSON after it. */
export function encodeCacheEntry(value: FileExtraction): string {
  const json = JSON.stringify(value);
  return `${sha256(json)}\n${json}`;
}

/** The entry's value if the hash matches and the shape is that of a FileExtraction; else undefined. */
export function decodeCacheEntry(text: string): FileExtraction | undefined {
  const nl = text.indexOf("\n");
  if (nl !== 64 || text.slice(0, nl) !== sha256(text.slice(nl + 1))) return undefined;
  try {
    const value = JSON.parse(text.slice(nl + 1)) as FileExtraction;
    const ok = Array.isArray(value?.docs) && Array.isArray(value.skips) && typeof value.bytes === "number" &&
      value.docs.every((d) => typeof d?.article?.id === "string" && Array.isArray(d.entities) && Array.isArray(d.relations) && typeof d.text === "string");
    return ok ? value : undefined;
  } catch {
    return undefined;
  }
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
      let value: FileExtraction | undefined;
      try {
        value = decodeCacheEntry(readFileSync(path(key), "utf8"));
      } catch {
        // Missing or unreadable: extract again.
      }
      if (value) cache.hits++;
      else cache.misses++;
      return value;
    },
    set(key, value) {
      mkdirSync(join(root, key.slice(0, 2)), { recursive: true });
      writeFileAtomic(path(key), encodeCacheEntry(value));
    },
  };
  return cache;
}

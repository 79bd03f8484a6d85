// Lexicon indexes ready to load (issue 9). Every worker used to read, check and
// index the big lexicons (persons, organisations, given names, divisions...) for
// its first article, a few tenths of a second of CPU each. `npm run build` now
// builds each index registered here once, from lexicons checked as they are read
// (a bad entry fails the build, naming it), and writes them all with
// v8.serialize beside the bundles, stamped with the hash of the sources the
// bundles come from and a hash of its own bytes. A bundle loads the snapshot
// instead; one that is missing, of other sources or damaged is not used, and each
// index is built as before (as it always is under ts-node, which has no bundle).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";

export const SNAPSHOT_FILE = "lexicon-indexes.bin";
/** The bundles' stamp (see dist-stamp.ts), beside them: the snapshot must carry the same. */
const STAMP_FILE = "stamp.json";

const builders = new Map<string, () => unknown>();

/**
 * An index built from lexicons, as a memoised getter: from the snapshot beside the running bundle when it is valid,
 * else built by `build`. The builder must return plain data (objects, arrays, Maps, Sets, strings, numbers), which
 * v8.serialize keeps as it is, objects shared between indexes included.
 */
export function lexiconIndex<T>(name: string, build: () => T): () => T {
  if (builders.has(name)) throw new Error(`lexicon index "${name}" is registered twice`);
  builders.set(name, build);
  let value: T | undefined;
  return () => (value ??= (snapshotHere()?.get(name) as T | undefined) ?? build());
}

let here: Map<string, unknown> | null | undefined;
const snapshotHere = () => (here === undefined ? (here = readLexiconSnapshot(__dirname)) : here);

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The indexes of the snapshot in dir, if it is there, of the sources the bundles in dir come from, and whole; else null. */
export function readLexiconSnapshot(dir: string): Map<string, unknown> | null {
  let bytes: Buffer;
  let sources: unknown;
  try {
    bytes = readFileSync(join(dir, SNAPSHOT_FILE));
    sources = (JSON.parse(readFileSync(join(dir, STAMP_FILE), "utf8")) as { sources?: unknown }).sources;
  } catch {
    return null; // no bundle here (ts-node), or no snapshot: the indexes are built
  }
  const nl = bytes.indexOf(10);
  if (nl < 0) return null;
  try {
    const header = JSON.parse(bytes.subarray(0, nl).toString("utf8")) as { sources?: unknown; sha256?: unknown };
    const payload = bytes.subarray(nl + 1);
    if (header.sources !== sources || header.sha256 !== sha256(payload)) return null;
    return deserialize(payload) as Map<string, unknown>;
  } catch {
    return null;
  }
}

/** Every index registered so far (by the modules loaded), built, by name. */
export const buildLexiconIndexes = (): Map<string, unknown> => new Map([...builders].map(([name, build]) => [name, build()]));

/** Every registered index, built, after the header readLexiconSnapshot checks: the snapshot's bytes. */
export function encodeLexiconSnapshot(sources: string): Buffer {
  const payload = serialize(buildLexiconIndexes());
  return Buffer.concat([Buffer.from(`${JSON.stringify({ sources, sha256: sha256(payload) })}\n`), payload]);
}

// Lexicon indexes ready to load (issue 9). Every worker used to read, check and
// index the big lexicons (persons, organisations, given names, divisions...) for
// its first article, a few tenths of a second of CPU each. `npm run build` now
// builds each index registered here once, from lexicons checked as they are read
// (a bad entry fails the build, naming it), and writes each with v8.serialize
// beside the bundles, in one file stamped with the hash of the sources the
// bundles come from, each index with a hash of its own bytes. A bundle reads an
// index from it on first use (the main thread, which needs only the countries,
// no longer decodes the persons); a snapshot missing or of other sources is not
// used, nor is a damaged index, and such an index is built as before (as it
// always is under ts-node, which has no bundle).
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
 * v8.serialize keeps as it is, objects shared within the index included (each index is serialised alone).
 */
export function lexiconIndex<T>(name: string, build: () => T): () => T {
  if (builders.has(name)) throw new Error(`lexicon index "${name}" is registered twice`);
  builders.set(name, build);
  let value: T | undefined;
  return () => (value ??= (snapshotHere()?.get(name) as T | undefined) ?? build());
}

let here: LexiconSnapshot | null | undefined;
const snapshotHere = () => (here === undefined ? (here = readLexiconSnapshot(__dirname)) : here);

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A snapshot's indexes, each decoded when asked for: undefined for one it lacks or whose bytes do not match their hash. */
export interface LexiconSnapshot {
  names: string[];
  get(name: string): unknown;
}

/** Header of the snapshot file: the bundles' sources, then each index's name, byte length and sha256, in file order. */
interface SnapshotHeader {
  sources: string;
  indexes: [name: string, length: number, sha256: string][];
}

/** The snapshot in dir, if it is there and of the sources the bundles in dir come from; else null. */
export function readLexiconSnapshot(dir: string): LexiconSnapshot | null {
  let bytes: Buffer;
  let sources: unknown;
  try {
    bytes = readFileSync(join(dir, SNAPSHOT_FILE));
    sources = (JSON.parse(readFileSync(join(dir, STAMP_FILE), "utf8")) as { sources?: unknown }).sources;
  } catch {
    return null; // no bundle here (ts-node), or no snapshot: the indexes are built
  }
  const nl = bytes.indexOf(10);
  let header: SnapshotHeader;
  try {
    header = JSON.parse(bytes.subarray(0, nl < 0 ? 0 : nl).toString("utf8")) as SnapshotHeader;
  } catch {
    return null;
  }
  if (header.sources !== sources || !Array.isArray(header.indexes)) return null;
  const segments = new Map<string, { bytes: Buffer; sha256: string }>();
  let at = nl + 1;
  for (const [name, length, hash] of header.indexes) {
    segments.set(name, { bytes: bytes.subarray(at, at + length), sha256: hash });
    at += length;
  }
  return { names: [...segments.keys()], get: (name) => decodeSegment(segments.get(name)) };
}

function decodeSegment(segment: { bytes: Buffer; sha256: string } | undefined): unknown {
  if (!segment || sha256(segment.bytes) !== segment.sha256) return undefined;
  try {
    return deserialize(segment.bytes);
  } catch {
    return undefined;
  }
}

/** Every index registered so far (by the modules loaded), built, by name. */
export const buildLexiconIndexes = (): Map<string, unknown> => new Map([...builders].map(([name, build]) => [name, build()]));

/** Every registered index, built and serialised alone, after the header readLexiconSnapshot reads: the snapshot's bytes. */
export function encodeLexiconSnapshot(sources: string): Buffer {
  const payloads = [...buildLexiconIndexes()].map(([name, index]) => [name, serialize(index)] as const);
  const header: SnapshotHeader = { sources, indexes: payloads.map(([name, bytes]) => [name, bytes.length, sha256(bytes)]) };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...payloads.map(([, bytes]) => bytes)]);
}

// Write: output files replaced atomically (temp file, then rename), so that a
// failed or interrupted build never leaves a half-written graph.json.
import { mkdirSync, renameSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import type { NewsGraph } from "./graph";

export function writeFileAtomic(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function serializeGraph(g: NewsGraph): string {
  return `${JSON.stringify(g.export(), null, 1)}\n`;
}

export function writeGraph(g: NewsGraph, path: string): void {
  writeFileAtomic(path, serializeGraph(g));
}

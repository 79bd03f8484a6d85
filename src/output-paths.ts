// Where a build may write. Outputs never go into or over an input (a build that
// wrote its cleaned texts into the input folder replaced the originals), and never
// onto something that is not a regular file (a device, a folder).
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { quoted } from "./ingest";

export class OutputPathError extends Error {}

export interface OutputPaths {
  /** graph.json */
  graph: string;
  /** The folder of cleaned texts beside graph.json. */
  texts: string;
  /** Other files the caller writes (the --html page). */
  files?: string[];
  /** The cache folder, if any. */
  cache?: string;
}

/** The real path of p, for a path that may not exist yet: its nearest existing ancestor resolved. */
function realPathOf(p: string): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(realPathOf(parent), basename(abs));
}

/** The path of inner below outer ("" for the same path), or undefined if it is not inside. */
function below(inner: string, outer: string): string | undefined {
  const rel = relative(outer, inner);
  return rel.startsWith("..") || isAbsolute(rel) ? undefined : rel;
}

/** Refuses, with one line naming both paths, an output that would overwrite or sit among the inputs. */
export function checkOutputPaths(inputs: string[], out: OutputPaths): void {
  const targets: [string, string, "file" | "folder"][] = [
    ["--out", out.graph, "file"],
    ["the article texts folder beside --out", out.texts, "folder"],
    ...(out.files ?? []).map((f): [string, string, "file"] => ["--html", f, "file"]),
    ...(out.cache ? [["--cache", out.cache, "folder"] as [string, string, "folder"]] : []),
  ];
  for (const [name, path, type] of targets) {
    const st = existsSync(path) ? statSync(path) : undefined;
    if (st && (type === "file" ? !st.isFile() : !st.isDirectory()))
      throw new OutputPathError(`${name} ${quoted(path)} is not a ${type === "file" ? "regular file" : "folder"}; give a path where a ${type === "file" ? "file" : "folder"} can be written.`);
    const real = realPathOf(path);
    for (const input of inputs) {
      const realInput = realPathOf(input);
      const inside = below(real, realInput);
      // The walk skips hidden names, so a path under a hidden folder is never read back as input.
      if (inside !== undefined && !inside.split(sep).some((part) => part.startsWith(".")))
        throw new OutputPathError(`${name} ${quoted(path)} ${inside ? "is inside" : "is"} the input ${quoted(input)}: the build would write over its own input. Choose ${name === "--cache" ? "--cache" : "--out"} outside every --in.`);
      if (type === "folder" && below(realInput, real) !== undefined)
        throw new OutputPathError(`the input ${quoted(input)} is inside ${name} ${quoted(path)}, which the build writes: move the articles, or choose another ${name === "--cache" ? "--cache" : "--out"}.`);
    }
  }
  const files = [out.graph, ...(out.files ?? [])].map(realPathOf);
  if (new Set(files).size < files.length) throw new OutputPathError(`--out and --html name the same file ${quoted(out.graph)}; give each its own path.`);
}

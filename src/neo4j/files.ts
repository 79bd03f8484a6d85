// `npm run neo4j -- files`: writes import.cypher, the CSV files, load-csv.cypher,
// constraints.cypher and the neo4j-admin command into one directory. Each file
// is written to a temporary name and renamed into place, so a failed run never
// leaves a half-written file where an earlier one was.

import * as fs from "fs";
import * as path from "path";
import { constraintStatements } from "./cypher";
import { buildCsv, chooseArrayDelimiter, CSV_FILES, loadCsvStatements, neo4jAdminImportCommand, type ArrayDelimiter } from "./csv";
import { UserError } from "./errors";
import { importScript } from "./import-script";
import type { Neo4jModel } from "./model";

export const DEFAULT_OUT_DIR = path.join("graph", "out", "neo4j");

export const OUTPUT_FILES = {
  importCypher: "import.cypher",
  loadCsvCypher: "load-csv.cypher",
  constraintsCypher: "constraints.cypher",
  adminCommand: "neo4j-admin-import.txt",
  ...CSV_FILES,
} as const;

/** Writes `files` (name → content) into `dir`: all to temporary files first, then each renamed into place. */
export function writeFilesAtomically(dir: string, files: Record<string, string>): string[] {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new UserError(`Cannot create ${dir} (${(err as Error).message}): pass --out DIR with a writable directory.`);
  }
  const temps: Array<[string, string]> = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const final = path.join(dir, name);
      const temp = path.join(dir, `.${name}.${process.pid}.${Date.now()}.tmp`);
      fs.writeFileSync(temp, content, "utf8");
      temps.push([temp, final]);
    }
    for (const [temp, final] of temps) fs.renameSync(temp, final);
  } catch (err) {
    for (const [temp] of temps) fs.rmSync(temp, { force: true });
    throw new UserError(`Cannot write to ${dir} (${(err as Error).message}): pass --out DIR with a writable directory.`);
  }
  return temps.map(([, final]) => final);
}

function script(statements: string[], header: string[]): string {
  return header.map((l) => `// ${l}\n`).join("") + "\n" + statements.map((s) => `${s};\n`).join("\n");
}

export interface FilesResult {
  dir: string;
  written: string[];
  /** Undefined when the CSV files could not be written (see csvSkipped). */
  delimiter?: ArrayDelimiter;
  command?: string;
  /** Why the CSV files (and their neo4j-admin and LOAD CSV scripts) were not written. */
  csvSkipped?: string;
}

/** import.cypher and constraints.cypher alone: for a model whose arrays hold every CSV array delimiter. */
function cypherOnlyFiles(model: Neo4jModel, source: string): Record<string, string> {
  return {
    [OUTPUT_FILES.importCypher]: importScript(model, source),
    [OUTPUT_FILES.constraintsCypher]: script(constraintStatements(), ["newsgraph: uniqueness constraints (import.cypher creates them too)."]),
  };
}

/** The contents of every output file for a model. */
export function outputFiles(model: Neo4jModel, source: string, dir: string): { files: Record<string, string>; delimiter: ArrayDelimiter; command: string } {
  const csv = buildCsv(model);
  const command = neo4jAdminImportCommand(path.resolve(dir), csv.delimiter);
  const constraints = script(constraintStatements(), [
    "newsgraph: uniqueness constraints. Run after neo4j-admin import:",
    "cypher-shell -u neo4j -p <password> -d neo4j -f constraints.cypher",
  ]);
  const loadCsv = script([...constraintStatements(), ...loadCsvStatements(csv.delimiter)], [
    "newsgraph: loads the CSV files of this directory with LOAD CSV.",
    "Copy the .csv files into the Neo4j import directory (Docker: mount it at /import), then run",
    "cypher-shell -u neo4j -p <password> -d neo4j -f load-csv.cypher   (or paste into Neo4j Browser)",
  ]);
  const admin =
    "# newsgraph: load the CSV files with neo4j-admin (the database must be stopped; it is replaced).\n" +
    command +
    "\n\n# then start the database and create the constraints:\n" +
    "cypher-shell -u neo4j -p <password> -d neo4j -f " + path.join(path.resolve(dir), OUTPUT_FILES.constraintsCypher) + "\n";
  return {
    delimiter: csv.delimiter,
    command,
    files: {
      [OUTPUT_FILES.importCypher]: importScript(model, source),
      [OUTPUT_FILES.loadCsvCypher]: loadCsv,
      [OUTPUT_FILES.constraintsCypher]: constraints,
      [OUTPUT_FILES.adminCommand]: admin,
      [OUTPUT_FILES.entities]: csv.files.entities,
      [OUTPUT_FILES.articles]: csv.files.articles,
      [OUTPUT_FILES.relationships]: csv.files.relationships,
      [OUTPUT_FILES.mentions]: csv.files.mentions,
    },
  };
}

export function writeNeo4jFiles(model: Neo4jModel, source: string, dir: string): FilesResult {
  try {
    chooseArrayDelimiter(model);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    // The Cypher script needs no delimiter: write it, and say the CSV files were left out.
    const written = writeFilesAtomically(dir, cypherOnlyFiles(model, source));
    // CSV files of an earlier graph would not match this import.cypher.
    for (const name of [OUTPUT_FILES.loadCsvCypher, OUTPUT_FILES.adminCommand, ...Object.values(CSV_FILES)]) fs.rmSync(path.join(dir, name), { force: true });
    return { dir, written, csvSkipped: `${err.message.split(":")[0]}: the CSV files, load-csv.cypher and neo4j-admin-import.txt were not written; load import.cypher (or use push).` };
  }
  const out = outputFiles(model, source, dir);
  const written = writeFilesAtomically(dir, out.files);
  return { dir, written, delimiter: out.delimiter, command: out.command };
}

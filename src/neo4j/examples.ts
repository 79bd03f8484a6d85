// Reads queries/examples.cypher: each statement with its header comments
// `// name:`, `// question:` and optionally `// params:` (one JSON object).

import * as fs from "fs";
import * as path from "path";
import { splitStatements } from "./cypher";

export const EXAMPLES_FILE = path.join(__dirname, "..", "..", "queries", "examples.cypher");

export interface ExampleQuery {
  name: string;
  question: string;
  params: Record<string, unknown>;
  /** The query without its header comments. */
  query: string;
}

/** Parses an examples file; throws when a statement lacks its name or question or has bad params. */
export function parseExamples(text: string, file = "examples.cypher"): ExampleQuery[] {
  return splitStatements(text).map((chunk, i) => {
    const lines = chunk.text.split("\n");
    const header: Record<string, string> = {};
    let body = 0;
    // Header lines directly above the query: `// key: value`; other comment lines are ignored.
    while (body < lines.length && /^\s*(\/\/.*)?$/.test(lines[body] as string)) {
      const m = /^\s*\/\/\s*(name|question|params):\s*(.*)$/.exec(lines[body] as string);
      if (m) header[m[1] as string] = (m[2] as string).trim();
      body++;
    }
    const where = `${file}, statement #${i + 1}`;
    if (!header.name) throw new Error(`${where}: missing // name:`);
    if (!header.question) throw new Error(`${where} (${header.name}): missing // question:`);
    let params: Record<string, unknown> = {};
    if (header.params) {
      const parsed: unknown = JSON.parse(header.params);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error(`${where} (${header.name}): // params: must be a JSON object`);
      params = parsed as Record<string, unknown>;
    }
    return { name: header.name, question: header.question, params, query: lines.slice(body).join("\n").trim() };
  });
}

export function loadExamples(file = EXAMPLES_FILE): ExampleQuery[] {
  return parseExamples(fs.readFileSync(file, "utf8"), path.basename(file));
}

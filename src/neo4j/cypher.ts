// Cypher text: literal escaping, identifiers and the statements that load the
// graph. Push sends these statements with $rows as a parameter; import.cypher
// splices the same rows in as escaped literals. Labels and relationship types
// come only from the schema's names (NODE_LABELS, RELATIONSHIP_TYPES).

import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from "../schema";
import {
  ARTICLE_LABEL,
  ENTITY_LABEL,
  MENTIONS_TYPE,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
} from "./model";

// ---------------------------------------------------------------- literals

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "'": "\\'",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A Cypher string literal in single quotes. Backslashes, quotes and control
 * characters are escaped; every other character, emoji and right-to-left text
 * included, is written as itself. Lone surrogates (not valid UTF-8) become \uXXXX.
 */
export function cypherString(value: string): string {
  let out = "'";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    const code = value.charCodeAt(i);
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) {
      out += simple;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + value[i + 1];
        i++;
      } else out += hex4(code);
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += hex4(code);
    } else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      out += hex4(code);
    } else {
      out += ch;
    }
  }
  return out + "'";
}

/** An identifier in backticks when it is not a plain name; backticks inside are doubled. */
export function escapeIdentifier(name: string): string {
  if (name === "") throw new Error("empty identifier");
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
  return "`" + name.replace(/`/g, "``") + "`";
}

export type CypherValue = string | number | boolean | null | undefined | CypherValue[] | { [key: string]: CypherValue };

/** A Cypher literal for a JSON-like value (strings, finite numbers, booleans, null, lists, maps). */
export function cypherLiteral(value: CypherValue): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a Cypher literal`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(", ")}]`;
  const entries = Object.entries(value).map(([k, v]) => `${escapeIdentifier(k)}: ${cypherLiteral(v)}`);
  return `{${entries.join(", ")}}`;
}

// ------------------------------------------------------------- identifiers

/** A node label, only if it is one of the project's labels. */
export function nodeLabel(name: string): string {
  if (!NODE_LABELS.includes(name)) throw new Error(`'${name}' is not a node label of SCHEMA.md`);
  return escapeIdentifier(name);
}

/** A relationship type, only if it is one of the project's types. */
export function relationshipType(name: string): string {
  if (!RELATIONSHIP_TYPES.includes(name)) throw new Error(`'${name}' is not a relationship type of SCHEMA.md`);
  return escapeIdentifier(name);
}

// -------------------------------------------------------------- statements

/** Name of the uniqueness constraint on a label. */
export function constraintName(label: string): string {
  return `newsgraph_${label.toLowerCase()}_${label === ARTICLE_LABEL ? "id" : "key"}`;
}

/** One uniqueness constraint per node label: Entity and the kinds on key, Article on id. */
export function constraintStatements(): string[] {
  return NODE_LABELS.map((label) => {
    const prop = label === ARTICLE_LABEL ? "id" : "key";
    return `CREATE CONSTRAINT ${escapeIdentifier(constraintName(label))} IF NOT EXISTS FOR (n:${nodeLabel(label)}) REQUIRE n.${prop} IS UNIQUE`;
  });
}

/** `rows` is the Cypher expression of the row list: `$rows` for push, a literal list in import.cypher. */
export function articleStatement(rows: string): string {
  return `UNWIND ${rows} AS row\nMERGE (a:${nodeLabel(ARTICLE_LABEL)} {id: row.id})\nSET a += row.props`;
}

/** Merges entities of one kind on key, sets the kind label (removing any other kind label) and the properties. */
export function entityStatement(kind: EntityKind, rows: string): string {
  const others = ENTITY_KINDS.filter((k) => k !== kind).map(nodeLabel).join(":");
  return (
    `UNWIND ${rows} AS row\n` +
    `MERGE (n:${nodeLabel(ENTITY_LABEL)} {key: row.key})\n` +
    `SET n:${nodeLabel(kind)}\n` +
    `REMOVE n:${others}\n` +
    `SET n += row.props`
  );
}

/** Merges one relationship per (source, relation, target), keeping the graph's direction. */
export function relationshipStatement(relation: RelationType, rows: string): string {
  const entity = nodeLabel(ENTITY_LABEL);
  return (
    `UNWIND ${rows} AS row\n` +
    `MATCH (s:${entity} {key: row.source})\n` +
    `MATCH (t:${entity} {key: row.target})\n` +
    `MERGE (s)-[r:${relationshipType(relation)}]->(t)\n` +
    `SET r += row.props`
  );
}

export function mentionStatement(rows: string): string {
  return (
    `UNWIND ${rows} AS row\n` +
    `MATCH (a:${nodeLabel(ARTICLE_LABEL)} {id: row.article})\n` +
    `MATCH (e:${nodeLabel(ENTITY_LABEL)} {key: row.entity})\n` +
    `MERGE (a)-[:${relationshipType(MENTIONS_TYPE)}]->(e)`
  );
}

/** Deletes up to $limit nodes this project wrote (Entity, Article) with their relationships; returns how many. */
export function deleteBatchStatement(): string {
  return (
    `MATCH (n)\nWHERE n:${nodeLabel(ENTITY_LABEL)} OR n:${nodeLabel(ARTICLE_LABEL)}\n` +
    `WITH n LIMIT $limit\nDETACH DELETE n\nRETURN count(*) AS deleted`
  );
}

/** Reads back what the database holds of the graph (one row; plain MATCH and count, for any Neo4j 5). */
export function countStatement(): string {
  const entity = nodeLabel(ENTITY_LABEL);
  const article = nodeLabel(ARTICLE_LABEL);
  const types = RELATION_TYPES.map(relationshipType).join("|");
  return (
    `OPTIONAL MATCH (n:${entity})\nWITH count(n) AS entities\n` +
    `OPTIONAL MATCH (:${entity})-[r:${types}]->(:${entity})\nWITH entities, count(r) AS relationships\n` +
    `OPTIONAL MATCH (a:${article})\nWITH entities, relationships, count(a) AS articles\n` +
    `OPTIONAL MATCH (:${article})-[m:${relationshipType(MENTIONS_TYPE)}]->(:${entity})\n` +
    `RETURN entities, relationships, articles, count(m) AS mentions`
  );
}

// --------------------------------------------------------------- splitting

export interface StatementChunk {
  /** The statement text, comments included, without the closing semicolon, trimmed. */
  text: string;
  /** Offset of the chunk in the input. */
  start: number;
}

/**
 * Splits a Cypher script on the semicolons that end statements: semicolons in
 * string literals ('…', "…", with backslash escapes), in `quoted identifiers`
 * and in comments do not count. Chunks holding only comments or whitespace are
 * left out.
 */
export function splitStatements(script: string): StatementChunk[] {
  const out: StatementChunk[] = [];
  let start = 0;
  let hasCode = false;
  let i = 0;
  const push = (end: number) => {
    if (hasCode) out.push({ text: script.slice(start, end).trim(), start });
    hasCode = false;
  };
  while (i < script.length) {
    const ch = script[i];
    const next = script[i + 1];
    if (ch === "/" && next === "/") {
      const nl = script.indexOf("\n", i);
      i = nl === -1 ? script.length : nl + 1;
    } else if (ch === "/" && next === "*") {
      const close = script.indexOf("*/", i + 2);
      i = close === -1 ? script.length : close + 2;
    } else if (ch === "'" || ch === '"') {
      hasCode = true;
      i++;
      while (i < script.length && script[i] !== ch) i += script[i] === "\\" ? 2 : 1;
      i++;
    } else if (ch === "`") {
      hasCode = true;
      i++;
      while (i < script.length) {
        if (script[i] === "`") {
          if (script[i + 1] === "`") i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (ch === ";") {
      push(i);
      i++;
      start = i;
    } else {
      if (!/\s/.test(ch as string)) hasCode = true;
      i++;
    }
  }
  push(script.length);
  return out;
}

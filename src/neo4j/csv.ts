// CSV files in the header format of `neo4j-admin database import full`, the
// exact command that loads them, and load-csv.cypher, which loads the same
// files with LOAD CSV. Every field is quoted ("…", quotes doubled) except
// numbers and missing values (an empty unquoted field: no property). Arrays are
// joined with one array delimiter, chosen so that no element contains it.

import * as path from "path";
import { ENTITY_KINDS, RELATION_TYPES } from "../schema";
import { cypherString, escapeIdentifier, nodeLabel, relationshipType } from "./cypher";
import { UserError } from "./errors";
import { ARTICLE_LABEL, ENTITY_LABEL, MENTIONS_TYPE, type Neo4jModel } from "./model";

export const CSV_FILES = {
  entities: "entities.csv",
  articles: "articles.csv",
  relationships: "relationships.csv",
  mentions: "mentions.csv",
} as const;

export const ENTITY_HEADER = [`key:ID(${ENTITY_LABEL})`, ":LABEL", "name", "kind", "aliases:string[]", "docs:string[]"];
export const ARTICLE_HEADER = [`id:ID(${ARTICLE_LABEL})`, ":LABEL", "title", "date", "source", "path"];
export const RELATIONSHIP_HEADER = [
  `:START_ID(${ENTITY_LABEL})`,
  `:END_ID(${ENTITY_LABEL})`,
  ":TYPE",
  "label",
  "count:int",
  "docs:string[]",
  "sentences:string[]",
  "sentenceDocs:string[]",
  "verbs:string[]",
  "firstDate",
  "lastDate",
];
export const MENTION_HEADER = [`:START_ID(${ARTICLE_LABEL})`, `:END_ID(${ENTITY_LABEL})`, ":TYPE"];

/** Array delimiters in order of preference; the first that no array element contains is used. */
export const ARRAY_DELIMITERS = [";", "|", "\u001f"] as const;
export type ArrayDelimiter = (typeof ARRAY_DELIMITERS)[number];

/** A field: quoted string, bare number, or missing (null: empty unquoted field). */
export type CsvField = string | number | null;

/** One CSV field: strings always quoted with quotes doubled; newlines stay inside the quotes. */
export function csvField(value: CsvField): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to CSV`);
    return String(value);
  }
  return `"${value.replace(/"/g, '""')}"`;
}

export function csvLine(fields: readonly CsvField[]): string {
  return fields.map(csvField).join(",") + "\n";
}

/** The header line, unquoted (header names hold no commas or quotes). */
export function csvHeader(names: readonly string[]): string {
  for (const n of names) if (/[",\r\n]/.test(n)) throw new Error(`bad CSV header name ${n}`);
  return names.join(",") + "\n";
}

/** An array field: elements joined by the delimiter; an empty array is a missing value. */
export function csvArray(values: readonly string[], delimiter: ArrayDelimiter): CsvField {
  if (values.length === 0) return null;
  for (const v of values) {
    if (v.includes(delimiter)) throw new Error(`array element ${JSON.stringify(v)} contains the array delimiter`);
  }
  return values.join(delimiter);
}

function arrayElements(model: Neo4jModel): string[] {
  const out: string[] = [];
  for (const e of model.entities) out.push(...e.props.aliases, ...e.props.docs);
  for (const r of model.relationships) out.push(...r.props.docs, ...r.props.sentences, ...r.props.sentenceDocs, ...r.props.verbs);
  return out;
}

/** The first delimiter of ARRAY_DELIMITERS that occurs in no array element of the model. */
export function chooseArrayDelimiter(model: Neo4jModel): ArrayDelimiter {
  const elements = arrayElements(model);
  for (const d of ARRAY_DELIMITERS) {
    if (!elements.some((v) => v.includes(d))) return d;
  }
  throw new UserError("Every array delimiter (';', '|', U+001F) occurs in some alias or sentence: the CSV files cannot be written; use `npm run neo4j -- push` or import.cypher instead.");
}

export interface CsvFiles {
  delimiter: ArrayDelimiter;
  files: Record<keyof typeof CSV_FILES, string>;
}

/** The four CSV files for neo4j-admin import and LOAD CSV. */
export function buildCsv(model: Neo4jModel, delimiter: ArrayDelimiter = chooseArrayDelimiter(model)): CsvFiles {
  const arr = (values: readonly string[]) => csvArray(values, delimiter);
  let entities = csvHeader(ENTITY_HEADER);
  for (const e of model.entities) {
    entities += csvLine([e.key, [ENTITY_LABEL, e.kind].join(delimiter), e.props.name, e.kind, arr(e.props.aliases), arr(e.props.docs)]);
  }
  let articles = csvHeader(ARTICLE_HEADER);
  for (const a of model.articles) {
    articles += csvLine([a.id, ARTICLE_LABEL, a.props.title, a.props.date, a.props.source, a.props.path]);
  }
  let relationships = csvHeader(RELATIONSHIP_HEADER);
  for (const r of model.relationships) {
    const p = r.props;
    relationships += csvLine([
      r.source,
      r.target,
      r.relation,
      p.label,
      p.count,
      arr(p.docs),
      arr(p.sentences),
      arr(p.sentenceDocs),
      arr(p.verbs),
      p.firstDate,
      p.lastDate,
    ]);
  }
  let mentions = csvHeader(MENTION_HEADER);
  for (const m of model.mentions) mentions += csvLine([m.article, m.entity, MENTIONS_TYPE]);
  return { delimiter, files: { entities, articles, relationships, mentions } };
}

/** How the delimiter is spelled on the neo4j-admin command line. */
export function delimiterOption(delimiter: ArrayDelimiter): string {
  if (delimiter === "\u001f") return "U+001F";
  return `"${delimiter}"`;
}

/**
 * The neo4j-admin command that loads the CSV files in `dir` into `database`
 * (which must be stopped; --overwrite-destination replaces it).
 */
export function neo4jAdminImportCommand(dir: string, delimiter: ArrayDelimiter, database = "neo4j"): string {
  const f = (name: string) => path.join(dir, name);
  return [
    `neo4j-admin database import full ${database} --overwrite-destination`,
    `--nodes=${f(CSV_FILES.entities)}`,
    `--nodes=${f(CSV_FILES.articles)}`,
    `--relationships=${f(CSV_FILES.relationships)}`,
    `--relationships=${f(CSV_FILES.mentions)}`,
    `--delimiter="," --array-delimiter=${delimiterOption(delimiter)} --quote='"'`,
    `--multiline-fields=true --legacy-style-quoting=false`,
  ].join(" \\\n  ");
}

// ----------------------------------------------------------- LOAD CSV script

function col(name: string): string {
  return `row.${escapeIdentifier(name)}`;
}

function textOrNull(name: string): string {
  return `CASE ${col(name)} WHEN '' THEN null ELSE ${col(name)} END`;
}

function list(name: string, delimiter: ArrayDelimiter): string {
  return `CASE coalesce(${col(name)}, '') WHEN '' THEN [] ELSE split(${col(name)}, ${cypherString(delimiter)}) END`;
}

function fromFile(file: string): string {
  return `LOAD CSV WITH HEADERS FROM ${cypherString(`file:///${file}`)} AS row`;
}

/**
 * Statements that load the CSV files with LOAD CSV (files in the server's
 * import directory). Plain statements, one transaction each, so they run in
 * cypher-shell and Neo4j Browser alike on any Neo4j 5.
 */
export function loadCsvStatements(delimiter: ArrayDelimiter): string[] {
  const entity = nodeLabel(ENTITY_LABEL);
  const article = nodeLabel(ARTICLE_LABEL);
  const kindLabels = ENTITY_KINDS.map(
    (k) => `FOREACH (_ IN CASE WHEN row.kind = ${cypherString(k)} THEN [1] ELSE [] END | SET n:${nodeLabel(k)})`,
  );
  const relMerges = RELATION_TYPES.map(
    (t) =>
      `FOREACH (_ IN CASE WHEN ${col(":TYPE")} = ${cypherString(t)} THEN [1] ELSE [] END |\n` +
      `  MERGE (s)-[r:${relationshipType(t)}]->(t) SET r += props)`,
  );
  return [
    [
      fromFile(CSV_FILES.articles),
      `MERGE (a:${article} {id: ${col(ARTICLE_HEADER[0] as string)}})`,
      `SET a.title = ${textOrNull("title")}, a.date = ${textOrNull("date")},`,
      `    a.source = ${textOrNull("source")}, a.path = ${textOrNull("path")}`,
    ].join("\n"),
    [
      fromFile(CSV_FILES.entities),
      `MERGE (n:${entity} {key: ${col(ENTITY_HEADER[0] as string)}})`,
      `SET n.name = row.name, n.kind = row.kind,`,
      `    n.aliases = ${list("aliases:string[]", delimiter)},`,
      `    n.docs = ${list("docs:string[]", delimiter)}`,
      ...kindLabels,
    ].join("\n"),
    [
      fromFile(CSV_FILES.relationships),
      `MATCH (s:${entity} {key: ${col(RELATIONSHIP_HEADER[0] as string)}})`,
      `MATCH (t:${entity} {key: ${col(RELATIONSHIP_HEADER[1] as string)}})`,
      `WITH row, s, t, {`,
      `  label: row.label, count: toInteger(${col("count:int")}),`,
      `  docs: ${list("docs:string[]", delimiter)},`,
      `  sentences: ${list("sentences:string[]", delimiter)},`,
      `  sentenceDocs: ${list("sentenceDocs:string[]", delimiter)},`,
      `  verbs: ${list("verbs:string[]", delimiter)},`,
      `  firstDate: ${textOrNull("firstDate")}, lastDate: ${textOrNull("lastDate")}`,
      `} AS props`,
      ...relMerges,
    ].join("\n"),
    [
      fromFile(CSV_FILES.mentions),
      `MATCH (a:${article} {id: ${col(MENTION_HEADER[0] as string)}})`,
      `MATCH (e:${entity} {key: ${col(MENTION_HEADER[1] as string)}})`,
      `MERGE (a)-[:${relationshipType(MENTIONS_TYPE)}]->(e)`,
    ].join("\n"),
  ];
}

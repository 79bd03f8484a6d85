// import.cypher: the constraints and the whole graph as plain Cypher
// statements with every value written as an escaped literal, runnable as is
// with `cypher-shell -f import.cypher` or pasted into Neo4j Browser. It uses
// the same MERGE statements as push, so loading it twice changes nothing.

import { ENTITY_KINDS, RELATION_TYPES } from "../schema";
import {
  articleStatement,
  constraintStatements,
  cypherLiteral,
  entityStatement,
  mentionStatement,
  relationshipStatement,
  type CypherValue,
} from "./cypher";
import {
  batches,
  groupBy,
  type ArticleRow,
  type EntityRow,
  type MentionRow,
  type Neo4jModel,
  type RelationshipRow,
} from "./model";

/** The parameter row push sends for each kind of row (and import.cypher writes as a literal). */
export function articleParam(r: ArticleRow) {
  return { id: r.id, props: { ...r.props } };
}
export function entityParam(r: EntityRow) {
  return { key: r.key, props: { ...r.props } };
}
export function relationshipParam(r: RelationshipRow) {
  return { source: r.source, target: r.target, props: { ...r.props } };
}
export function mentionParam(r: MentionRow) {
  return { article: r.article, entity: r.entity };
}

/** A row list as a Cypher literal, one row per line. */
export function rowsLiteral(rows: readonly CypherValue[]): string {
  if (rows.length === 0) return "[]";
  return `[\n  ${rows.map(cypherLiteral).join(",\n  ")}\n]`;
}

/** One load step: a statement template and the rows it takes as $rows. */
export interface LoadStep<T> {
  /** What is loaded, for progress messages: "articles", "Person entities", "SANCTIONED relationships", … */
  what: string;
  statement: (rows: string) => string;
  rows: T[];
}

/** The load steps in order: articles, entities by kind, relationships by type, mentions. */
export function loadSteps(model: Neo4jModel): Array<LoadStep<Record<string, unknown>>> {
  const steps: Array<LoadStep<Record<string, unknown>>> = [];
  if (model.articles.length) steps.push({ what: "articles", statement: articleStatement, rows: model.articles.map(articleParam) });
  for (const [kind, rows] of groupBy(model.entities, (e) => e.kind, ENTITY_KINDS)) {
    steps.push({ what: `${kind} entities`, statement: (r) => entityStatement(kind, r), rows: rows.map(entityParam) });
  }
  for (const [relation, rows] of groupBy(model.relationships, (r) => r.relation, RELATION_TYPES)) {
    steps.push({ what: `${relation} relationships`, statement: (r) => relationshipStatement(relation, r), rows: rows.map(relationshipParam) });
  }
  if (model.mentions.length) steps.push({ what: "MENTIONS", statement: mentionStatement, rows: model.mentions.map(mentionParam) });
  return steps;
}

/** The statements of import.cypher, without semicolons: constraints first, then data in batches. */
export function importStatements(model: Neo4jModel, batchSize = 500): string[] {
  const out = [...constraintStatements()];
  for (const step of loadSteps(model)) {
    for (const batch of batches(step.rows, batchSize)) {
      out.push(step.statement(rowsLiteral(batch as CypherValue[])));
    }
  }
  return out;
}

/** import.cypher as text: a header comment and each statement ended by a semicolon. */
export function importScript(model: Neo4jModel, source: string, batchSize = 500): string {
  const header = [
    `// newsgraph: the graph of ${source.replace(/[\r\n\u2028\u2029]/g, " ")} for Neo4j 5.`,
    `// Run with: cypher-shell -u neo4j -p <password> -d neo4j -f import.cypher`,
    `// or paste into Neo4j Browser. Loading it again changes nothing (MERGE on keys).`,
    "",
  ].join("\n");
  return header + importStatements(model, batchSize).map((s) => `${s};\n`).join("\n");
}

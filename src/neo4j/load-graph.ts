// Reads a graph.json and checks it against SCHEMA.md before anything is sent
// to Neo4j or written to disk. Every failure is a UserError naming the file and
// the first thing that is wrong.

import * as fs from "fs";
import {
  isEntityKind,
  isRelationType,
  type ArticleInfo,
  type EdgeAttributes,
  type NodeAttributes,
} from "../schema";
import { UserError } from "./errors";

export interface GraphNode {
  key: string;
  attributes: NodeAttributes;
}

export interface GraphEdge {
  key?: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** A graph.json (graphology export) that follows SCHEMA.md. */
export interface GraphExport {
  options: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
  attributes: { articles: ArticleInfo[] };
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const REBUILD = "rebuild it with `npm run graph`";

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function describe(v: unknown): string {
  const s = JSON.stringify(v);
  if (s === undefined) return String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Reads and validates a graph.json file. */
export function loadGraphFile(file: string): GraphExport {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UserError(`${file}: no such file; build the graph with \`npm run graph\` or pass --graph FILE.`);
    throw new UserError(`${file}: cannot read it (${(err as Error).message}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${file}: not valid JSON (${(err as Error).message}); ${REBUILD}.`);
  }
  return validateGraph(json, file);
}

type Fail = (what: string) => never;

/** Checks a parsed graph.json against SCHEMA.md; `file` names it in messages. */
export function validateGraph(json: unknown, file: string): GraphExport {
  const fail: Fail = (what) => {
    throw new UserError(`${file}: ${what}; it does not follow SCHEMA.md, ${REBUILD}.`);
  };
  if (!isObject(json)) return fail("expected a graphology export object { options, attributes, nodes, edges }");
  if (!Array.isArray(json.nodes)) return fail("missing the nodes array (not a graphology export)");
  if (!Array.isArray(json.edges)) return fail("missing the edges array (not a graphology export)");
  if (json.options !== undefined && !isObject(json.options)) return fail("options must be an object");
  const attrs = json.attributes === undefined ? {} : json.attributes;
  if (!isObject(attrs)) return fail("graph attributes must be an object");
  const articles = validateArticles(attrs.articles === undefined ? [] : attrs.articles, fail);
  validateEdges(json.edges, validateNodes(json.nodes, fail), fail);
  return {
    options: (json.options as GraphExport["options"]) ?? {},
    attributes: { articles },
    nodes: json.nodes as GraphNode[],
    edges: json.edges as GraphEdge[],
  };
}

function validateArticles(rawArticles: unknown, fail: Fail): ArticleInfo[] {
  if (!Array.isArray(rawArticles)) return fail("graph attribute articles must be an array");
  const articles: ArticleInfo[] = [];
  const articleIds = new Set<string>();
  rawArticles.forEach((a, i) => {
    const where = `article #${i}${isObject(a) && typeof a.id === "string" ? ` '${a.id}'` : ""}`;
    if (!isObject(a)) return fail(`${where} is not an object`);
    if (typeof a.id !== "string" || a.id === "") return fail(`${where} has no string id`);
    if (articleIds.has(a.id)) return fail(`${where} is listed twice`);
    if (typeof a.title !== "string") return fail(`${where} has no string title`);
    for (const k of ["date", "source", "path"] as const) {
      if (a[k] !== undefined && a[k] !== null && typeof a[k] !== "string") return fail(`${where} has a non-string ${k}`);
    }
    articleIds.add(a.id);
    articles.push(a as unknown as ArticleInfo);
  });
  return articles;
}

/** The node keys, once every node is checked. */
function validateNodes(nodes: unknown[], fail: Fail): Set<string> {
  const nodeKeys = new Set<string>();
  nodes.forEach((n, i) => {
    if (!isObject(n)) return fail(`node #${i} is not an object`);
    if (typeof n.key !== "string" || n.key === "") return fail(`node #${i} has no string key`);
    const where = `node '${n.key}'`;
    if (nodeKeys.has(n.key)) return fail(`${where} appears twice`);
    const a = n.attributes;
    if (!isObject(a)) return fail(`${where} has no attributes`);
    if (typeof a.label !== "string" || a.label === "") return fail(`${where} has no string label`);
    if (!isEntityKind(a.kind)) return fail(`${where} has kind ${describe(a.kind)}, not one of SCHEMA.md's entity kinds`);
    if (!isStringArray(a.aliases)) return fail(`${where} has no aliases array of strings`);
    if (!isStringArray(a.docs)) return fail(`${where} has no docs array of strings`);
    nodeKeys.add(n.key);
  });
  return nodeKeys;
}

function validateEdges(edges: unknown[], nodeKeys: Set<string>, fail: Fail): void {
  edges.forEach((e, i) => {
    if (!isObject(e)) return fail(`edge #${i} is not an object`);
    const where = `edge #${i}${typeof e.key === "string" ? ` '${e.key}'` : ""}`;
    if (typeof e.source !== "string" || !nodeKeys.has(e.source)) return fail(`${where} has source ${describe(e.source)}, which is not a node key`);
    if (typeof e.target !== "string" || !nodeKeys.has(e.target)) return fail(`${where} has target ${describe(e.target)}, which is not a node key`);
    const a = e.attributes;
    if (!isObject(a)) return fail(`${where} has no attributes`);
    if (!isRelationType(a.relation)) return fail(`${where} has relation ${describe(a.relation)}, not one of SCHEMA.md's relation types`);
    if (typeof a.label !== "string") return fail(`${where} has no string label`);
    if (!Array.isArray(a.evidence)) return fail(`${where} has no evidence array`);
    a.evidence.forEach((ev, j) => validateEvidence(ev, `${where} evidence #${j}`, fail));
  });
}

function validateEvidence(ev: unknown, where: string, fail: Fail): void {
  if (!isObject(ev)) return fail(`${where} is not an object`);
  if (typeof ev.doc !== "string") return fail(`${where} has no string doc`);
  if (typeof ev.sentence !== "string") return fail(`${where} has no string sentence`);
  for (const k of ["articleDate", "eventDate", "verb", "role", "modality"] as const) {
    if (ev[k] !== undefined && ev[k] !== null && typeof ev[k] !== "string") return fail(`${where} has a non-string ${k}`);
  }
}


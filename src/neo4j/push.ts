// `npm run neo4j -- push`: loads the graph into a running Neo4j 5 server with
// the official driver. Constraints first, then batched UNWIND $rows … MERGE in
// managed write transactions; every value goes in as a parameter. A second
// push creates nothing. The closing summary reads the counts back.

import neo4j, { type Driver, type Session } from "neo4j-driver";
import { constraintStatements, countStatement, deleteBatchStatement } from "./cypher";
import { mapDriverError, requireNeo4j5, type ConnectionContext } from "./errors";
import { loadSteps } from "./import-script";
import { batches, modelCounts, type ModelCounts, type Neo4jModel } from "./model";

export interface ConnectionOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface PushOptions extends ConnectionOptions {
  batchSize: number;
  replace: boolean;
  /** Progress lines (the CLI writes them to stderr). */
  progress?: (line: string) => void;
}

export interface PushResult {
  server: string;
  /** What the database holds after the push, read back from it. */
  counts: ModelCounts;
  /** What the graph holds. */
  expected: ModelCounts;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  deleted: number;
}

/** Integers become Neo4j integers (JavaScript numbers would be stored as floats); everything else as is. */
export function toDriverValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverValue(v)]));
  }
  return value;
}

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  return Number(value);
}

/** Opens a driver, checks the server is reachable, accepts the credentials and is Neo4j 5+. */
export async function connect(opts: ConnectionOptions): Promise<{ driver: Driver; agent: string }> {
  const ctx: ConnectionContext = { uri: opts.uri, user: opts.user, database: opts.database };
  let driver: Driver;
  try {
    driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      connectionTimeout: 15_000,
      maxTransactionRetryTime: 15_000,
      userAgent: "newsgraph-neo4j",
    });
  } catch (err) {
    throw mapDriverError(err, ctx);
  }
  try {
    const info = await driver.getServerInfo({ database: opts.database });
    requireNeo4j5(info.agent, opts.uri);
    return { driver, agent: info.agent ?? "" };
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw mapDriverError(err, ctx);
  }
}

/** Runs one statement in a managed write transaction and returns its counters. */
async function write(session: Session, statement: string, params: Record<string, unknown> = {}) {
  return session.executeWrite(async (tx) => {
    const result = await tx.run(statement, params);
    return { records: result.records, updates: result.summary.counters.updates() };
  });
}

/** Reads back how many entities, relationships, articles and mentions the database holds. */
export async function readCounts(session: Session): Promise<ModelCounts> {
  return session.executeRead(async (tx) => {
    const result = await tx.run(countStatement());
    const r = result.records[0];
    if (!r) throw new Error("count query returned no row");
    return {
      entities: toNumber(r.get("entities")),
      relationships: toNumber(r.get("relationships")),
      articles: toNumber(r.get("articles")),
      mentions: toNumber(r.get("mentions")),
    };
  });
}

export async function push(model: Neo4jModel, opts: PushOptions): Promise<PushResult> {
  const ctx: ConnectionContext = { uri: opts.uri, user: opts.user, database: opts.database };
  const progress = opts.progress ?? (() => undefined);
  const { driver, agent } = await connect(opts);
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
  const result: PushResult = {
    server: `${agent} at ${opts.uri}, database ${opts.database}`,
    counts: { entities: 0, relationships: 0, articles: 0, mentions: 0 },
    expected: modelCounts(model),
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    deleted: 0,
  };
  try {
    progress(`connected to ${result.server}`);
    for (const statement of constraintStatements()) await write(session, statement);
    progress(`constraints: ${constraintStatements().length} in place`);

    if (opts.replace) {
      for (;;) {
        const { records } = await write(session, deleteBatchStatement(), { limit: neo4j.int(10_000) });
        const n = toNumber(records[0]?.get("deleted") ?? 0);
        result.deleted += n;
        if (n === 0) break;
        progress(`--replace: deleted ${result.deleted} earlier nodes`);
      }
    }

    for (const step of loadSteps(model)) {
      const statement = step.statement("$rows");
      let done = 0;
      for (const batch of batches(step.rows, opts.batchSize)) {
        const { updates } = await write(session, statement, { rows: toDriverValue(batch) });
        result.nodesCreated += updates.nodesCreated;
        result.relationshipsCreated += updates.relationshipsCreated;
        result.propertiesSet += updates.propertiesSet;
        done += batch.length;
        progress(`${step.what}: ${done}/${step.rows.length}`);
      }
    }

    result.counts = await readCounts(session);
    return result;
  } catch (err) {
    throw mapDriverError(err, ctx);
  } finally {
    await session.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
  }
}

/** The closing summary: counts read back from the database, and whether they match the graph. */
export function formatSummary(r: PushResult): string {
  const c = r.counts;
  const lines = [
    `Neo4j (${r.server}) now holds ${c.entities} entities, ${c.relationships} relationships, ${c.articles} articles, ${c.mentions} MENTIONS.`,
    `This push: ${r.nodesCreated} nodes and ${r.relationshipsCreated} relationships created${r.deleted ? `, ${r.deleted} earlier nodes deleted (--replace)` : ""}.`,
  ];
  const e = r.expected;
  const keys = ["entities", "relationships", "articles", "mentions"] as const;
  const more = keys.filter((k) => c[k] > e[k]);
  if (more.length) {
    lines.push(`The database holds more ${more.join(", ")} than the graph (${more.map((k) => e[k]).join(", ")}): earlier data; push with --replace to remove it.`);
  }
  const fewer = keys.filter((k) => c[k] < e[k]);
  if (fewer.length) lines.push(`The database holds fewer ${fewer.join(", ")} than the graph: check the server log.`);
  return lines.join("\n");
}

// Errors the user can act on: one line saying what went wrong and what to do.
// Everything the neo4j commands report to the user goes through UserError;
// the script prints its message and exits with its code (2).

export const EXIT_USER_ERROR = 2;

export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT_USER_ERROR) {
    super(message);
    this.name = "UserError";
    this.exitCode = exitCode;
  }
}

export interface ConnectionContext {
  uri: string;
  user: string;
  database: string;
}

const START_HINT =
  "start Neo4j 5 (e.g. `docker run -p7474:7474 -p7687:7687 -e NEO4J_AUTH=neo4j/password neo4j:5`) or pass --uri / set NEO4J_URI";

function codeOf(err: unknown): string {
  if (err && typeof err === "object" && "code" in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Maps an error thrown by neo4j-driver to a UserError with a one-line message and the fix. */
export function mapDriverError(err: unknown, ctx: ConnectionContext): UserError {
  if (err instanceof UserError) return err;
  const code = codeOf(err);
  const message = messageOf(err);
  const firstLine = message.split("\n")[0] ?? message;

  if (/^Unknown scheme/i.test(message) || /Illegal URI|Invalid URL|url/i.test(code)) {
    return new UserError(
      `Invalid Neo4j URI '${ctx.uri}': use bolt://host:7687 or neo4j://host:7687 (neo4j+s:// for Aura).`,
    );
  }
  if (code === "Neo.ClientError.Security.Unauthorized" || code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new UserError(
      `Neo4j at ${ctx.uri} rejected user '${ctx.user}': wrong user or password. Pass --user/--password or set NEO4J_USERNAME/NEO4J_PASSWORD.`,
    );
  }
  if (code === "Neo.ClientError.Security.CredentialsExpired") {
    return new UserError(
      `The password of '${ctx.user}' on ${ctx.uri} must be changed first: open Neo4j Browser (http://localhost:7474) or run ALTER CURRENT USER SET PASSWORD in cypher-shell.`,
    );
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound" || /database does not exist/i.test(message)) {
    return new UserError(
      `Database '${ctx.database}' does not exist on ${ctx.uri}: pass --database neo4j (or set NEO4J_DATABASE), or create it with CREATE DATABASE (Enterprise only).`,
    );
  }
  if (code === "Neo.ClientError.Security.Forbidden") {
    return new UserError(`User '${ctx.user}' may not write to database '${ctx.database}' on ${ctx.uri}: use a user with write access.`);
  }
  if (/Server responded HTTP/i.test(message)) {
    return new UserError(`${ctx.uri} is the HTTP port, not Bolt: use --uri bolt://host:7687.`);
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|Failed to connect/i.test(message)) {
    return new UserError(`Cannot reach Neo4j at ${ctx.uri}: ${START_HINT}.`);
  }
  if (/Unknown Bolt protocol version|protocol version/i.test(message)) {
    return new UserError(`${ctx.uri} speaks an unsupported Bolt version: this command needs Neo4j 5 or newer; upgrade the server.`);
  }
  return new UserError(`Neo4j error${code ? ` ${code}` : ""} at ${ctx.uri}: ${firstLine}`);
}

/**
 * Parses the server agent string ("Neo4j/5.26.1") and returns the major version,
 * or undefined when the agent does not say.
 */
export function neo4jMajorVersion(agent: string | undefined): number | undefined {
  if (!agent) return undefined;
  const m = /^Neo4j\/(\d+)(?:\.|$)/i.exec(agent.trim());
  return m ? Number(m[1]) : undefined;
}

/** Throws a UserError unless the server is Neo4j 5 or newer. */
export function requireNeo4j5(agent: string | undefined, uri: string): void {
  const major = neo4jMajorVersion(agent);
  if (major === undefined) {
    throw new UserError(`The server at ${uri} did not identify as Neo4j (agent '${agent ?? "none"}'): this command needs Neo4j 5 or newer.`);
  }
  if (major < 5) {
    throw new UserError(
      `The server at ${uri} is ${agent}: this command needs Neo4j 5 or newer: upgrade the server (e.g. the Docker image neo4j:5).`,
    );
  }
}

// Specification of the command line: arguments, environment, error messages
// and exit codes, run through the real script (npm run neo4j) where it matters.
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "../src/neo4j/cli";
import { mapDriverError, neo4jMajorVersion, requireNeo4j5, UserError } from "../src/neo4j/errors";
import { connect } from "../src/neo4j/push";

const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(__dirname, "fixtures", "sample-graph.json");
const CLOSED = "bolt://127.0.0.1:1"; // loopback port 1: nothing listens, the connection is refused

/** Runs scripts/neo4j.ts as `npm run neo4j --` does, with no NEO4J_* variables from the caller. */
function run(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NEO4J_")));
  const r = spawnSync(process.execPath, ["-r", "ts-node/register", "scripts/neo4j.ts", ...args], {
    cwd: ROOT,
    env: { ...clean, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-cli-"));
}

describe("neo4j cli: arguments", () => {
  it("reads push options from flags, then NEO4J_* variables, then defaults", () => {
    const env = { NEO4J_URI: "bolt://127.0.0.1:7999", NEO4J_USERNAME: "u", NEO4J_PASSWORD: "pw", NEO4J_DATABASE: "db" };
    assert.deepEqual(parseArgs(["push"], env), {
      command: "push", graph: "graph/out/graph.json", uri: "bolt://127.0.0.1:7999", user: "u", password: "pw", database: "db", batchSize: 1000, replace: false,
    });
    const p = parseArgs(["push", "--uri=bolt://127.0.0.1:1", "--user", "x", "--password", "y", "--database", "z", "--batch-size", "7", "--replace", "--graph", "g.json"], env);
    assert.deepEqual(p, { command: "push", graph: "g.json", uri: "bolt://127.0.0.1:1", user: "x", password: "y", database: "z", batchSize: 7, replace: true });
    assert.deepEqual(parseArgs(["push"], { NEO4J_PASSWORD: "pw" }), {
      command: "push", graph: "graph/out/graph.json", uri: "bolt://localhost:7687", user: "neo4j", password: "pw", database: "neo4j", batchSize: 1000, replace: false,
    });
  });

  it("defaults files to graph/out/neo4j", () => {
    assert.deepEqual(parseArgs(["files"], {}), { command: "files", graph: "graph/out/graph.json", out: path.join("graph", "out", "neo4j") });
  });

  it("rejects what it does not know, with exit code 2", () => {
    const bad: string[][] = [[], ["pull"], ["push", "--pasword", "x"], ["files", "--replace"], ["push", "--password"], ["push", "--password", "x", "--batch-size", "0"]];
    for (const args of bad) {
      assert.throws(() => parseArgs(args, {}), (e: unknown) => e instanceof UserError && e.exitCode === 2, args.join(" "));
    }
    assert.throws(() => parseArgs(["push"], {}), /No Neo4j password: pass --password PW or set NEO4J_PASSWORD/);
  });
});

describe("neo4j cli: driver errors become one line with the fix", () => {
  const ctx = { uri: "bolt://127.0.0.1:7687", user: "neo4j", database: "news" };
  const err = (code: string, message = "x") => Object.assign(new Error(message), { code });

  it("maps wrong password, missing database and unreachable server", () => {
    assert.match(mapDriverError(err("Neo.ClientError.Security.Unauthorized"), ctx).message, /rejected user 'neo4j': wrong user or password\. Pass --user\/--password/);
    assert.match(mapDriverError(err("Neo.ClientError.Database.DatabaseNotFound"), ctx).message, /Database 'news' does not exist .* pass --database neo4j/);
    assert.match(mapDriverError(err("ServiceUnavailable"), ctx).message, /Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:7687: start Neo4j 5/);
    for (const e of [err("Neo.ClientError.Security.Unauthorized"), err("ServiceUnavailable"), new Error("weird\nsecond line")]) {
      const m = mapDriverError(e, ctx);
      assert.equal(m.exitCode, 2);
      assert.ok(!m.message.includes("\n"), "one line");
    }
  });

  it("requires Neo4j 5 or newer", () => {
    assert.equal(neo4jMajorVersion("Neo4j/5.26.1"), 5);
    assert.equal(neo4jMajorVersion("Neo4j/2025.01.0"), 2025);
    assert.doesNotThrow(() => requireNeo4j5("Neo4j/5.0.0", "u"));
    assert.doesNotThrow(() => requireNeo4j5("Neo4j/2025.10.1", "u"));
    assert.throws(() => requireNeo4j5("Neo4j/4.4.30", "u"), /is Neo4j\/4\.4\.30: this command needs Neo4j 5 or newer/);
    assert.throws(() => requireNeo4j5("Neo4j/3.5.0", "u"), /needs Neo4j 5/);
    assert.throws(() => requireNeo4j5("Memgraph/2.0", "u"), /did not identify as Neo4j/);
  });

  it("a real driver against a closed loopback port gives the unreachable message", async () => {
    await assert.rejects(
      connect({ uri: CLOSED, user: "neo4j", password: "x", database: "neo4j" }),
      (e: unknown) => e instanceof UserError && e.message.startsWith(`Cannot reach Neo4j at ${CLOSED}`),
    );
  });

  it("a URI with an unknown scheme says which schemes to use", async () => {
    await assert.rejects(connect({ uri: "http://127.0.0.1:1", user: "neo4j", password: "x", database: "neo4j" }), /use bolt:\/\/host:7687/);
  });
});

/**
 * A minimal Bolt server on 127.0.0.1: agrees on Bolt 4.4 (what Neo4j 4.4 speaks)
 * and answers the driver's HELLO with `reply` (SUCCESS with a server agent, or FAILURE).
 */
async function fakeBolt(reply: { success: Record<string, string> } | { failure: Record<string, string> }) {
  const str = (v: string) => {
    const b = Buffer.from(v, "utf8");
    const marker = b.length < 16 ? [0x80 + b.length] : [0xd0, b.length]; // tiny string, or STRING_8 (< 256 bytes)
    return Buffer.concat([Buffer.from(marker), b]);
  };
  const map = (m: Record<string, string>) => Buffer.concat([Buffer.from([0xa0 + Object.keys(m).length]), ...Object.entries(m).flatMap(([k, v]) => [str(k), str(v)])]);
  const body = "success" in reply ? Buffer.concat([Buffer.from([0xb1, 0x70]), map(reply.success)]) : Buffer.concat([Buffer.from([0xb1, 0x7f]), map(reply.failure)]);
  const server = net.createServer((sock) => {
    let handshaken = false;
    sock.on("error", () => undefined);
    sock.on("data", () => {
      if (!handshaken) {
        handshaken = true;
        sock.write(Buffer.from([0, 0, 4, 4])); // Bolt 4.4
        return;
      }
      const len = Buffer.alloc(2);
      len.writeUInt16BE(body.length);
      sock.write(Buffer.concat([len, body, Buffer.from([0, 0])]));
      if ("failure" in reply) sock.end(); // as Neo4j does after a failed login
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { uri: `bolt://127.0.0.1:${(server.address() as net.AddressInfo).port}`, close: () => server.close() };
}

describe("neo4j cli: real driver against a fake Bolt server on 127.0.0.1", () => {
  it("a Neo4j 4.4 server is refused with a message to upgrade", async () => {
    const fake = await fakeBolt({ success: { server: "Neo4j/4.4.30", connection_id: "bolt-1" } });
    try {
      await assert.rejects(
        connect({ uri: fake.uri, user: "neo4j", password: "x", database: "neo4j" }),
        (e: unknown) => e instanceof UserError && e.message === `The server at ${fake.uri} is Neo4j/4.4.30: this command needs Neo4j 5 or newer: upgrade the server (e.g. the Docker image neo4j:5).`,
      );
    } finally {
      fake.close();
    }
  });

  it("a rejected login says wrong user or password", async () => {
    const fake = await fakeBolt({ failure: { code: "Neo.ClientError.Security.Unauthorized", message: "bad" } });
    try {
      await assert.rejects(
        connect({ uri: fake.uri, user: "neo4j", password: "x", database: "neo4j" }),
        (e: unknown) => e instanceof UserError && /rejected user 'neo4j': wrong user or password/.test(e.message),
      );
    } finally {
      fake.close();
    }
  });
});

describe("neo4j cli: the script", () => {
  it("push to an unreachable server: one message on stderr, exit 2", () => {
    const r = run(["push", "--graph", SAMPLE, "--uri", CLOSED, "--password", "x"]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /^neo4j: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: start Neo4j 5 .*docker run/);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.equal(r.stdout, "");
  });

  it("push reads NEO4J_URI and NEO4J_PASSWORD", () => {
    const r = run(["push", "--graph", SAMPLE], { NEO4J_URI: CLOSED, NEO4J_PASSWORD: "x" });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });

  it("a graph.json that does not follow SCHEMA.md: names file and node, exit 2, nothing sent", () => {
    const dir = tmpdir();
    const bad = JSON.parse(fs.readFileSync(SAMPLE, "utf8"));
    bad.nodes[3].attributes.kind = "City";
    const file = path.join(dir, "graph.json");
    fs.writeFileSync(file, JSON.stringify(bad));
    const r = run(["push", "--graph", file, "--uri", CLOSED, "--password", "x"]);
    assert.equal(r.code, 2);
    assert.ok(r.stderr.includes(`${file}: node 'pyongyang' has kind "City"`), r.stderr);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("malformed JSON: names the file and says to rebuild with npm run graph, exit 2", () => {
    const dir = tmpdir();
    const file = path.join(dir, "graph.json");
    fs.writeFileSync(file, "{ not json");
    const r = run(["files", "--graph", file, "--out", path.join(dir, "out")]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not valid JSON .*npm run graph`));
    assert.ok(!fs.existsSync(path.join(dir, "out")));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("files writes every output, prints the neo4j-admin command, and is byte-identical on a second run", () => {
    const dir = tmpdir();
    const out = path.join(dir, "neo4j");
    const r = run(["files", "--graph", SAMPLE, "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    const names = fs.readdirSync(out).sort();
    assert.deepEqual(names, ["articles.csv", "constraints.cypher", "entities.csv", "import.cypher", "load-csv.cypher", "mentions.csv", "neo4j-admin-import.txt", "relationships.csv"]);
    assert.ok(r.stdout.includes(`neo4j-admin database import full neo4j --overwrite-destination`));
    assert.ok(r.stdout.includes(`--nodes=${path.join(out, "entities.csv")}`));
    const first = names.map((n) => fs.readFileSync(path.join(out, n), "utf8"));
    assert.equal(run(["files", "--graph", SAMPLE, "--out", out]).code, 0);
    assert.deepEqual(names.map((n) => fs.readFileSync(path.join(out, n), "utf8")), first);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("--help prints usage and exits 0; an unknown option exits 2", () => {
    const help = run(["--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: npm run neo4j -- <command>/);
    const bad = run(["push", "--nope"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Unknown option --nope/);
  });
});

// npm run neo4j -- push | files [options]: loads graph.json into Neo4j 5, or
// writes files to load by hand. See the README. Exit 2 on any error the
// user can fix (message on stderr), 1 on a bug.
import { runNeo4jCli } from "../src/neo4j/cli";

runNeo4jCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`neo4j: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);

// npm run neo4j -- push | files [options]: loads graph.json into Neo4j 5, or
// writes files to load by hand. See the README. Exit 2 on any error the
// user can fix (message on stderr), 1 on a bug.

import * as path from "path";
import { parseArgs, USAGE } from "../src/neo4j/cli";
import { UserError } from "../src/neo4j/errors";
import { writeNeo4jFiles } from "../src/neo4j/files";
import { loadGraphFile } from "../src/neo4j/load-graph";
import { buildModel, modelCounts } from "../src/neo4j/model";
import { formatSummary, push } from "../src/neo4j/push";

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  const model = buildModel(loadGraphFile(args.graph));
  if (args.command === "files") {
    const result = writeNeo4jFiles(model, args.graph, args.out);
    const c = modelCounts(model);
    process.stdout.write(
      `Wrote ${result.written.length} files to ${path.resolve(result.dir)} (${c.entities} entities, ${c.relationships} relationships, ${c.articles} articles, ${c.mentions} MENTIONS):\n` +
        result.written.map((f) => `  ${path.basename(f)}\n`).join("") +
        `\nLoad with cypher-shell: cypher-shell -u neo4j -p <password> -d neo4j -f ${path.join(path.resolve(result.dir), "import.cypher")}\n` +
        `\nOr with neo4j-admin (database stopped; it is replaced), then run constraints.cypher:\n${result.command}\n`,
    );
    return 0;
  }
  const result = await push(model, {
    uri: args.uri,
    user: args.user,
    password: args.password,
    database: args.database,
    batchSize: args.batchSize,
    replace: args.replace,
    progress: (line) => process.stderr.write(`neo4j: ${line}\n`),
  });
  process.stdout.write(formatSummary(result) + "\n");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UserError) {
      process.stderr.write(`neo4j: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`neo4j: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    }
  },
);

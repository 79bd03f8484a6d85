// Every Cypher statement the project writes or ships, parsed with Neo4j's own
// Cypher parser (@neo4j-cypher/language-support, lintCypherQuery): a syntax
// error, or a parameter an example uses without a value, fails the test.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { lintCypherQuery, parseStatementsStrs } from "@neo4j-cypher/language-support";
import { countStatement, deleteBatchStatement, splitStatements } from "../src/neo4j/cypher";
import { loadExamples } from "../src/neo4j/examples";
import { outputFiles } from "../src/neo4j/files";
import { loadSteps } from "../src/neo4j/import-script";
import { loadGraphFile } from "../src/neo4j/load-graph";
import { buildModel } from "../src/neo4j/model";

const ERROR = 1; // DiagnosticSeverity.Error
const FIXTURES = ["sample-graph.json", "neo4j-tricky-graph.json"].map((f) => path.join(__dirname, "fixtures", f));
const DOCS = path.join(__dirname, "..", "README.md");

/** Error diagnostics of one statement; `parameters` are the values it may use. */
function errors(statement: string, parameters?: Record<string, unknown>): string[] {
  // 2.0.0-next.20 (the newest that supports Node 20) returns the diagnostics as a list.
  const diagnostics = lintCypherQuery(statement, parameters ? { parameters } : {});
  return diagnostics
    .filter((d) => d.severity === ERROR)
    .map((d) => ({ ...d, text: typeof d.message === "string" ? d.message : d.message.value }))
    .filter((d) => parameters !== undefined || !/^Parameter \$\w+ is not defined/.test(d.text))
    .map((d) => `${d.text} at ${d.offsets.start}: ${statement.slice(d.offsets.start, d.offsets.start + 40)}`);
}

function assertParses(statement: string, parameters?: Record<string, unknown>) {
  const e = errors(statement, parameters);
  assert.deepEqual(e, [], `${statement.slice(0, 300)}\n→ ${e.join("\n")}`);
}

describe("neo4j lint: the parser catches what it should (controls)", () => {
  it("reports a naively quoted string", () => {
    assert.notDeepEqual(errors("RETURN 'O'Brien' AS x"), []);
  });
  it("reports a missing parenthesis and an unknown clause", () => {
    assert.notDeepEqual(errors("MATCH (n RETURN n"), []);
    assert.notDeepEqual(errors("MERGEE (n:Entity {key: 'x'})"), []);
  });
  it("reports a parameter without a value when values are given", () => {
    assert.notDeepEqual(errors("RETURN $missing", {}), []);
  });
});

for (const fixture of FIXTURES) {
  describe(`neo4j lint: statements written for ${path.basename(fixture)}`, () => {
    const model = buildModel(loadGraphFile(fixture));
    const out = outputFiles(model, fixture, "/tmp/out");

    it("import.cypher: each statement parses, and it splits as Neo4j's parser splits it", () => {
      const text = out.files["import.cypher"] as string;
      const mine = splitStatements(text);
      assert.ok(mine.length > 11);
      for (const s of mine) assertParses(s.text);
      const theirs = parseStatementsStrs(text).filter((s) => s.trim() !== "" && !/^(\s*\/\/[^\n]*\n?)*\s*$/.test(s));
      assert.equal(mine.length, theirs.length);
    });

    it("import.cypher holds every value as an escaped literal (no parameters)", () => {
      for (const s of splitStatements(out.files["import.cypher"] as string)) assertParses(s.text, {});
    });

    it("load-csv.cypher and constraints.cypher: each statement parses", () => {
      for (const f of ["load-csv.cypher", "constraints.cypher"]) {
        const stmts = splitStatements(out.files[f] as string);
        assert.ok(stmts.length >= 11, f);
        for (const s of stmts) assertParses(s.text, {});
      }
    });

    it("push statements parse with $rows as their only parameter", () => {
      for (const step of loadSteps(model)) assertParses(step.statement("$rows"), { rows: [] });
    });
  });
}

describe("neo4j lint: other statements push runs", () => {
  it("the --replace delete and the count read-back parse", () => {
    assertParses(deleteBatchStatement(), { limit: 10000 });
    assertParses(countStatement(), {});
  });
});

describe("neo4j lint: example queries", () => {
  const examples = loadExamples();

  it("has at least ten, each with a unique name and a question", () => {
    assert.ok(examples.length >= 10, `${examples.length} examples`);
    assert.equal(new Set(examples.map((e) => e.name)).size, examples.length);
  });

  it("answers the issue's questions", () => {
    const names = examples.map((e) => e.name);
    for (const n of ["troops-sent-to", "everything-an-actor-did", "shortest-path", "most-connected", "relations-in-date-range", "sanctions", "praise", "two-hops-from", "sourced-to-article"]) {
      assert.ok(names.includes(n), n);
    }
    assert.ok(examples.find((e) => e.name === "shortest-path")?.query.includes("shortestPath"));
  });

  for (const ex of loadExamples()) {
    it(`${ex.name} parses with its // params: values`, () => assertParses(ex.query, ex.params));
  }
});

describe("neo4j lint: README.md", () => {
  let docs = "";
  let blocks: string[] = [];
  before(() => {
    docs = fs.readFileSync(DOCS, "utf8");
    blocks = [...docs.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  });

  it("shows every example query verbatim", () => {
    for (const ex of loadExamples()) assert.ok(docs.includes(ex.query), `README.md lacks ${ex.name}`);
  });

  it("every cypher block parses", () => {
    assert.ok(blocks.length >= 10);
    for (const b of blocks) for (const s of splitStatements(b)) assertParses(s.text);
  });
});

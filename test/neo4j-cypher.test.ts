// Specification of the Cypher text newsgraph writes: string literals,
// identifiers, the load statements, and how scripts are split into statements.
import { strict as assert } from "assert";
import { ENTITY_KINDS, RELATION_TYPES } from "../src/schema";
import {
  constraintStatements,
  cypherLiteral,
  cypherString,
  entityStatement,
  escapeIdentifier,
  nodeLabel,
  relationshipStatement,
  relationshipType,
  splitStatements,
} from "../src/neo4j/cypher";
import { NODE_LABELS, RELATIONSHIP_TYPES } from "../src/neo4j/model";

/** Decodes a single-quoted Cypher string literal by the escapes of the Cypher manual. */
function decodeCypherString(lit: string): string {
  assert.equal(lit[0], "'");
  assert.equal(lit[lit.length - 1], "'");
  const body = lit.slice(1, -1);
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "'") assert.fail(`unescaped quote at ${i} in ${lit}`);
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = { "\\": "\\", "'": "'", '"': '"', n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
    if (e !== undefined && e in simple) out += simple[e];
    else if (e === "u") {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else assert.fail(`unknown escape \\${e} in ${lit}`);
  }
  return out;
}

describe("neo4j cypher: string literals", () => {
  const cases: Array<[string, string]> = [
    ["single quote", "O'Brien"],
    ["double quote", 'say "hi"'],
    ["backslash", "C:\\path\\n not a newline"],
    ["backslash before quote", "\\'"],
    ["newline and CR", "line1\nline2\r\nline3"],
    ["tab and control", "a\tb\u0001c\u007f"],
    ["emoji with ZWJ", "family 👩‍👩‍👧 rocket 🚀"],
    ["right-to-left", "مرحبا"],
    ["backticks", "`tick` and ``double``"],
    ["comment markers and semicolon", "a // b /* c */ ; d"],
    ["line separators", "a\u2028b\u2029c"],
    ["empty", ""],
  ];
  for (const [name, value] of cases) {
    it(`round-trips ${name}`, () => {
      const lit = cypherString(value);
      assert.equal(decodeCypherString(lit), value);
    });
  }

  it("escapes exactly: quote, backslash, newline", () => {
    assert.equal(cypherString("it's"), "'it\\'s'");
    assert.equal(cypherString("a\\b"), "'a\\\\b'");
    assert.equal(cypherString("a\nb"), "'a\\nb'");
    assert.equal(cypherString("\u0001"), "'\\u0001'");
  });

  it("keeps emoji and RTL text as themselves, not escapes", () => {
    assert.equal(cypherString("🚀"), "'🚀'");
    assert.equal(cypherString("مرحبا"), "'مرحبا'");
  });

  it("leaves no raw newline inside a literal", () => {
    assert.ok(!cypherString("a\nb\rc\u2028d").match(/[\n\r\u2028\u2029]/));
  });

  it("escapes a lone surrogate, which UTF-8 cannot hold", () => {
    assert.equal(cypherString("\ud83d"), "'\\uD83D'");
  });

  it("writes lists and maps with escaped values and plain keys", () => {
    assert.equal(cypherLiteral({ key: "o'b", n: 3, xs: ["a", "b"], none: null }), "{key: 'o\\'b', n: 3, xs: ['a', 'b'], none: null}");
    assert.equal(cypherLiteral({ "odd key": 1 }), "{`odd key`: 1}");
  });
});

describe("neo4j cypher: identifiers", () => {
  it("leaves plain names bare and backticks others, doubling backticks", () => {
    assert.equal(escapeIdentifier("Person"), "Person");
    assert.equal(escapeIdentifier("a b"), "`a b`");
    assert.equal(escapeIdentifier("we`ird"), "`we``ird`");
    assert.equal(escapeIdentifier(":TYPE"), "`:TYPE`");
  });

  it("accepts as labels only Entity, Article and SCHEMA.md's kinds", () => {
    assert.deepEqual([...NODE_LABELS].sort(), ["Article", "Entity", ...ENTITY_KINDS].sort());
    for (const l of NODE_LABELS) assert.equal(nodeLabel(l), l);
    assert.throws(() => nodeLabel("Person`) DETACH DELETE n //"), /not a node label/);
    assert.throws(() => nodeLabel("person"), /not a node label/);
  });

  it("accepts as relationship types only SCHEMA.md's relations and MENTIONS", () => {
    assert.deepEqual([...RELATIONSHIP_TYPES].sort(), [...RELATION_TYPES, "MENTIONS"].sort());
    assert.equal(relationshipType("SENT_TROOPS_TO"), "SENT_TROOPS_TO");
    assert.throws(() => relationshipType("KNOWS"), /not a relationship type/);
  });
});

describe("neo4j cypher: load statements", () => {
  it("creates one IF NOT EXISTS uniqueness constraint per node label", () => {
    const cs = constraintStatements();
    assert.equal(cs.length, NODE_LABELS.length);
    for (const label of NODE_LABELS) {
      const mine = cs.filter((c) => c.includes(`(n:${label})`));
      assert.equal(mine.length, 1, label);
      assert.match(mine[0] as string, /^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.(key|id) IS UNIQUE$/);
    }
    assert.ok(cs.some((c) => c.includes("(n:Article) REQUIRE n.id IS UNIQUE")));
  });

  it("merges entities on key with both Entity and the kind label, values only through rows", () => {
    const s = entityStatement("Person", "$rows");
    assert.match(s, /^UNWIND \$rows AS row\nMERGE \(n:Entity \{key: row\.key\}\)\nSET n:Person\n/);
    assert.match(s, /REMOVE n:Country:Organization/);
    assert.ok(!/REMOVE[^\n]*Person/.test(s));
  });

  it("merges a relationship per (source, relation, target) in the graph's direction", () => {
    const s = relationshipStatement("SENT_TROOPS_TO", "$rows");
    assert.match(s, /MATCH \(s:Entity \{key: row\.source\}\)/);
    assert.match(s, /MATCH \(t:Entity \{key: row\.target\}\)/);
    assert.match(s, /MERGE \(s\)-\[r:SENT_TROOPS_TO\]->\(t\)\nSET r \+= row\.props$/);
  });
});

describe("neo4j cypher: splitting scripts into statements", () => {
  it("splits on semicolons outside strings, identifiers and comments", () => {
    const script = [
      "// header; with a semicolon",
      "RETURN 'a;b' AS x;",
      'RETURN "c;d" AS y;',
      "RETURN 'it\\'s; fine' AS z;",
      "RETURN 1 AS `semi;colon`;",
      "/* block; comment */ RETURN 2;",
      "RETURN '\\\\'; RETURN 3",
      "// trailing comment only;",
    ].join("\n");
    const texts = splitStatements(script).map((s) => s.text.replace(/^(\/\/[^\n]*\n)+/, ""));
    assert.deepEqual(texts, [
      "RETURN 'a;b' AS x",
      'RETURN "c;d" AS y',
      "RETURN 'it\\'s; fine' AS z",
      "RETURN 1 AS `semi;colon`",
      "/* block; comment */ RETURN 2",
      "RETURN '\\\\'",
      "RETURN 3\n// trailing comment only;",
    ]);
  });

  it("drops chunks that hold only comments and whitespace", () => {
    assert.deepEqual(splitStatements("// a;\n/* b; */\n ; ;"), []);
  });
});

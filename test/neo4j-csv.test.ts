// Specification of the CSV files for `neo4j-admin database import full` and of
// the command printed with them: header format, quoting, arrays, and that the
// array delimiter in the files is the one the command names.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  ARTICLE_HEADER,
  buildCsv,
  chooseArrayDelimiter,
  csvArray,
  csvField,
  ENTITY_HEADER,
  MENTION_HEADER,
  neo4jAdminImportCommand,
  RELATIONSHIP_HEADER,
} from "../src/neo4j/csv";
import { outputFiles, writeFilesAtomically } from "../src/neo4j/files";
import { loadGraphFile } from "../src/neo4j/load-graph";
import { buildModel, type Neo4jModel } from "../src/neo4j/model";

const SAMPLE = path.join(__dirname, "fixtures", "sample-graph.json");
const TRICKY = path.join(__dirname, "fixtures", "neo4j-tricky-graph.json");

/** Parses CSV as neo4j-admin does with --quote='"' --multiline-fields=true --legacy-style-quoting=false. */
function parseCsv(text: string): Array<Array<{ value: string; quoted: boolean }>> {
  const rows: Array<Array<{ value: string; quoted: boolean }>> = [];
  let row: Array<{ value: string; quoted: boolean }> = [];
  let i = 0;
  while (i < text.length) {
    let value = "";
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        assert.ok(i < text.length, "unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\n") value += text[i++];
      assert.ok(!value.includes('"'), `stray quote in unquoted field ${value}`);
    }
    row.push({ value, quoted });
    if (text[i] === ",") i++;
    else {
      assert.ok(i >= text.length || text[i] === "\n", `junk after field at ${i}`);
      i++;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

function table(text: string) {
  const [header, ...rows] = parseCsv(text);
  const names = (header ?? []).map((f) => f.value);
  return { names, rows: rows.map((r) => Object.fromEntries(r.map((f, i) => [names[i], f]))) };
}

describe("neo4j csv: fields", () => {
  it("quotes strings and doubles quotes inside", () => {
    assert.equal(csvField('say "hi", ok'), '"say ""hi"", ok"');
    assert.equal(csvField("back\\slash"), '"back\\slash"', "backslash is not an escape character");
    assert.equal(csvField("a\nb"), '"a\nb"', "newline stays inside the quotes (--multiline-fields=true)");
    assert.equal(csvField("مرحبا 🚀"), '"مرحبا 🚀"');
  });

  it("writes numbers bare and a missing value as an empty unquoted field", () => {
    assert.equal(csvField(3), "3");
    assert.equal(csvField(null), "");
    assert.equal(csvField(""), '""');
  });

  it("joins arrays with the delimiter and refuses elements containing it", () => {
    assert.equal(csvArray(["a", "b"], ";"), "a;b");
    assert.equal(csvArray([], ";"), null);
    assert.throws(() => csvArray(["a;b"], ";"), /array delimiter/);
  });

  it("prefers ';' as array delimiter, and falls back when an element contains it", () => {
    assert.equal(chooseArrayDelimiter(buildModel(loadGraphFile(SAMPLE))), ";");
    // the tricky graph has a sentence with ';'
    assert.equal(chooseArrayDelimiter(buildModel(loadGraphFile(TRICKY))), "|");
  });
});

describe("neo4j csv: files for neo4j-admin database import full", () => {
  it("uses the neo4j-admin header format with ID spaces, :LABEL, :TYPE and typed arrays", () => {
    const { files } = buildCsv(buildModel(loadGraphFile(SAMPLE)));
    assert.equal(files.entities.split("\n")[0], "key:ID(Entity),:LABEL,name,kind,aliases:string[],docs:string[]");
    assert.equal(files.articles.split("\n")[0], "id:ID(Article),:LABEL,title,date,source,path");
    assert.equal(
      files.relationships.split("\n")[0],
      ":START_ID(Entity),:END_ID(Entity),:TYPE,label,count:int,docs:string[],sentences:string[],sentenceDocs:string[],verbs:string[],firstDate,lastDate",
    );
    assert.equal(files.mentions.split("\n")[0], ":START_ID(Article),:END_ID(Entity),:TYPE");
    assert.deepEqual(ENTITY_HEADER.length, 6);
    assert.deepEqual([ARTICLE_HEADER.length, RELATIONSHIP_HEADER.length, MENTION_HEADER.length], [6, 11, 3]);
  });

  it("writes every field of the tricky graph so that it parses back to the model's values", () => {
    const model: Neo4jModel = buildModel(loadGraphFile(TRICKY));
    const { files, delimiter } = buildCsv(model);
    const split = (f: { value: string; quoted: boolean } | undefined) => (f && f.value !== "" ? f.value.split(delimiter) : []);

    const entities = table(files.entities);
    assert.equal(entities.rows.length, model.entities.length);
    model.entities.forEach((e, i) => {
      const row = entities.rows[i] as Record<string, { value: string; quoted: boolean }>;
      assert.equal(row["key:ID(Entity)"]?.value, e.key);
      assert.deepEqual(row[":LABEL"]?.value.split(delimiter), ["Entity", e.kind]);
      assert.equal(row.name?.value, e.props.name);
      assert.deepEqual(split(row["aliases:string[]"]), e.props.aliases);
      assert.deepEqual(split(row["docs:string[]"]), e.props.docs);
    });

    const rels = table(files.relationships);
    model.relationships.forEach((r, i) => {
      const row = rels.rows[i] as Record<string, { value: string; quoted: boolean }>;
      assert.equal(row[":START_ID(Entity)"]?.value, r.source);
      assert.equal(row[":END_ID(Entity)"]?.value, r.target);
      assert.equal(row[":TYPE"]?.value, r.relation);
      assert.equal(row["count:int"]?.value, String(r.props.count));
      assert.equal(row["count:int"]?.quoted, false);
      assert.deepEqual(split(row["sentences:string[]"]), r.props.sentences);
      assert.equal(row.firstDate?.value, r.props.firstDate ?? "");
      if (r.props.firstDate === null) assert.equal(row.firstDate?.quoted, false, "missing date: empty unquoted field, no property");
    });

    const articles = table(files.articles);
    const t2 = articles.rows.find((r) => r["id:ID(Article)"]?.value === "t2");
    assert.equal(t2?.title?.value, "مرحبا بالعالم — RTL title 🌍");
    assert.equal(t2?.date?.quoted, false);
    const t1 = articles.rows.find((r) => r["id:ID(Article)"]?.value === "t1");
    assert.equal(t1?.title?.value, model.articles[0]?.props.title);

    assert.equal(table(files.mentions).rows.length, model.mentions.length);
  });

  it("prints a neo4j-admin command naming the files and the same array delimiter, quote and multiline options", () => {
    for (const fixture of [SAMPLE, TRICKY]) {
      const model = buildModel(loadGraphFile(fixture));
      const out = outputFiles(model, fixture, "/data/out");
      const d = buildCsv(model).delimiter;
      assert.match(out.command, /^neo4j-admin database import full neo4j /);
      for (const f of ["entities.csv", "articles.csv"]) assert.ok(out.command.includes(`--nodes=/data/out/${f}`));
      for (const f of ["relationships.csv", "mentions.csv"]) assert.ok(out.command.includes(`--relationships=/data/out/${f}`));
      assert.ok(out.command.includes(`--array-delimiter="${d}"`), `${out.command} should say ${d}`);
      assert.ok(out.command.includes(`--quote='"'`));
      assert.ok(out.command.includes("--multiline-fields=true"));
      assert.ok(out.command.includes("--legacy-style-quoting=false"));
      assert.ok(out.files["neo4j-admin-import.txt"]?.includes(out.command));
      assert.ok(out.files["load-csv.cypher"]?.includes(`split(row.\`aliases:string[]\`, '${d}')`), "LOAD CSV splits arrays on the same delimiter");
    }
    assert.match(neo4jAdminImportCommand("/x", "\u001f"), /--array-delimiter=U\+001F/);
  });
});

describe("neo4j files: atomic writes", () => {
  it("writes all files and leaves no temporary files", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-files-"));
    writeFilesAtomically(dir, { "a.txt": "one", "b.txt": "two" });
    assert.deepEqual(fs.readdirSync(dir).sort(), ["a.txt", "b.txt"]);
    assert.equal(fs.readFileSync(path.join(dir, "b.txt"), "utf8"), "two");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps earlier output intact when a write fails", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-files-"));
    writeFilesAtomically(dir, { "a.txt": "old" });
    // a directory where a temporary file would go makes the second write fail
    assert.throws(() => writeFilesAtomically(dir, { "a.txt": "new", "sub/b.txt": "x" }), /Cannot write/);
    assert.equal(fs.readFileSync(path.join(dir, "a.txt"), "utf8"), "old");
    assert.deepEqual(fs.readdirSync(dir), ["a.txt"]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

// Test helpers: run the extractor on a short clean text and read its facts as strings.
import { strict as assert } from "node:assert";
import { extractFromText, type DocExtraction } from "../../src/extract";
import { assemble } from "../../src/assemble";

export function facts(text: string, articleDate?: string) {
  const x = extractFromText("t", text, articleDate);
  const label = (i: number) => x.entities[i].label;
  return {
    ...x,
    list: x.relations.map((r) => `${label(r.source)} -${r.relation}-> ${label(r.target)}`),
    find: (source: string, relation: string, target: string) =>
      x.relations.find((r) => label(r.source) === source && r.relation === relation && label(r.target) === target),
    entity: (name: string) => x.entities.find((e) => e.label === name || e.aliases.includes(name)),
  };
}

export type Facts = ReturnType<typeof facts>;
const memo = new Map<string, Facts>();

/** facts(text), extracted once per text for the whole test run. */
export function readFacts(text: string): Facts {
  let f = memo.get(text);
  if (!f) memo.set(text, (f = facts(text)));
  return f;
}

/** Asserts that the text gives every expected fact, listing what it gave otherwise. */
export function hasFacts(text: string, ...expected: string[]): void {
  const f = readFacts(text);
  for (const fact of expected) assert.ok(f.list.includes(fact), `expected «${fact}» from «${text}», got:\n  ${f.list.join("\n  ")}`);
}

/** Asserts that the text relates a and b by a symmetric relation, in either direction. */
export function hasEitherWay(text: string, relation: string, a: string, b: string): void {
  const list = readFacts(text).list;
  assert.ok(list.includes(`${a} -${relation}-> ${b}`) || list.includes(`${b} -${relation}-> ${a}`), `expected ${a} ${relation} ${b} in «${text}», got:\n  ${list.join("\n  ")}`);
}

/** Asserts that the text gives none of the unexpected facts, and the control fact (so an empty extraction cannot pass). */
export function lacksFacts(text: string, control: string, ...unexpected: string[]): void {
  hasFacts(text, control);
  const f = readFacts(text);
  for (const fact of unexpected) assert.ok(!f.list.includes(fact), `did not expect «${fact}» from «${text}», got:\n  ${f.list.join("\n  ")}`);
}

/** The nodes a build of these articles makes (ids d0, d1, …), through the same assembly as `npm run graph`. */
export function assembledNodes(...texts: string[]) {
  const docs: DocExtraction[] = texts.map((text, k) => ({ article: { id: `d${k}`, title: "", path: "" }, text, ...extractFromText(`d${k}`, text) }));
  return assemble(docs).nodes;
}

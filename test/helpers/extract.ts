// Test helpers: run the extractor on a short clean text and read its facts as strings.
import { extractFromText } from "../../src/extract";

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

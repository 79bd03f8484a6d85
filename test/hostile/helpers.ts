// Helpers of the hostile suite: temp folders, stories written for these tests, the
// graph command run in this process, and a check that evidence points into its text.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runGraphCli, type CliIo } from "../../src/cli/graph";

export const tmp = (): string => mkdtempSync(join(tmpdir(), "newsgraph-hostile-"));

/** Short news stories, one line each of well over 15 words, with people, places and relations. */
export const STORIES = [
  "Japanese Prime Minister Fumio Kishida met French President Emmanuel Macron in Paris on Monday to discuss trade and security in the Pacific region.",
  "German Chancellor Olaf Scholz visited Warsaw on Tuesday and praised Poland for its steady support for Ukraine during the long war with Russia.",
  "Indian Prime Minister Narendra Modi met Brazilian President Luiz Lula in New Delhi on Friday, and the two leaders signed a new trade agreement.",
  "The United States sanctioned the Russian oil company Rosneft on Wednesday, and the European Union said that it would follow with sanctions of its own.",
  "Turkish President Recep Erdogan visited Baku on Thursday and praised Azerbaijan for its energy cooperation with Turkey over the last ten years.",
];

/** A story as an article file: a date line and the story. */
export const article = (i: number, date = "10-11-2025"): string => `${date}\n\n${STORIES[i % STORIES.length]}\n`;

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** npm run graph in this process, without the project's cache unless a --cache is given. */
export async function graphCli(args: string[]): Promise<CliRun> {
  const r = { out: "", err: "" };
  const io: CliIo = { out: { write: (s: string) => (r.out += s) }, err: { write: (s: string) => (r.err += s) } };
  const useCache = args.includes("--cache") || args.includes("--no-cache");
  const code = await runGraphCli([...(useCache ? [] : ["--no-cache"]), "--quiet", ...args], io);
  return { code, ...r };
}

export interface GraphArticle {
  id: string;
  textFile?: string;
}

export function readGraph(file: string): { attributes: { articles: GraphArticle[] }; edges: { attributes: { evidence: { doc: string; sentence: string; start: number; end: number }[] } }[] } {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The texts graph.json points to, by doc id (its textFile; articles/<id>.txt for graphs without one). */
export function graphTexts(graphFile: string): Map<string, string | undefined> {
  const dir = join(graphFile, "..");
  const texts = new Map<string, string | undefined>();
  for (const a of readGraph(graphFile).attributes.articles) {
    try {
      texts.set(a.id, readFileSync(join(dir, a.textFile ?? `articles/${a.id}.txt`), "utf8"));
    } catch {
      texts.set(a.id, undefined);
    }
  }
  return texts;
}

/** Evidence spans of graph.json that do not match the text of their article: [matching, not matching]. */
export function evidenceCheck(graphFile: string): [number, number] {
  const texts = graphTexts(graphFile);
  let good = 0;
  let bad = 0;
  for (const e of readGraph(graphFile).edges)
    for (const ev of e.attributes.evidence) {
      if (texts.get(ev.doc)?.slice(ev.start, ev.end) === ev.sentence) good++;
      else bad++;
    }
  return [good, bad];
}

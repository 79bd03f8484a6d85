// Benchmark corpora: the BBC texts as they are, or recombined into larger synthetic corpora.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function corpusFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f));
}

/**
 * Writes `count` articles into dir, each a headline and paragraphs drawn from
 * different BBC articles, so that the synthetic corpus has the corpus's
 * vocabulary and names without being the same few texts over and over.
 */
export function synthesizeCorpus(sourceDir: string, dir: string, count: number): void {
  const sources = corpusFiles(sourceDir).map((f) => readFileSync(f, "utf8").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  mkdirSync(dir, { recursive: true });
  const n = sources.length;
  for (let i = 0; i < count; i++) {
    const a = sources[i % n];
    const b = sources[(i * 7 + 3) % n];
    const c = sources[(i * 13 + 5) % n];
    const paragraphs = [...a.slice(1, 1 + Math.ceil((a.length - 1) / 2)), ...b.slice(1, 3), ...c.slice(-2)];
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `syn-${String(i).padStart(6, "0")}.txt`), `${a[0]}\n\n${paragraphs.join("\n\n")}\n`);
  }
}

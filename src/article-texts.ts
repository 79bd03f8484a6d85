// Cleaned article texts beside graph.json, one file per distinct text, named by the
// hash of its content. graph.json names each article's file (`textFile`, relative to
// graph.json's folder), so the graph and the texts it points to switch together: a
// build adds the new files before graph.json is renamed into place and removes the
// unreferenced ones after, and a file, once written, never changes.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { basename, dirname, join, relative, resolve, isAbsolute } from "node:path";
import { writeFileAtomic } from "./write";

export const TEXTS_FOLDER = "articles";
const TEXT_FILE = /^[0-9a-f]{32}\.txt$/;
/** Ids of graphs written before texts were named by hash: articles/<id>.txt. */
const LEGACY_ID = /^[\w.-]+$/;

export function textsDirOf(graphFile: string): string {
  return join(dirname(graphFile), TEXTS_FOLDER);
}

/** Stores one text under the graph's texts folder; returns its path relative to graph.json's folder. */
export function storeArticleText(graphFile: string, text: string): string {
  const name = `${createHash("sha256").update(text).digest("hex").slice(0, 32)}.txt`;
  const path = join(textsDirOf(graphFile), name);
  // Compared by content, not size: a file edited by hand is replaced.
  if (!existsSync(path) || !readFileSync(path).equals(Buffer.from(text))) writeFileAtomic(path, text);
  return `${TEXTS_FOLDER}/${name}`;
}

export interface ArticleRef {
  id: string;
  textFile?: string;
}

function graphArticles(graph: unknown): ArticleRef[] {
  const articles = (graph as { attributes?: { articles?: unknown } } | null)?.attributes?.articles;
  return Array.isArray(articles) ? articles.filter((a): a is ArticleRef => typeof a?.id === "string") : [];
}

/**
 * Removes the texts no graph in the folder refers to any more: after graph.json was
 * replaced, so that a reader of the previous graph finds its texts until then.
 */
export function pruneArticleTexts(graphFile: string, articles: readonly ArticleRef[]): void {
  const dir = textsDirOf(graphFile);
  if (!existsSync(dir)) return;
  const keep = new Set(articles.map((a) => a.textFile && basename(a.textFile)));
  // Other graphs written to the same folder keep their texts too.
  for (const name of readdirSync(dirname(graphFile))) {
    const other = join(dirname(graphFile), name);
    if (!name.endsWith(".json") || resolve(other) === resolve(graphFile)) continue;
    try {
      for (const a of graphArticles(JSON.parse(readFileSync(other, "utf8")))) keep.add(a.textFile && basename(a.textFile));
    } catch {
      // not a graph (or unreadable): it refers to no texts
    }
  }
  for (const name of readdirSync(dir)) if (TEXT_FILE.test(name) && !keep.has(name)) rmSync(join(dir, name), { force: true });
}

/**
 * Where an article's text is: its `textFile`, inside the graph's folder (or inside
 * articlesDir when given), else articles/<id>.txt for graphs written before textFile.
 */
export function articleTextPath(graphFile: string, article: ArticleRef, articlesDir?: string): string | undefined {
  const dir = resolve(articlesDir ?? textsDirOf(graphFile));
  if (typeof article.textFile === "string") {
    const file = articlesDir ? join(dir, basename(article.textFile)) : resolve(dirname(graphFile), article.textFile);
    const rel = relative(dir, file);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? file : undefined;
  }
  return LEGACY_ID.test(article.id) && !/^\.+$/.test(article.id) ? join(dir, `${article.id}.txt`) : undefined;
}

/** The texts of the graph's own articles, by doc id (a missing file is left out). */
export function readGraphArticleTexts(graphFile: string, graph: unknown, articlesDir?: string): Record<string, string> {
  const texts: Record<string, string> = Object.create(null) as Record<string, string>; // any id, "__proto__" included
  for (const a of graphArticles(graph)) {
    const file = articleTextPath(graphFile, a, articlesDir);
    try {
      if (file) texts[a.id] = readFileSync(file, "utf8");
    } catch {
      // not written (or removed since): the viewer says the text is missing
    }
  }
  return texts;
}

/** The graph's article entry for a doc id. */
export function findGraphArticle(graph: unknown, id: string): ArticleRef | undefined {
  return graphArticles(graph).find((a) => a.id === id);
}

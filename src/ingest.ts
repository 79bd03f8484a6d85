// Ingest: find input files, read them safely, and turn each into raw documents.
// Bad files are reported as skips (with the reason and the fix), never thrown,
// so one broken file cannot stop a build of thousands.
import { readFileSync, statSync, readdirSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import { TextDecoder } from "node:util";
import { createHash } from "node:crypto";
import { htmlLibs } from "./html-libs";
import { FEED_EXTENSIONS, isJsonFeed, readJsonFeed, readXmlFeed, recordFields } from "./feeds";

export type DocFormat = "text" | "markdown" | "html" | "json" | "feed";

/** One article as read from disk, before boilerplate removal. */
export interface RawDoc {
  id: string;
  path: string;
  format: DocFormat;
  text: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  /** Where in a file of many articles this one stands ("line 3", "item 2"), for messages. */
  record?: string;
}

export interface Skip {
  path: string;
  reason: string;
}

export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ...FEED_EXTENSIONS];
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export class InputPathError extends Error {}

/** What a folder walk found: the files to read, and links it did not follow. */
export interface InputListing {
  files: string[];
  /** One line per directory link not followed (a loop, or a second way to a folder already read). */
  notes: string[];
}

/** A name (a path, an id) as shown in messages: quoted, so that a newline or a space cannot split or blur the line. */
export function quoted(name: string): string {
  return JSON.stringify(name);
}

/**
 * Every supported file under the given paths (files or folders, recursively), sorted for a
 * stable order. Each real folder (device and inode) is read once, so a symlink loop ends.
 */
export function walkInputs(paths: string[]): InputListing {
  const out: string[] = [];
  const notes: string[] = [];
  const seenDirs = new Map<string, string>();
  const walk = (p: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      if (explicit) throw new InputPathError(`input path not found: ${quoted(p)} (give an existing file or folder with --in)`);
      // A broken link or a file that vanished: listed, so that reading it reports why it was skipped.
      if (SUPPORTED_EXTENSIONS.includes(extname(p).toLowerCase())) out.push(p);
      return;
    }
    if (st.isDirectory()) {
      const key = `${st.dev}:${st.ino}`;
      const first = seenDirs.get(key);
      if (first !== undefined) {
        notes.push(`not following ${quoted(p)}: it leads to the folder ${quoted(first)}, already read (a symlink loop or a second link)`);
        return;
      }
      seenDirs.set(key, p);
      for (const entry of readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (entry.name.startsWith(".")) continue;
        // A plain file needs no stat of its own (a corpus folder holds thousands); folders and links are stat'ed in walk.
        if (entry.isFile()) {
          if (SUPPORTED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) out.push(join(p, entry.name));
        } else walk(join(p, entry.name), false);
      }
    } else if (explicit || SUPPORTED_EXTENSIONS.includes(extname(p).toLowerCase())) {
      out.push(p);
    }
  };
  for (const p of paths) walk(p, true);
  return { files: [...new Set(out.map((p) => resolve(p)))].sort(), notes };
}

/** The files of walkInputs, without its notes. */
export function listInputFiles(paths: string[]): string[] {
  return walkInputs(paths).files;
}

/** Longest doc id kept as given; a longer one is cut and keeps a hash of the whole (see usableDocId). */
export const MAX_DOC_ID_LENGTH = 200;

/** The doc id of a file: its name without the extension (SCHEMA.md), made usable by usableDocId. */
export function docIdOf(path: string): string {
  return usableDocId(basename(path, extname(path))) ?? basename(path);
}

/**
 * An id as given, if it can serve as one: not blank, not "." or ".." (a browser would
 * resolve those in /article/<id>), and at most MAX_DOC_ID_LENGTH characters; a longer one
 * is cut and gets a hash of the whole, so that two long ids with one prefix stay apart.
 */
export function usableDocId(id: string): string | undefined {
  if (!id.trim() || /^\.{1,2}$/.test(id)) return undefined;
  if (id.length <= MAX_DOC_ID_LENGTH) return id;
  const hash = createHash("sha256").update(id).digest("hex").slice(0, 12);
  // Cut between characters, not inside a surrogate pair.
  const head = id.slice(0, MAX_DOC_ID_LENGTH - 13);
  return `${/[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head}~${hash}`;
}

export type ReadResult = { docs: RawDoc[]; skips: Skip[] };

/** Reads one file into documents; a file that cannot be used becomes a skip naming why. */
export function readInputFile(path: string, opts: { maxBytes?: number; root?: string } = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const shown = opts.root ? relative(opts.root, path) || path : path;
  const skip = (reason: string): ReadResult => ({ docs: [], skips: [{ path: shown, reason }] });
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.size > maxBytes)
      return skip(`too large (${(st.size / 1048576).toFixed(1)} MB > ${(maxBytes / 1048576).toFixed(1)} MB); split it or raise --max-mb`);
    bytes = readFileSync(path);
  } catch (e) {
    return skip(`unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check its permissions`);
  }
  const text = decodeText(bytes);
  if (typeof text !== "string") return skip(text.reason);
  if (text.trim() === "") return skip("empty file");
  const ext = extname(path).toLowerCase();
  const id = docIdOf(path);
  const displayPath = shown;
  try {
    if (ext === ".html" || ext === ".htm") return { docs: [fromHtml(id, displayPath, text)], skips: [] };
    if (ext === ".json") return fromJson(id, displayPath, text);
    if (ext === ".jsonl") return fromJsonLines(id, displayPath, text);
    if (FEED_EXTENSIONS.includes(ext)) return readXmlFeed(id, displayPath, text);
    const format: DocFormat = ext === ".md" || ext === ".markdown" ? "markdown" : "text";
    return { docs: [{ id, path: displayPath, format, text: format === "markdown" ? stripMarkdown(text) : text }], skips: [] };
  } catch (e) {
    return skip(`could not be parsed (${(e as Error).message})`);
  }
}

/** Decodes UTF-8 (or UTF-16 with a BOM); binary or undecodable bytes are refused with a reason. */
export function decodeText(bytes: Buffer): string | { reason: string } {
  if (bytes.length === 0) return { reason: "empty file" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { reason: "binary file (contains NUL bytes); only text, Markdown, HTML and JSON articles are read" };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > sample.length * 0.1) return { reason: "binary file (mostly control bytes); only text articles are read" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return { reason: "not valid UTF-8 (legacy encoding such as Latin-1 or Windows-1252?); convert it with `iconv -f WINDOWS-1252 -t UTF-8`" };
  }
}

/** Main content of an HTML page through Mozilla's Readability, with its title, date and site name. */
export function fromHtml(id: string, path: string, html: string): RawDoc {
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(html);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute("content")?.trim() || undefined;
  const date =
    meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]') ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ?? undefined;
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  // Readability gives HTML; its text with paragraph breaks kept is what later stages want.
  let text = "";
  if (article?.content) {
    const { document: inner } = parseHTML(`<html><body>${article.content}</body></html>`);
    const blocks = inner.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td");
    text = blocks.length ? [...blocks].map((b) => (b.textContent ?? "").trim()).filter(Boolean).join("\n\n") : (inner.body?.textContent ?? "");
  } else {
    text = document.body?.textContent ?? "";
  }
  return {
    id,
    path,
    format: "html",
    text,
    title: article?.title?.trim() || document.querySelector("title")?.textContent?.trim() || undefined,
    date: date ?? undefined,
    source: article?.siteName?.trim() || meta('meta[property="og:site_name"]'),
    url: meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined,
  };
}

function fromJsonObject(fallbackId: string, path: string, obj: unknown, where: string): RawDoc {
  if (!obj || typeof obj !== "object") throw new Error(`${where}: not an object`);
  const { text, ...fields } = recordFields(obj as Record<string, unknown>);
  if (!text) throw new Error(`${where}: no "text" field (nor "body", "content", "maintext" or "description")`);
  const given = (obj as { id?: unknown }).id;
  const givenId = typeof given === "string" && given.trim() ? given.trim() : typeof given === "number" ? String(given) : undefined;
  // Kept as given (no character is replaced, so "a/b" and "a_b" stay two ids); file names come from hashes.
  const id = (givenId !== undefined ? usableDocId(givenId) : undefined) ?? fallbackId;
  return { id, path, format: "json", text, ...fields, record: where };
}

function fromJson(id: string, path: string, text: string): ReadResult {
  const value = JSON.parse(text) as unknown;
  if (isJsonFeed(value)) return readJsonFeed(id, path, value);
  const items = Array.isArray(value) ? value : [value];
  const docs: RawDoc[] = [];
  const skips: Skip[] = [];
  items.forEach((item, i) => {
    try {
      const { record, ...doc } = fromJsonObject(items.length > 1 ? `${id}-${i + 1}` : id, path, item, `item ${i + 1}`);
      docs.push(items.length > 1 ? { ...doc, record } : doc);
    } catch (e) {
      skips.push({ path, reason: (e as Error).message });
    }
  });
  return { docs, skips };
}

function fromJsonLines(id: string, path: string, text: string): ReadResult {
  const docs: RawDoc[] = [];
  const skips: Skip[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      docs.push(fromJsonObject(`${id}-${i + 1}`, path, JSON.parse(line) as unknown, `line ${i + 1}`));
    } catch (e) {
      skips.push({ path: `${path}:${i + 1}`, reason: e instanceof SyntaxError ? `line ${i + 1}: invalid JSON` : (e as Error).message });
    }
  });
  return { docs, skips };
}

/** Markdown to plain text: markup goes, the words stay. */
export function stripMarkdown(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|\W)[*_](\S.*?)[*_](?=\W|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1");
}

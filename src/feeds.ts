// Feeds in: RSS 2.0 and Atom files, JSON Feed, and the JSON records that news
// crawlers write (news-please, trafilatura). Each item becomes one article;
// a malformed feed or an item without text is a skip with the reason.
import type { XMLParser } from "fast-xml-parser";
import { decodeHTMLStrict, htmlLibs, xmlParserLib } from "./html-libs";
import type { RawDoc, ReadResult, Skip } from "./ingest";

export const FEED_EXTENSIONS = [".rss", ".atom", ".xml"];

/** An article's fields as a JSON record or feed item names them, before any cleaning. */
export interface RecordFields {
  text?: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
}

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
const firstString = (...values: unknown[]) => values.map(str).find((v) => v !== undefined);
const isUrl = (v: string | undefined) => v !== undefined && /^https?:\/\//i.test(v);

/**
 * The article fields of a JSON object in any of the shapes read: our own (`text`/`body`/`content`, `title`,
 * `date`, `url`, `source`), news-please (`maintext`, `date_publish`, `source_domain`) and trafilatura
 * (`text`, `date`, `hostname`; its `source` is the page's URL).
 */
export function recordFields(obj: Record<string, unknown>): RecordFields {
  const source = str(obj.source);
  return {
    text: firstString(obj.text, obj.body, obj.content, obj.maintext, obj.description),
    title: firstString(obj.title, obj.title_page, obj.title_rss),
    date: firstString(obj.date, obj.date_publish, obj.date_published, obj.published),
    url: firstString(obj.url, isUrl(source) ? source : undefined),
    source: firstString(isUrl(source) ? undefined : source, obj.source_domain, obj.hostname, obj["source-hostname"], obj.sitename),
  };
}

/** HTML (a feed item's content) to text, one paragraph per block. */
export function htmlToText(html: string): string {
  if (!/<[a-z!/]/i.test(html)) return decodeHTMLStrict(html);
  const marked = html.replace(/<\/(?:p|div|h[1-6]|li|blockquote|pre|tr|section|article)\s*>|<br\s*\/?>/gi, "$&\n\n");
  const { document } = htmlLibs().parseHTML(`<html><body>${marked}</body></html>`);
  for (const el of [...document.querySelectorAll("script, style")]) el.remove();
  return (document.body?.textContent ?? "")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The text of an XML element kept raw by the parser: CDATA taken literally, everything else entity-decoded. */
function xmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith("<![CDATA[") ? part.slice(9, -3) : decodeHTMLStrict(part)))
    .join("");
}

type XmlNode = string | { "#text"?: string; "@_type"?: string; "@_href"?: string; "@_rel"?: string } | undefined;

/** A text construct of a feed (RSS description, Atom content/summary/title) as plain text. */
function feedText(node: XmlNode): string | undefined {
  if (node === undefined || node === null) return undefined;
  const raw = typeof node === "string" ? node : node["#text"] ?? "";
  const type = typeof node === "string" ? "html" : node["@_type"] ?? "text";
  // Atom: "xhtml" is markup as it stands, "text" is text; RSS and Atom "html" are escaped HTML.
  const text = type === "xhtml" ? htmlToText(raw) : /text|plain/i.test(type) ? xmlText(raw) : htmlToText(xmlText(raw));
  return str(text);
}

let parser: XMLParser | undefined;
const feedParser = () => (parser ??= new (xmlParserLib().XMLParser)({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  // Text constructs are kept raw, so that CDATA, escaped HTML and XHTML are each read as what they are.
  stopNodes: ["*.title", "*.description", "*.content", "*.content:encoded", "*.summary"],
  isArray: (name) => name === "item" || name === "entry" || name === "link",
}));

/** The item's link: RSS `<link>text</link>`, Atom `<link rel="alternate" href>`. */
function itemLink(links: unknown): string | undefined {
  for (const link of (Array.isArray(links) ? links : [links]) as XmlNode[]) {
    if (typeof link === "string") return str(link);
    if (link && (link["@_rel"] === undefined || link["@_rel"] === "alternate")) return str(link["@_href"] ?? link["#text"]);
  }
  return undefined;
}

type Item = Record<string, unknown>;

function xmlItemFields(item: Item): RecordFields {
  const at = (k: string) => item[k] as XmlNode;
  return {
    text: feedText(at("content:encoded")) ?? feedText(at("content")) ?? feedText(at("description")) ?? feedText(at("summary")),
    title: feedText(at("title")),
    date: firstString(item.pubDate, item["dc:date"], item.published, item.updated),
    url: itemLink(item.link) ?? (isUrl(str(item.guid)) ? str(item.guid) : undefined),
  };
}

/** Articles from feed items; an item with no text (content, description or summary) is a skip naming it. */
function itemsToDocs(id: string, path: string, items: RecordFields[], source: string | undefined): ReadResult {
  const docs: RawDoc[] = [];
  const skips: Skip[] = [];
  items.forEach((item, i) => {
    const record = `item ${i + 1}`;
    if (!item.text) return void skips.push({ path, reason: `${record}: no content, description or summary; nothing to read` });
    docs.push({ id: `${id}-${i + 1}`, path, format: "feed", text: item.text, title: item.title, date: item.date, url: item.url, source: item.source ?? source, record });
  });
  if (items.length === 0) skips.push({ path, reason: "feed has no items (no <item> or <entry>)" });
  return { docs, skips };
}

/** Reads an RSS 2.0 or Atom file; malformed XML or another root element is a skip naming why. */
export function readXmlFeed(id: string, path: string, xml: string): ReadResult {
  const skip = (reason: string): ReadResult => ({ docs: [], skips: [{ path, reason }] });
  const valid = xmlParserLib().XMLValidator.validate(xml);
  if (valid !== true) return skip(`malformed feed XML at line ${valid.err.line}: ${valid.err.msg.replace(/\.$/, "")}; fix the file or download the feed again`);
  const doc = feedParser().parse(xml) as Record<string, Item | undefined>;
  const rss = doc.rss?.channel as Item | undefined;
  const atom = doc.feed;
  const channel = rss ?? atom;
  if (!channel) {
    const root = Object.keys(doc).find((k) => !k.startsWith("?")) ?? "none";
    return skip(`not an RSS 2.0 or Atom feed (its root element is <${root}>); only feeds are read from .rss, .atom and .xml files`);
  }
  const items = ((rss ? channel.item : channel.entry) ?? []) as Item[];
  return itemsToDocs(id, path, items.map(xmlItemFields), feedText(channel.title as XmlNode));
}

/** A JSON Feed (https://jsonfeed.org): an object whose `version` is the spec's URL. */
export function isJsonFeed(value: unknown): value is { version: string; title?: unknown; items?: unknown } {
  const version = (value as { version?: unknown } | null)?.version;
  return typeof version === "string" && version.startsWith("https://jsonfeed.org/version/");
}

export function readJsonFeed(id: string, path: string, feed: { title?: unknown; items?: unknown }): ReadResult {
  if (!Array.isArray(feed.items)) return { docs: [], skips: [{ path, reason: `JSON Feed without an "items" list; fix the file` }] };
  const items = (feed.items as unknown[]).map((x): RecordFields => {
    const item = (x && typeof x === "object" ? x : {}) as Item;
    const html = str(item.content_html);
    return {
      text: str(item.content_text) ?? (html ? str(htmlToText(html)) : undefined) ?? str(item.summary),
      title: str(item.title),
      date: firstString(item.date_published, item.date_modified),
      url: firstString(item.url, item.external_url),
    };
  });
  return itemsToDocs(id, path, items, str(feed.title));
}

// A tiny static server for the viewer (node:http, no framework), on 127.0.0.1:
//   /                 the built viewer (index.html, app.js, style.css)
//   /graph.json       the graph file (404 / 500 with a readable message when missing / malformed)
//   /article/<docId>  the cleaned text of an article: the file graph.json names for that doc id
//                     (any id the build makes, URL-encoded), read from the articles folder beside it
// Only requests whose Host is a loopback name are answered (against DNS rebinding).
import http from "node:http";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { buildViewer } from "./bundle";
import { articleTextPath, findGraphArticle } from "../article-texts";

export interface ServeOptions {
  graphFile: string;
  /** default 5173; when busy, the next free one (up to +19), else any; 0 = any free port */
  port?: number;
  host?: string;
  /** where the article texts are; default: "articles" beside graphFile */
  articlesDir?: string;
}

export interface ViewerServer {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Is the Host header (name and optional port) a loopback name, or the address the server is bound to? */
export function hostAllowed(hostHeader: string | undefined, boundHost: string): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.toLowerCase().replace(/:\d*$/, "");
  const bound = boundHost.toLowerCase();
  return LOOPBACK_NAMES.has(name) || name === bound || name === `[${bound}]`;
}
const STATIC: Record<string, string> = {
  "/index.html": "text/html; charset=utf-8",
  "/app.js": "text/javascript; charset=utf-8",
  "/style.css": "text/css; charset=utf-8",
};

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, head = false): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  res.end(head ? undefined : body);
}

export async function serveViewer(opts: ServeOptions): Promise<ViewerServer> {
  const distDir = await buildViewer();
  const graphFile = path.resolve(opts.graphFile);
  const host = opts.host ?? "127.0.0.1";

  const readGraph = graphReader(graphFile);
  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const head = req.method === "HEAD";
    if (req.method !== "GET" && !head) return send(res, 405, "text/plain; charset=utf-8", "Method not allowed\n");
    if (!hostAllowed(req.headers.host, host)) return send(res, 403, "text/plain; charset=utf-8", "This server answers only to localhost names; open it at the URL it printed.\n", head);
    let pathname = (req.url ?? "/").split(/[?#]/)[0];
    // Before the dot-segment check: an id is only looked up in graph.json, never joined to a path, and may hold "..".
    if (pathname.startsWith("/article/")) return sendArticle(res, pathname.slice("/article/".length), head, { graphFile, readGraph, articlesDir: opts.articlesDir });
    // the raw path, not a normalised one: dot segments are refused, not resolved
    if (!pathname.startsWith("/") || /(^|\/)(\.|%2e){1,2}(\/|%2f|$)/i.test(pathname)) {
      return send(res, 400, "text/plain; charset=utf-8", "Bad request\n", head);
    }
    if (pathname === "/") pathname = "/index.html";
    if (STATIC[pathname]) {
      const body = await fs.readFile(path.join(distDir, pathname.slice(1)));
      return send(res, 200, STATIC[pathname], body, head);
    }
    if (pathname === "/graph.json") return sendGraphFile(res, graphFile, head);
    if (pathname === "/favicon.ico") {
      res.writeHead(204);
      res.end();
      return;
    }
    return send(res, 404, "text/plain; charset=utf-8", "Not found\n", head);
  };

  const server = http.createServer((req, res) => {
    handler(req, res).catch((err: Error) => {
      if (!res.headersSent) send(res, 500, "text/plain; charset=utf-8", `Server error: ${err.message}\n`);
      else res.destroy();
    });
  });

  const port = await listenOnFreePort(server, host, opts.port ?? 5173);
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

/** graph.json parsed, read again only when its modification time or size changes (null if unreadable). */
function graphReader(graphFile: string): () => Promise<unknown> {
  let seen = { stamp: "", graph: null as unknown };
  return async () => {
    try {
      const st = await fs.stat(graphFile);
      const stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
      if (stamp !== seen.stamp) seen = { stamp, graph: JSON.parse(await fs.readFile(graphFile, "utf8")) as unknown };
      return seen.graph;
    } catch {
      return null;
    }
  };
}

/** graph.json as it is on disk, or a message saying how to build or rebuild it. */
async function sendGraphFile(res: http.ServerResponse, graphFile: string, head: boolean): Promise<void> {
  let text: string;
  try {
    text = await fs.readFile(graphFile, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR")
      return send(res, 404, "text/plain; charset=utf-8", `Graph file not found: ${graphFile}\nBuild it with: npm run graph\n`, head);
    return send(res, 500, "text/plain; charset=utf-8", `Cannot read the graph file ${graphFile}: ${(err as Error).message}\n`, head);
  }
  try {
    JSON.parse(text);
  } catch (err) {
    return send(res, 500, "text/plain; charset=utf-8", `The graph file ${graphFile} is malformed (not valid JSON: ${(err as Error).message}).\nRebuild it with: npm run graph\n`, head);
  }
  return send(res, 200, "application/json; charset=utf-8", text, head);
}

/**
 * Listens on the asked port (default 5173), else the next free one of the 20 after it,
 * else any; port 0 = any free port at once. Returns the port.
 */
async function listenOnFreePort(server: http.Server, host: string, first: number): Promise<number> {
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const onError = (err: Error) => {
        server.off("listening", onListening);
        reject(err);
      };
      const onListening = () => {
        server.off("error", onError);
        resolve((server.address() as AddressInfo).port);
      };
      server.once("error", onError);
      server.once("listening", onListening);
      server.listen(port, host);
    });
  if (first === 0) return listen(0);
  for (let p = first; p < first + 20 && p <= 65535; p++) {
    try {
      return await listen(p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    }
  }
  return listen(0);
}

/** The text of the article with that (URL-encoded) id, found through graph.json's textFile. */
async function sendArticle(
  res: http.ServerResponse,
  encodedId: string,
  head: boolean,
  where: { graphFile: string; readGraph: () => Promise<unknown>; articlesDir?: string },
): Promise<void> {
  let id: string;
  try {
    id = decodeURIComponent(encodedId);
  } catch {
    return send(res, 400, "text/plain; charset=utf-8", "Bad article id (not URL-encoded)\n", head);
  }
  if (encodedId.includes("/")) return send(res, 400, "text/plain; charset=utf-8", "Bad article id (a \"/\" in an id is sent as %2F)\n", head);
  const article = findGraphArticle(await where.readGraph(), id);
  const file = article && articleTextPath(where.graphFile, article, where.articlesDir && path.resolve(where.articlesDir));
  try {
    if (file) return send(res, 200, "text/plain; charset=utf-8", await fs.readFile(file, "utf8"), head);
  } catch {
    // listed in the graph, but its text is gone: 404 below
  }
  return send(res, 404, "text/plain; charset=utf-8", "No cleaned text for this article id\n", head);
}

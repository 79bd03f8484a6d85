// The viewer at scale: generates a graph of the given size (or takes a real one with
// --graph), serves it, loads it in headless Chromium and reports load time, time to
// first draw, frames per second while the camera pans and zooms, and how long each
// control takes to answer (filters, scope, timeline, metrics, paths, table).
// By default Chromium runs with --disable-gpu, so WebGL is drawn in software
// (SwiftShader) and frames/s is bound by that, not by the viewer; "ms main-thread
// per render" is the viewer's own cost.
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ENTITY_KINDS, RELATIONS, RELATION_TYPES } from "../schema";
import { serveViewer } from "./serve";
import { seeded } from "../layout";

export function generateGraph(nNodes: number, nEdges: number, seed = 42): object {
  const rand = seeded(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const nArticles = Math.max(1, Math.round(nNodes / 25));
  const articles = Array.from({ length: nArticles }, (_, i) => ({
    id: `doc${i}`,
    title: `Generated article ${i}`,
    date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    source: ["TASS", "Reuters", "KCNA", "AP"][i % 4],
    path: `graph/articles/doc${i}.txt`,
  }));
  const clusters = Array.from({ length: 30 }, () => ({ x: gauss() * 400, y: gauss() * 400 }));
  const nodes = Array.from({ length: nNodes }, (_, i) => {
    const c = clusters[i % clusters.length];
    const kind = ENTITY_KINDS[Math.floor(rand() * rand() * ENTITY_KINDS.length)];
    return {
      key: `n${i}`,
      attributes: {
        label: `Entity ${i}`,
        kind,
        aliases: [`E${i}`],
        docs: [`doc${i % nArticles}`],
        x: c.x + gauss() * 60,
        y: c.y + gauss() * 60,
      },
    };
  });
  const edges = [];
  for (let i = 0; i < nEdges; i++) {
    // preferential-ish attachment: low ids are hubs; most edges stay inside a cluster
    const s = Math.floor(Math.pow(rand(), 2) * nNodes);
    let t = rand() < 0.8 ? (s + clusters.length * (1 + Math.floor(rand() * 20))) % nNodes : Math.floor(rand() * nNodes);
    if (t === s) t = (t + 1) % nNodes;
    const relation = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)];
    const doc = `doc${Math.floor(rand() * nArticles)}`;
    const evidence = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
      doc,
      sentence: `Entity ${s} ${RELATIONS[relation].label} Entity ${t}.`,
      start: 0,
      end: 30,
      verb: RELATIONS[relation].label.split(" ")[0],
      articleDate: articles[Number(doc.slice(3))].date,
    }));
    edges.push({ key: `e${i}`, source: `n${s}`, target: `n${t}`, attributes: { relation, label: RELATIONS[relation].label, evidence } });
  }
  return { options: { type: "directed", multi: true, allowSelfLoops: true }, attributes: { articles }, nodes, edges };
}

export interface ViewerBenchOptions {
  nodes: number;
  edges: number;
  seconds: number;
  /** Let Chromium use the GPU (drop --disable-gpu). */
  gpu: boolean;
  /** a real graph.json instead of a generated one */
  graph?: string;
  /** save screenshots of the first view and of a path view here */
  screenshots?: string;
  /** the path view's two entity keys (default: two of the most connected) */
  path?: [string, string];
}

interface FrameStats {
  fps: number;
  renders: number;
  msPerRender: number;
  worst: number;
}

async function launchChromium(exe: string, gpu: boolean): Promise<Browser> {
  const args = ["--headless", "--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
  return chromium.launch({ executablePath: exe, args: gpu ? args : [...args, "--disable-gpu"] });
}

/** Count frames and sigma renders, and the main-thread time of each render. */
async function installFrameCounter(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { frames: number; renders: number; renderMs: number; worst: number; last: number; t: number } };
    const r = window.newsgraphViewer!.renderer!;
    const b = (w.__bench = { frames: 0, renders: 0, renderMs: 0, worst: 0, last: 0, t: 0 });
    r.on("beforeRender", () => (b.t = performance.now()));
    r.on("afterRender", () => {
      b.renders++;
      b.renderMs += performance.now() - b.t;
    });
    const loop = (now: number) => {
      if (b.last) b.worst = Math.max(b.worst, now - b.last);
      b.last = now;
      b.frames++;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    // main-thread time of the page's own handlers: from the window's capture phase to its bubble phase
    const ev = ((window as unknown as { __events: { start: number; ms: number } }).__events = { start: 0, ms: 0 });
    for (const type of ["click", "input", "change", "pointerdown", "keydown"]) {
      window.addEventListener(type, () => (ev.start = performance.now()), true);
      window.addEventListener(type, () => (ev.ms += performance.now() - ev.start), false);
    }
  });
}

function resetFrames(page: Page): Promise<number> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: Record<string, number> }).__bench;
    Object.assign(b, { frames: 0, renders: 0, renderMs: 0, worst: 0, last: 0 });
    return performance.now();
  });
}

function readFrames(page: Page, since: number): Promise<FrameStats> {
  return page.evaluate((since: number) => {
    const b = (window as unknown as { __bench: Record<string, number> }).__bench;
    const secs = (performance.now() - since) / 1000;
    return { fps: b.frames / secs, renders: b.renders / secs, msPerRender: b.renders ? b.renderMs / b.renders : 0, worst: b.worst };
  }, since);
}

/** The user's way: drag to pan and wheel to zoom, with real mouse events. */
async function mouseFrames(page: Page, seconds: number): Promise<FrameStats> {
  const since = await resetFrames(page);
  const end = Date.now() + seconds * 1000;
  await page.mouse.move(700, 450);
  let i = 0;
  while (Date.now() < end) {
    await page.mouse.down();
    for (let k = 0; k < 12; k++, i++) await page.mouse.move(700 + 160 * Math.cos(i / 8), 450 + 110 * Math.sin(i / 8));
    await page.mouse.up();
    await page.mouse.wheel(0, i % 24 < 12 ? -120 : 120);
  }
  return readFrames(page, since);
}

/** Scripted: move the camera on every animation frame (every frame needs a full render). */
async function cameraFrames(page: Page, seconds: number): Promise<FrameStats> {
  const since = await resetFrames(page);
  await page.evaluate(async (secs: number) => {
    const cam = window.newsgraphViewer!.renderer!.getCamera();
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        const t = (now - t0) / 1000;
        cam.setState({ x: 0.5 + 0.25 * Math.cos(t), y: 0.5 + 0.25 * Math.sin(t), ratio: 0.6 + 0.4 * Math.sin(t * 0.7) });
        if (now - t0 < secs * 1000) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
  }, seconds);
  return readFrames(page, since);
}

/**
 * Milliseconds from the action to the next painted frame (includes the driver's round trip,
 * a few ms, and software WebGL's frame), and the page's own main-thread time in its handlers.
 */
async function timed(page: Page, action: () => Promise<unknown>): Promise<[number, number]> {
  await page.evaluate(() => ((window as unknown as { __events: { ms: number } }).__events.ms = 0));
  const t0 = performance.now();
  await action();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const wall = performance.now() - t0;
  return [wall, await page.evaluate(() => (window as unknown as { __events: { ms: number } }).__events.ms)];
}

/** Each control of the page, as a user would use it, and how long it takes to answer. */
async function controlLatencies(page: Page): Promise<[string, [number, number]][]> {
  const out: [string, [number, number]][] = [];
  const run = async (name: string, action: () => Promise<unknown>) => out.push([name, await timed(page, action)]);
  const ends = await page.evaluate(() => {
    const v = window.newsgraphViewer!;
    const byDegree = v.visibleNodes().sort((a, b) => v.graph!.degree(b) - v.graph!.degree(a));
    return [byDegree[0], byDegree[Math.min(5, byDegree.length - 1)]].map((n) => String(v.graph!.getNodeAttribute(n, "label")));
  });
  await run("select a hub", () => page.evaluate(() => window.newsgraphViewer!.selectNode(window.newsgraphViewer!.visibleNodes()[0])));
  await page.keyboard.press("Escape");
  await run("toggle a kind", () => page.click("#kind-chips button.chip"));
  await run("toggle it back", () => page.click("#kind-chips button.chip"));
  await run("show isolates", () => page.check("#show-isolates"));
  await run("hide isolates", () => page.uncheck("#show-isolates"));
  await run("degree slider to 2", () => page.locator("#min-degree").fill("2"));
  await run("degree slider to 0", () => page.locator("#min-degree").fill("0"));
  await run("top 100", () => page.selectOption("#top-n", "100"));
  await run("brush one month", () => page.click("#timeline-bars .bar >> nth=-1"));
  await run("all dates", () => page.click("#date-clear"));
  await run("search keystroke", () => page.fill("#search", ends[0].slice(0, 4)));
  await run(`path ${ends[0]} → ${ends[1]}`, async () => {
    await page.fill("#path-from", ends[0]);
    await page.fill("#path-to", ends[1]);
    await page.click("#path-find");
    await page.waitForSelector("#panel-content .path-box, #panel-content .path-none");
  });
  await page.click("#path-clear");
  await run("open the table", () => page.click("#table-toggle"));
  await run("sort the table by name", () => page.click('#table-head th[data-col="name"] button'));
  await page.click("#table-toggle");
  await run("colour by community (metrics)", async () => {
    await page.selectOption("#color-by", "community");
    await page.waitForFunction(() => !!window.newsgraphViewer!.metrics(), null, { timeout: 600000 });
  });
  await run("size by PageRank", () => page.selectOption("#size-by", "pagerank"));
  return out;
}

async function graphFile(o: ViewerBenchOptions, dir: string): Promise<{ file: string; bytes: number; what: string }> {
  if (o.graph) {
    const stat = await fs.stat(o.graph).catch(() => null);
    if (!stat) throw new Error(`bench:viewer: ${o.graph} not found; give --graph a graph.json (npm run graph writes one)`);
    return { file: o.graph, bytes: stat.size, what: path.basename(o.graph) };
  }
  const file = path.join(dir, "graph.json");
  const json = JSON.stringify(generateGraph(o.nodes, o.edges));
  await fs.writeFile(file, json);
  return { file, bytes: Buffer.byteLength(json), what: `generated graph` };
}

/** The first view as it opened, and the paths between two entities, as PNG files. */
async function saveScreenshots(browser: Browser, url: string, o: ViewerBenchOptions, firstView: Page, name: string): Promise<void> {
  const dir = o.screenshots!;
  await fs.mkdir(dir, { recursive: true });
  await firstView.screenshot({ path: path.join(dir, `viewer-${name}-first-view.png`) });
  const ends =
    o.path ??
    (await firstView.evaluate(() => {
      const v = window.newsgraphViewer!;
      const byDegree = v.visibleNodes().sort((a, b) => v.graph!.degree(b) - v.graph!.degree(a));
      return [byDegree[0], byDegree[Math.min(5, byDegree.length - 1)]] as [string, string];
    }));
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  await page.goto(`${url}#path=${encodeURIComponent(ends.join(","))}&plen=3`);
  await page.waitForSelector("#panel-content .path-box, #panel-content .path-none", { timeout: 300000 });
  await page.waitForTimeout(500); // the camera's move to the path
  await page.screenshot({ path: path.join(dir, `viewer-${name}-path.png`) });
  await page.close();
  console.log(`  screenshots: ${path.join(dir, `viewer-${name}-first-view.png`)}, ${path.join(dir, `viewer-${name}-path.png`)}`);
}

function printFrames(name: string, m: FrameStats): void {
  console.log(`  ${name}: ${m.fps.toFixed(1)} frames/s, ${m.renders.toFixed(1)} renders/s, ${m.msPerRender.toFixed(1)} ms main-thread per render, worst frame ${Math.round(m.worst)} ms`);
}

export async function runViewerBench(o: ViewerBenchOptions): Promise<void> {
  const exe = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(exe)) {
    console.error(`bench:viewer needs Chromium at ${exe} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    process.exit(2);
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "newsgraph-bench-"));
  const { file, bytes, what } = await graphFile(o, dir);
  const server = await serveViewer({ graphFile: file, port: 0 });
  const browser = await launchChromium(exe, o.gpu);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const t0 = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(() => window.newsgraphViewer?.ready || document.body.dataset.status === "error", null, { timeout: 300000 });
    const loadMs = Date.now() - t0;
    const status = await page.evaluate(() => ({ status: document.body.dataset.status, readyAt: window.newsgraphViewer?.readyAt ?? 0, error: window.newsgraphViewer?.error }));
    if (status.status !== "ready") throw new Error(`viewer did not load: ${status.error}`);
    const size = await page.evaluate(() => ({ n: window.newsgraphViewer!.graph!.order, m: window.newsgraphViewer!.graph!.size, shown: window.newsgraphViewer!.visibleNodes().length, scope: document.getElementById("isolates-note")!.textContent + " " + document.getElementById("scope-summary")!.textContent }));
    console.log(`viewer benchmark: ${what}, ${size.n} nodes, ${size.m} edges (${(bytes / 1e6).toFixed(1)} MB), headless Chromium${o.gpu ? "" : ", software WebGL (--disable-gpu)"}`);
    console.log(`  first view: ${size.shown} entities shown. ${size.scope.trim()}`);
    console.log(`  load: ${loadMs} ms from navigation to the first drawn graph (first draw at ${Math.round(status.readyAt)} ms in the page)`);
    if (o.screenshots) await saveScreenshots(browser, server.url, o, page, path.basename(path.dirname(file)) || "graph");
    await installFrameCounter(page);
    printFrames(`mouse pan + wheel zoom (${o.seconds} s)`, await mouseFrames(page, o.seconds));
    printFrames(`camera moved every frame (${o.seconds} s)`, await cameraFrames(page, o.seconds));
    const controls = await controlLatencies(page);
    console.log("  controls: ms from the action to the next frame (the page's handlers alone, main thread):");
    for (const [name, [wall, own]] of controls) console.log(`    ${name}: ${Math.round(wall)} ms (${Math.round(own)} ms)`);
    console.log(`  load average while measuring: ${os.loadavg().map((l) => l.toFixed(1)).join(", ")} on ${os.cpus().length} cores`);
    if (errors.length) console.log(`  page errors: ${errors.join("; ")}`);
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

// The viewer at scale: generates a graph of the given size, serves it, loads it
// in headless Chromium and reports load time, frames per second while the
// camera pans and zooms, and the time a selection and a filter take.
// By default Chromium runs with --disable-gpu, so WebGL is drawn in software
// (SwiftShader) and frames/s is bound by that, not by the viewer; "ms main-thread
// per render" is the viewer's own cost.
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
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
}

export async function runViewerBench({ nodes: nNodes, edges: nEdges, seconds, gpu }: ViewerBenchOptions): Promise<void> {
  const exe = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(exe)) {
    console.error(`bench:viewer needs Chromium at ${exe} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    process.exit(2);
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "newsgraph-bench-"));
  const file = path.join(dir, "graph.json");
  const json = JSON.stringify(generateGraph(nNodes, nEdges));
  await fs.writeFile(file, json);
  const server = await serveViewer({ graphFile: file, port: 0 });
  const browser = await chromium.launch({
    executablePath: exe,
    args: ["--headless", "--no-sandbox", ...(gpu ? [] : ["--disable-gpu"]), "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const t0 = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(() => window.newsgraphViewer?.ready || document.body.dataset.status === "error", null, { timeout: 120000 });
    const loadMs = Date.now() - t0;
    const status = await page.evaluate(() => ({ status: document.body.dataset.status, readyAt: window.newsgraphViewer?.readyAt ?? 0, error: window.newsgraphViewer?.error }));
    if (status.status !== "ready") throw new Error(`viewer did not load: ${status.error}`);

    // Count frames and sigma renders, and the main-thread time of each render.
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
    });
    const reset = () =>
      page.evaluate(() => {
        const b = (window as unknown as { __bench: Record<string, number> }).__bench;
        Object.assign(b, { frames: 0, renders: 0, renderMs: 0, worst: 0, last: 0 });
        return performance.now();
      });
    const read = (since: number) =>
      page.evaluate((since: number) => {
        const b = (window as unknown as { __bench: Record<string, number> }).__bench;
        const secs = (performance.now() - since) / 1000;
        return { fps: b.frames / secs, renders: b.renders / secs, msPerRender: b.renders ? b.renderMs / b.renders : 0, worst: b.worst };
      }, since);

    // 1. the user's way: drag to pan and wheel to zoom, with real mouse events
    let since = await reset();
    const end = Date.now() + seconds * 1000;
    await page.mouse.move(700, 450);
    let i = 0;
    while (Date.now() < end) {
      await page.mouse.down();
      for (let k = 0; k < 12; k++, i++) await page.mouse.move(700 + 160 * Math.cos(i / 8), 450 + 110 * Math.sin(i / 8));
      await page.mouse.up();
      await page.mouse.wheel(0, i % 24 < 12 ? -120 : 120);
    }
    const mouse = await read(since);

    // 2. scripted: move the camera on every animation frame (every frame needs a full render)
    since = await reset();
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
    const scripted = await read(since);

    const interaction = await page.evaluate(() => {
      const v = window.newsgraphViewer!;
      const t1 = performance.now();
      v.selectNode("n0");
      const selectMs = performance.now() - t1;
      const chip = document.querySelector<HTMLButtonElement>('#kind-chips button.chip');
      const t2 = performance.now();
      chip?.click();
      const filterMs = performance.now() - t2;
      chip?.click();
      const t3 = performance.now();
      (document.getElementById("search") as HTMLInputElement).value = "entity 12";
      document.getElementById("search")!.dispatchEvent(new Event("input"));
      const searchMs = performance.now() - t3;
      return { selectMs, filterMs, searchMs };
    });

    const mb = (Buffer.byteLength(json) / 1e6).toFixed(1);
    console.log(`viewer benchmark: ${nNodes} nodes, ${nEdges} edges (${mb} MB graph.json), headless Chromium${gpu ? "" : ", software WebGL (--disable-gpu)"}`);
    console.log(`  load: ${loadMs} ms from navigation to the first drawn graph (in-page: ${Math.round(status.readyAt)} ms)`);
    const line = (name: string, m: { fps: number; renders: number; msPerRender: number; worst: number }) =>
      console.log(
        `  ${name}: ${m.fps.toFixed(1)} frames/s, ${m.renders.toFixed(1)} renders/s, ` +
          `${m.msPerRender.toFixed(1)} ms main-thread per render, worst frame ${Math.round(m.worst)} ms`,
      );
    line(`mouse pan + wheel zoom (${seconds} s)`, mouse);
    line(`camera moved every frame (${seconds} s)`, scripted);
    console.log(`  select a hub: ${Math.round(interaction.selectMs)} ms · toggle a kind filter: ${Math.round(interaction.filterMs)} ms · search keystroke: ${Math.round(interaction.searchMs)} ms`);
    if (errors.length) console.log(`  page errors: ${errors.join("; ")}`);
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

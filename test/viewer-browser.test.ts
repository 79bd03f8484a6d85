// End-to-end tests of the viewer in real headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core) against the served viewer and the standalone page.
// Without chromium they skip outside CI (CI=true: they fail). Screenshots: test/artifacts/.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { serveViewer, type ViewerServer } from "../src/viewer/serve";
import { readArticleTexts, writeStandaloneHtml } from "../src/viewer/standalone";
import { FIXTURES, SAMPLE, drawnPixels, launch, openPage, requireChromium, searchAndPick, shot } from "./helpers/viewer-browser";

const XSS = path.join(FIXTURES, "xss-graph.json");
const ARTICLES = path.join(FIXTURES, "viewer-articles");

describe("viewer in Chromium", function () {
  this.timeout(60000);
  let browser: Browser;
  let server: ViewerServer;

  before(async function () {
    requireChromium(this);
    browser = await launch();
    server = await serveViewer({ graphFile: SAMPLE, articlesDir: ARTICLES, port: 0 });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
  });

  it("draws the graph: the canvas has node pixels, legend chips count kinds", async function () {
    this.timeout(20000);
    const { page, watch } = await openPage(browser, server.url);
    assert.equal(await page.evaluate(() => document.body.dataset.status), "ready");
    const pixels = await drawnPixels(page);
    assert.ok(pixels > 500, `only ${pixels} pixels differ from the background`);
    assert.match((await page.textContent('#kind-chips [data-kind="Person"]')) ?? "", /Person\s*3\/3/);
    assert.match((await page.textContent("#status")) ?? "", /10 entities · 12 relations/);
    await shot(page, "overview");
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it('searching "Shoigu" selects him; the panel shows the sentence with "Pyongyang" and opens the article', async function () {
    this.timeout(20000);
    const { page, watch } = await openPage(browser, server.url);
    await searchAndPick(page, "shoïgu"); // accents ignored
    await page.waitForSelector("#panel-content .entity-name");
    assert.equal(await page.textContent("#panel-content .entity-name"), "Sergei Shoigu");
    assert.equal(await page.evaluate(() => window.newsgraphViewer!.state().node), "sergei-shoigu");
    const sentences = await page.$$eval("#panel-content .sentence", (els) => els.map((e) => e.textContent ?? ""));
    assert.ok(sentences.some((s) => s.includes("Pyongyang")), sentences.join("\n"));
    const marks = await page.$$eval("#panel-content .sentence mark", (els) => els.map((e) => e.textContent));
    assert.ok(marks.includes("Shoigu") && marks.includes("Pyongyang"), `marks: ${marks.join(", ")}`);
    assert.match(page.url(), /#.*node=sergei-shoigu/);
    await page.waitForTimeout(600); // camera animation
    await shot(page, "shoigu-selected");

    // the evidence link opens the cleaned article with that sentence highlighted
    await page.click('#panel-content [data-relation="VISITED"] a.open-article');
    await page.waitForSelector("#reader mark.hl");
    const hl = await page.textContent("#reader mark.hl");
    assert.equal(hl, "According to news agency TASS, Shoigu is visiting Pyongyang for the third time in nearly three months.");
    assert.match(page.url(), /article=a1/);
    await shot(page, "article-reader");
    await page.keyboard.press("Escape");
    assert.ok(await page.isHidden("#reader"));
    await page.keyboard.press("Escape");
    assert.equal(await page.evaluate(() => window.newsgraphViewer!.state().node), undefined);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it("search results typed right after the box lost and regained focus stay open", async function () {
    this.timeout(20000);
    const { page, watch } = await openPage(browser, server.url);
    // blur and refocus within the 150 ms the box waits before hiding its list on blur
    await page.evaluate(() => {
      const input = document.getElementById("search") as HTMLInputElement;
      input.focus();
      input.blur();
      input.focus();
    });
    await page.keyboard.type("trump");
    await page.waitForSelector("#search-results li[role=option]");
    await page.waitForTimeout(400);
    assert.ok(await page.isVisible("#search-results"), "the stale blur hid the new results");
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it("a click on a node selects it and a click on an edge selects the pair", async function () {
    this.timeout(20000);
    const { page } = await openPage(browser, server.url);
    const pos = await page.evaluate(() => {
      const r = window.newsgraphViewer!.renderer!;
      const box = document.getElementById("graph-container")!.getBoundingClientRect();
      const at = (n: string) => {
        const d = r.getNodeDisplayData(n)!;
        const v = r.framedGraphToViewport(d);
        return { x: v.x + box.left, y: v.y + box.top };
      };
      return { a: at("donald-trump"), b: at("united-states") };
    });
    // hovering highlights the neighbourhood: neighbours keep their colour and label, the rest greys
    await page.mouse.move(pos.a.x, pos.a.y);
    await page.waitForFunction(() => window.newsgraphViewer!.renderer!.getNodeDisplayData("kim-jong-un")?.label === null);
    const hover = await page.evaluate(() => {
      const r = window.newsgraphViewer!.renderer!;
      const d = (n: string) => r.getNodeDisplayData(n)!;
      return { rosneft: [d("rosneft").color, d("rosneft").forceLabel], kim: d("kim-jong-un").color };
    });
    assert.deepEqual(hover.rosneft, ["#CC79A7", true]);
    assert.notEqual(hover.kim, "#E69F00");
    await shot(page, "hover-trump");
    await page.mouse.click(pos.a.x, pos.a.y);
    await page.waitForFunction(() => window.newsgraphViewer!.state().node === "donald-trump");
    await page.mouse.click(5, 840); // status corner: off the graph
    // midpoint of the single Trump → United States edge (a thin line: try the pixel rows around it)
    const mx = Math.round((pos.a.x + pos.b.x) / 2);
    const my = Math.round((pos.a.y + pos.b.y) / 2);
    search: for (const dx of [0, -6, 6]) {
      for (const dy of [0, -1, 1, -2, 2, -3, 3]) {
        await page.mouse.move(mx + dx, my + dy);
        await page.mouse.click(mx + dx, my + dy);
        if (await page.evaluate(() => !!window.newsgraphViewer!.state().edge)) break search;
      }
    }
    assert.equal(await page.evaluate(() => window.newsgraphViewer!.state().edge), "donald-trump->LEADER_OF->united-states");
    assert.match((await page.textContent("#panel-content")) ?? "", /leader of/);
    assert.equal(await page.locator("#panel-content .rel-group").count(), 1, "one relation between Trump and the US");
    assert.match((await page.textContent("#panel-content")) ?? "", /1 relation between them/);
    await shot(page, "edge-selected");
    await page.close();
  });

  it("a kind filter removes Person nodes, without relayout, and is kept in the URL", async function () {
    this.timeout(20000);
    const { page } = await openPage(browser, server.url);
    const before = await page.evaluate(() => {
      const g = window.newsgraphViewer!.graph!;
      return g.mapNodes((n, a) => `${n}:${a.x},${a.y}`).join("|");
    });
    await page.click('#kind-chips [data-kind="Person"]');
    const visible = await page.evaluate(() => {
      const v = window.newsgraphViewer!;
      return v.visibleNodes().map((n) => v.graph!.getNodeAttribute(n, "kind") as string);
    });
    assert.ok(visible.length > 0 && !visible.includes("Person"), visible.join(","));
    // not drawn: left out of the graph sigma draws, or hidden in it
    const hidden = await page.evaluate(() => {
      const d = window.newsgraphViewer!.renderer!.getNodeDisplayData("sergei-shoigu");
      return !d || d.hidden === true;
    });
    assert.equal(hidden, true);
    assert.match((await page.textContent('#kind-chips [data-kind="Person"]')) ?? "", /0\/3/);
    assert.equal(await page.getAttribute('#kind-chips [data-kind="Person"]', "aria-pressed"), "false");
    assert.match(page.url(), /hk=Person/);
    const after = await page.evaluate(() => window.newsgraphViewer!.graph!.mapNodes((n, a) => `${n}:${a.x},${a.y}`).join("|"));
    assert.equal(after, before, "positions unchanged");
    await shot(page, "filter-no-person");
    await page.close();
  });

  it("a deep link restores selection, filters and theme", async function () {
    this.timeout(20000);
    const { page } = await openPage(browser, server.url + "#node=sergei-shoigu&hk=Company&theme=dark&hr=LOCATED_IN");
    assert.equal(await page.textContent("#panel-content .entity-name"), "Sergei Shoigu");
    assert.equal(await page.getAttribute('#kind-chips [data-kind="Company"]', "aria-pressed"), "false");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
    const v = await page.evaluate(() => window.newsgraphViewer!.visibleNodes());
    assert.ok(!v.includes("rosneft"));
    assert.ok((await drawnPixels(page)) > 500, "draws on the dark background");
    await shot(page, "deeplink-dark");

    // date range and article filters from the filter panel, kept in the URL
    await page.click("#filters-reset");
    await page.click('#timeline-bars .bar[title^="2025-10"]'); // one month of the timeline
    await page.waitForFunction(() => window.newsgraphViewer!.state().to === "2025-10-31");
    let inRange = await page.evaluate(() => window.newsgraphViewer!.visibleNodes().sort());
    assert.deepEqual(inRange, ["donald-trump", "rosneft", "russia", "united-states"]);
    assert.match(page.url(), /from=2025-10-01&to=2025-10-31/);
    await page.click("#date-clear");
    await page.check('#article-list input[value="a1"]');
    inRange = await page.evaluate(() => window.newsgraphViewer!.visibleNodes());
    assert.ok(inRange.includes("sergei-shoigu") && !inRange.includes("rosneft") && !inRange.includes("donald-trump"));
    assert.match(page.url(), /docs=a1/);
    // keyboard: t switches the theme, ? opens the shortcuts, Esc closes them
    await page.keyboard.press("t");
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
    await page.keyboard.press("?");
    assert.ok(await page.isVisible("#help"));
    await page.keyboard.press("Escape");
    assert.ok(await page.isHidden("#help"));
    await page.close();
  });

  it("exports the visible subgraph as graph.json and GEXF, and the view as PNG", async function () {
    this.timeout(20000);
    // iso=1: entities left without a relation by the kind filter stay (and are exported)
    const { page } = await openPage(browser, server.url + "#hk=Person&iso=1");
    const grab = async (id: string) => {
      await page.click("#toolbar .menu summary");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(id)]);
      const file = await download.path();
      return fs.readFile(file);
    };
    const json = JSON.parse((await grab("#export-json")).toString("utf8"));
    assert.equal(json.nodes.length, 7);
    assert.ok(json.nodes.every((n: { attributes: { kind: string; type?: string } }) => n.attributes.kind !== "Person" && !("type" in n.attributes)));
    assert.ok(json.edges.every((e: { attributes: Record<string, unknown> }) => !("type" in e.attributes)));
    const gexf = (await grab("#export-gexf")).toString("utf8");
    assert.match(gexf, /<gexf/);
    assert.ok(!gexf.includes("Sergei Shoigu"));
    assert.ok(gexf.includes("Rosneft"));
    const png = await grab("#export-png");
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
    await page.close();
  });

  it("runs ForceAtlas2 in a web worker and stops it", async function () {
    this.timeout(20000);
    const { page, watch } = await openPage(browser, server.url);
    const pos = () => page.evaluate(() => JSON.stringify(window.newsgraphViewer!.graph!.getNodeAttributes("russia")));
    const p0 = await pos();
    await page.click("#layout-start");
    // the worker's first positions arrive when it has run; a loaded machine takes longer than a fixed pause
    await page.waitForFunction((before) => JSON.stringify(window.newsgraphViewer!.graph!.getNodeAttributes("russia")) !== before, p0, { timeout: 15000 });
    assert.equal(await page.evaluate(() => window.newsgraphViewer!.layoutRunning()), true);
    await page.click("#layout-stop");
    assert.equal(await page.evaluate(() => window.newsgraphViewer!.layoutRunning()), false);
    assert.notEqual(await pos(), p0, "positions moved");
    await page.click("#layout-reset");
    assert.equal(await pos(), p0);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it("a missing or malformed graph file shows a clear message, not a blank canvas", async function () {
    this.timeout(20000);
    for (const [file, re] of [
      [path.join(FIXTURES, "viewer-does-not-exist.json"), /not found/i],
      [path.join(FIXTURES, "viewer-malformed.json"), /malformed|not valid JSON/i],
    ] as const) {
      const s = await serveViewer({ graphFile: file, port: 0 });
      try {
        const { page } = await openPage(browser, s.url);
        assert.equal(await page.evaluate(() => document.body.dataset.status), "error");
        assert.ok(await page.isVisible("#message"));
        assert.match((await page.textContent("#message")) ?? "", re);
        await shot(page, `error-${path.basename(file, ".json")}`);
        // the file picker opens another graph in place
        await page.setInputFiles("#file-input", SAMPLE);
        await page.waitForFunction(() => document.body.dataset.status === "ready");
        assert.ok(await page.isHidden("#message"));
        assert.ok((await drawnPixels(page)) > 500);
        await page.close();
      } finally {
        await s.close();
      }
    }
  });

  it("renders an article full of markup as inert text (XSS)", async function () {
    this.timeout(60000);
    const s = await serveViewer({ graphFile: XSS, articlesDir: ARTICLES, port: 0 });
    try {
      const { page, watch } = await openPage(browser, s.url);
      assert.equal(await page.evaluate(() => document.body.dataset.status), "ready");
      await searchAndPick(page, "evil img");
      await page.waitForSelector("#panel-content .entity-name");
      const img = '<img src=x onerror="window.__xss=1;alert(1)">';
      const script = "<script>window.__xss=2;alert(2)</script>";
      assert.equal(await page.textContent("#panel-content .entity-name"), img);
      const panel = (await page.textContent("#panel-content")) ?? "";
      for (const s_ of [script, "</script><script>window.__xss=3</script><!--", "Headline " + img]) assert.ok(panel.includes(s_), `panel shows ${s_}`);
      // names highlighted inside the sentence are text too
      const marks = await page.$$eval("#panel-content .sentence mark", (els) => els.map((e) => e.textContent));
      assert.ok(marks.includes(img), marks.join(" | "));
      // article titles in the filter list, and the article reader
      assert.ok(((await page.textContent("#article-list")) ?? "").includes(img));
      await page.click("#panel-content a.open-article");
      await page.waitForSelector("#reader mark.hl");
      assert.ok(((await page.textContent("#reader-text")) ?? "").includes(script));
      assert.ok(((await page.textContent("#reader-title")) ?? "").includes(img));
      await page.keyboard.press("Escape");
      await page.waitForSelector("#reader", { state: "hidden" });
      // search results list
      await page.click("#search", { clickCount: 3 });
      await page.keyboard.type("script");
      await page.waitForSelector("#search-results li[role=option]");
      assert.ok(((await page.textContent("#search-results")) ?? "").includes("<script>"));
      await page.mouse.move(700, 400);
      await page.waitForTimeout(300);
      await shot(page, "xss-inert");
      const dom = await page.evaluate(() => ({
        imgs: document.querySelectorAll("img").length,
        xImg: document.querySelectorAll('img[src="x"]').length,
        svgs: document.querySelectorAll("svg").length,
        scripts: document.querySelectorAll("script").length,
        flag: (window as unknown as { __xss?: number }).__xss ?? null,
      }));
      assert.deepEqual(dom, { imgs: 0, xImg: 0, svgs: 0, scripts: 1, flag: null });
      assert.deepEqual(watch.dialogs, [], "no dialog fired");
      assert.deepEqual(watch.errors, []);
      await page.close();
    } finally {
      await s.close();
    }
  });

  describe("standalone HTML", function () {
    let dir: string;
    before(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), "newsgraph-standalone-"));
    });
    after(() => fs.rm(dir, { recursive: true, force: true }));

    it("opens from file:// with no server: draws, searches, shows the article, runs the layout worker", async function () {
      this.timeout(30000);
      const file = path.join(dir, "graph.html");
      await writeStandaloneHtml(await fs.readFile(SAMPLE, "utf8"), file, await readArticleTexts(ARTICLES));
      const { page, watch } = await openPage(browser, "file://" + file);
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      assert.equal(await page.evaluate(() => document.body.dataset.status), "ready");
      assert.ok((await drawnPixels(page)) > 500);
      await searchAndPick(page, "Shoigu");
      await page.waitForSelector("#panel-content .entity-name");
      const panel = (await page.textContent("#panel-content")) ?? "";
      assert.ok(panel.includes("Pyongyang"));
      await page.click('#panel-content [data-relation="VISITED"] a.open-article');
      await page.waitForSelector("#reader mark.hl");
      assert.match((await page.textContent("#reader mark.hl")) ?? "", /Shoigu is visiting Pyongyang/);
      await page.keyboard.press("Escape");
      const pos = () => page.evaluate(() => JSON.stringify(window.newsgraphViewer!.graph!.getNodeAttributes("russia")));
      const p0 = await pos();
      await page.click("#layout-start");
      await page.waitForFunction((before) => JSON.stringify(window.newsgraphViewer!.graph!.getNodeAttributes("russia")) !== before, p0, { timeout: 15000 });
      assert.equal(await page.evaluate(() => window.newsgraphViewer!.layoutRunning()), true);
      await page.click("#layout-stop");
      assert.notEqual(await pos(), p0, "the worker moved the nodes");
      await shot(page, "standalone");
      assert.deepEqual(requests.filter((u) => !u.startsWith("blob:") && !u.startsWith("data:")), [], "no network requests");
      assert.deepEqual(watch.errors, []);
      await page.close();
    });

    it("keeps hostile data inert in the standalone file too", async function () {
      this.timeout(20000);
      const file = path.join(dir, "xss.html");
      await writeStandaloneHtml(await fs.readFile(XSS, "utf8"), file, await readArticleTexts(ARTICLES));
      const { page, watch } = await openPage(browser, "file://" + file);
      assert.equal(await page.evaluate(() => document.body.dataset.status), "ready");
      await searchAndPick(page, "Bob");
      await page.waitForSelector("#panel-content .entity-name");
      assert.ok(((await page.textContent("#panel-content")) ?? "").includes("</script><script>window.__xss=3</script><!--"));
      const dom = await page.evaluate(() => ({
        imgs: document.querySelectorAll("img").length,
        scripts: document.querySelectorAll("script").length,
        flag: (window as unknown as { __xss?: number }).__xss ?? null,
      }));
      assert.deepEqual(dom, { imgs: 0, scripts: 2, flag: null });
      assert.deepEqual(watch.dialogs, []);
      assert.deepEqual(watch.errors, []);
      await page.close();
    });
  });
});

describe("viewer in Chromium on the real build of the sample articles", function () {
  this.timeout(90000);
  let browser: Browser;
  let server: ViewerServer;
  let dir: string;

  before(async function () {
    requireChromium(this);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "newsgraph-real-"));
    const { buildFromPaths } = await import("../src/build");
    const out = path.join(dir, "graph.json");
    await buildFromPaths({ inputs: [path.join(__dirname, "..", "graph", "articles")], out, cache: false });
    browser = await launch();
    server = await serveViewer({ graphFile: out, port: 0 });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('"Shoigu" finds Sergei Shoigu; his panel shows the sentence naming Pyongyang; the article opens on it', async function () {
    const { page, watch } = await openPage(browser, server.url);
    assert.ok((await drawnPixels(page)) > 500);
    await searchAndPick(page, "Shoigu");
    await page.waitForSelector("#panel-content .entity-name");
    assert.equal(await page.textContent("#panel-content .entity-name"), "Sergei Shoigu");
    const sentences = await page.$$eval("#panel-content .sentence", (els) => els.map((e) => e.textContent ?? ""));
    assert.ok(sentences.some((s) => s.includes("Pyongyang")), sentences.join("\n"));
    await page.click('#panel-content [data-relation="VISITED"] a.open-article');
    await page.waitForSelector("#reader mark.hl");
    assert.match((await page.textContent("#reader mark.hl")) ?? "", /Pyongyang/);
    await shot(page, "real-build-shoigu");
    assert.deepEqual(watch.errors, []);
    await page.close();
  });
});

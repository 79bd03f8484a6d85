// End-to-end tests of exploring a graph in Chromium (issue 12): isolates hidden by
// default, the degree slider, Bloom-style expand and undo, paths with their evidence,
// communities, the timeline brush kept in the URL, the data table and its CSV.
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { generateGraph } from "../src/viewer/bench";
import { serveViewer, type ViewerServer } from "../src/viewer/serve";
import { SAMPLE, launch, openPage, requireChromium, searchAndPick, shot } from "./helpers/viewer-browser";

/** The sample graph plus three entities that no sentence relates to anything. */
async function graphWithIsolates(dir: string): Promise<string> {
  const g = JSON.parse(await fs.readFile(SAMPLE, "utf8"));
  for (const [key, label, kind] of [
    ["lone-ministry", "Lone Ministry", "Organization"],
    ["quiet-town", "Quiet Town", "Location"],
    ["ivan-nobody", "Ivan Nobody", "Person"],
  ]) {
    g.nodes.push({ key, attributes: { label, kind, aliases: [], docs: ["a1"], x: 500, y: 500 } });
  }
  const file = path.join(dir, "graph.json");
  await fs.writeFile(file, JSON.stringify(g));
  return file;
}

const visible = (page: Page) => page.evaluate(() => window.newsgraphViewer!.visibleNodes().sort());
const viewState = (page: Page) => page.evaluate(() => window.newsgraphViewer!.state());
const ISOLATES = ["ivan-nobody", "lone-ministry", "quiet-town"];

describe("viewer in Chromium: exploring", function () {
  this.timeout(60000);
  let browser: Browser;
  let server: ViewerServer;
  let dir: string;

  before(async function () {
    requireChromium(this);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "newsgraph-explore-"));
    browser = await launch();
    server = await serveViewer({ graphFile: await graphWithIsolates(dir), port: 0 });
  });
  after(async () => {
    await server?.close();
    await browser?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it("hides entities without relations by default, says how many, and shows them on request", async function () {
    const { page, watch } = await openPage(browser, server.url);
    const shown = await visible(page);
    assert.equal(shown.length, 10);
    for (const n of ISOLATES) assert.ok(!shown.includes(n), `${n} is hidden`);
    assert.equal(await page.textContent("#isolates-note"), "3 entities without relations hidden");
    // hidden, not greyed: grey mode does not bring them back as rings
    await page.check("#grey-mode");
    const drawn = (n: string) => page.evaluate((k) => !!window.newsgraphViewer!.renderer!.getNodeDisplayData(k) && !window.newsgraphViewer!.renderer!.getNodeDisplayData(k)!.hidden, n);
    assert.equal(await drawn("quiet-town"), false);
    assert.equal(await drawn("russia"), true, "positive control");
    await page.uncheck("#grey-mode");
    // the layout moves what is shown and leaves the hidden entities where they were
    const at = (n: string) => page.evaluate((k) => JSON.stringify(window.newsgraphViewer!.graph!.getNodeAttributes(k)), n);
    const [russia0, quiet0] = [await at("russia"), await at("quiet-town")];
    await page.click("#layout-start");
    await page.waitForFunction((p0) => JSON.stringify(window.newsgraphViewer!.graph!.getNodeAttributes("russia")) !== p0, russia0);
    await page.click("#layout-stop");
    assert.equal(await at("quiet-town"), quiet0);
    await page.check("#show-isolates");
    assert.deepEqual((await visible(page)).filter((n) => ISOLATES.includes(n)), ISOLATES);
    assert.equal(await page.textContent("#isolates-note"), "");
    assert.match(page.url(), /iso=1/);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it("the minimum-relations slider keeps the connected actors and is kept in the URL", async function () {
    const { page } = await openPage(browser, server.url);
    assert.ok((await visible(page)).includes("north-korea"), "one relation is enough at 0");
    await page.locator("#min-degree").fill("2");
    await page.waitForFunction(() => window.newsgraphViewer!.state().minDegree === 2);
    assert.deepEqual(await visible(page), ["donald-trump", "kim-jong-un", "kursk", "rosneft", "russia", "sergei-shoigu"]);
    assert.equal(await page.textContent("#min-degree-value"), "2");
    assert.match((await page.textContent("#scope-summary")) ?? "", /4 below the minimum/);
    assert.match(page.url(), /min=2/);
    await shot(page, "min-degree-2");
    await page.close();
  });

  it("shows an entity's neighbourhood, expands another entity's neighbours, and undoes each step", async function () {
    const { page, watch } = await openPage(browser, server.url);
    await searchAndPick(page, "Kursk");
    await page.click('#panel-content [data-action="hood-1"]');
    assert.deepEqual(await visible(page), ["korean-peoples-army", "kursk", "russia"]);
    assert.equal(await page.textContent("#explore-info"), "Exploring 3 entities");
    await page.evaluate(() => window.newsgraphViewer!.selectNode("russia"));
    await page.click('#panel-content [data-action="expand"]');
    const expanded = await visible(page);
    assert.deepEqual(expanded, ["donald-trump", "kim-jong-un", "korean-peoples-army", "kursk", "rosneft", "russia", "sergei-shoigu"]);
    await shot(page, "expanded-russia");
    await page.click("#explore-undo");
    assert.deepEqual(await visible(page), ["korean-peoples-army", "kursk", "russia"]);
    await page.click("#explore-undo");
    assert.equal((await visible(page)).length, 10, "back to the whole graph");
    assert.ok(await page.isHidden("#explore-bar"));
    // two hops, then back to everything at once
    await page.evaluate(() => window.newsgraphViewer!.selectNode("kursk"));
    await page.click('#panel-content [data-action="hood-2"]');
    assert.equal((await visible(page)).length, 7);
    await page.click("#explore-reset");
    assert.equal((await visible(page)).length, 10);
    assert.ok(await page.isHidden("#explore-bar"));
    assert.doesNotMatch(page.url(), /ex=/);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it("keeps the exploration in the URL: a link reopens it, and each step can still be undone", async function () {
    const { page, watch } = await openPage(browser, server.url);
    await page.evaluate(() => window.newsgraphViewer!.selectNode("kursk"));
    await page.click('#panel-content [data-action="hood-1"]');
    await page.evaluate(() => window.newsgraphViewer!.selectNode("russia"));
    await page.click('#panel-content [data-action="expand"]');
    const expanded = await visible(page);
    assert.match(page.url(), /ex=hood1%3Akursk%2Cexpand%3Arussia/);
    const again = await openPage(browser, page.url());
    assert.deepEqual(await visible(again.page), expanded);
    assert.equal(await again.page.textContent("#explore-info"), "Exploring 7 entities");
    await again.page.click("#explore-undo");
    assert.deepEqual(await visible(again.page), ["korean-peoples-army", "kursk", "russia"]);
    assert.match(again.page.url(), /ex=hood1%3Akursk(&|$)/);
    await again.page.click("#explore-undo");
    assert.equal((await visible(again.page)).length, 10);
    assert.deepEqual([...watch.errors, ...again.watch.errors], []);
    await again.page.close();
    await page.close();
  });

  it("looks for paths through what the filters show, and through the whole graph when asked", async function () {
    const { page, watch } = await openPage(browser, server.url + "#hk=Country&path=rosneft,kim-jong-un&plen=3");
    await page.waitForSelector("#panel-content .path-none");
    assert.match((await page.textContent("#panel-content .path-none")) ?? "", /through what is shown/);
    await page.check("#path-whole");
    await page.waitForSelector('#panel-content [data-path="0"]');
    const first = await page.$$eval('#panel-content [data-path="0"] .hop-entity', (els) => els.map((e) => e.textContent));
    assert.deepEqual(first, ["Rosneft", "Russia", "Kim Jong Un"], "through Russia, which the kind filter hides");
    assert.match(page.url(), /pall=1/);
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it("finds the paths from Rosneft to Kim Jong Un, shortest first, each hop with its sentence", async function () {
    const { page, watch } = await openPage(browser, server.url);
    await page.fill("#path-from", "Rosneft");
    await page.fill("#path-to", "Kim Jong Un");
    await page.click("#path-find");
    await page.waitForSelector("#panel-content .path-box");
    const first = await page.$$eval('#panel-content [data-path="0"] .hop-entity', (els) => els.map((e) => e.textContent));
    assert.deepEqual(first, ["Rosneft", "Russia", "Kim Jong Un"]);
    const hops = await page.$$eval('#panel-content [data-path="0"] .hop', (els) => els.map((e) => e.textContent ?? ""));
    assert.match(hops[0], /located in →/);
    assert.match(hops[1], /← sent troops to/);
    assert.ok(hops.every((t) => /\w+ .*\./.test(t)), "each hop shows a sentence");
    const lengths = await page.$$eval("#panel-content .path-box h3", (els) => els.map((e) => e.textContent));
    assert.equal(lengths[0], "Path 1: 2 hops");
    assert.ok(lengths.slice(1).every((t) => /3 hops/.test(t ?? "")), lengths.join(", "));
    assert.match(page.url(), /path=rosneft%2Ckim-jong-un&plen=3|path=rosneft,kim-jong-un&plen=3/);
    // the path stands out: its entities labelled, the rest greyed
    const look = await page.evaluate(() => {
      const r = window.newsgraphViewer!.renderer!;
      return { russia: r.getNodeDisplayData("russia")!.forceLabel, pyongyang: r.getNodeDisplayData("pyongyang")!.label };
    });
    assert.deepEqual(look, { russia: true, pyongyang: null });
    await shot(page, "path-rosneft-kim");
    // no path at all: said so (the isolate has no relation)
    await page.fill("#path-to", "Ivan Nobody");
    await page.click("#path-find");
    await page.waitForSelector("#panel-content .path-none");
    assert.deepEqual(watch.errors, []);
    await page.close();
  });

  it("colours by Louvain community, the same colours on every load", async function () {
    const read = async (p: Page) =>
      p.evaluate(() => {
        const v = window.newsgraphViewer!;
        const colors: Record<string, string> = {};
        for (const n of v.visibleNodes()) colors[n] = v.renderer!.getNodeDisplayData(n)!.color;
        return { community: v.metrics()?.community ?? {}, colors };
      });
    const { page } = await openPage(browser, server.url);
    await page.selectOption("#color-by", "community");
    await page.waitForFunction(() => /communities/.test(document.getElementById("metrics-progress")!.textContent ?? ""));
    const a = await read(page);
    const ids = new Set(Object.values(a.community));
    assert.ok(ids.size >= 2, `${ids.size} communities`);
    for (const [n, c] of Object.entries(a.community)) {
      for (const [m, d] of Object.entries(a.community)) if (a.colors[n] && a.colors[m]) assert.equal(a.colors[n] === a.colors[m], c === d, `${n} ${m}`);
    }
    assert.notEqual(a.colors["sergei-shoigu"], "#E69F00", "not the kind colour");
    assert.match(page.url(), /color=community/);
    await shot(page, "communities");
    const again = await openPage(browser, page.url());
    await again.page.waitForFunction(() => !!window.newsgraphViewer!.metrics());
    assert.deepEqual(await read(again.page), a);
    await again.page.close();
    await page.close();
  });

  it("on a bigger graph the measures are computed in a web worker, with a progress line", async function () {
    const file = path.join(dir, "big.json");
    await fs.writeFile(file, JSON.stringify(generateGraph(1500, 1500)));
    const big = await serveViewer({ graphFile: file, port: 0 });
    try {
      const { page, watch } = await openPage(browser, big.url + "#size=pagerank");
      await page.waitForFunction(() => !!window.newsgraphViewer!.metrics(), null, { timeout: 30000 });
      assert.match((await page.textContent("#metrics-progress")) ?? "", /^\d+ communities \(computed in a web worker\)$/);
      // sized by PageRank: the entity with the highest score is drawn the biggest
      const sizes = await page.evaluate(() => {
        const v = window.newsgraphViewer!;
        const pr = v.metrics()!.pagerank;
        const top = Object.keys(pr).sort((a, b) => pr[b] - pr[a])[0];
        const size = (n: string) => v.renderer!.getNodeDisplayData(n)!.size;
        return { top: size(top), max: Math.max(...v.visibleNodes().map(size)) };
      });
      assert.equal(sizes.top, sizes.max);
      assert.deepEqual(watch.errors, []);
      await page.close();
    } finally {
      await big.close();
    }
  });

  it("a brushed date range is restored from the URL, and brushing writes it back", async function () {
    const { page } = await openPage(browser, server.url + "#from=2025-10-01&to=2025-10-31");
    assert.ok(await page.isVisible("#time-brush"));
    const inRange = await page.$$eval("#timeline-bars .bar.in-range", (els) => els.map((e) => (e as HTMLElement).title.slice(0, 7)));
    assert.deepEqual(inRange, ["2025-10"]);
    assert.equal(await page.textContent("#time-range"), "2025-10-01 – 2025-10-31");
    assert.deepEqual(await visible(page), ["donald-trump", "rosneft", "russia", "united-states"]);
    // drag from June to October 2025
    await page.locator("#timeline").scrollIntoViewIfNeeded();
    const box = async (month: string) => (await page.locator(`#timeline-bars .bar[title^="${month}"]`).boundingBox())!;
    const [june, oct] = [await box("2025-06"), await box("2025-10")];
    await page.mouse.move(june.x + june.width / 2, june.y + june.height - 2);
    await page.mouse.down();
    await page.mouse.move(oct.x + oct.width / 2, oct.y + oct.height - 2, { steps: 5 });
    await page.mouse.up();
    assert.deepEqual([(await viewState(page)).from, (await viewState(page)).to], ["2025-06-01", "2025-10-31"]);
    assert.match(page.url(), /from=2025-06-01&to=2025-10-31/);
    assert.ok((await visible(page)).includes("sergei-shoigu"));
    await shot(page, "timeline-brush");
    // play starts from the first month and steps on
    await page.click("#date-clear");
    assert.equal((await viewState(page)).from, undefined);
    await page.click("#time-play");
    await page.waitForFunction(() => window.newsgraphViewer!.state().from === "2024-12-01");
    await page.click("#time-play");
    await page.close();
  });

  it("the data table sorts, searches, and a click selects in the graph", async function () {
    const { page } = await openPage(browser, server.url);
    await page.click("#table-toggle");
    const names = () => page.$$eval("#table-body tr", (rows) => rows.map((r) => r.children[0].textContent));
    assert.equal((await names()).length, 10);
    assert.equal((await names())[0], "Russia", "most relations first");
    await page.click('#table-head th[data-col="name"] button');
    assert.equal((await names())[0], "Donald Trump");
    await page.fill("#table-search", "shoïgu");
    assert.deepEqual(await names(), ["Sergei Shoigu"]);
    await page.click("#table-body tr");
    assert.equal((await viewState(page)).node, "sergei-shoigu");
    assert.equal(await page.textContent("#panel-content .entity-name"), "Sergei Shoigu");
    await page.fill("#table-search", "");
    await page.click("#table-tab-relations");
    assert.equal(await page.locator("#table-body tr").count(), 12);
    await page.click('#table-body tr[data-id="donald-trump->SANCTIONED->rosneft"]');
    assert.equal((await viewState(page)).edge, "donald-trump->SANCTIONED->rosneft");
    await shot(page, "table");
    await page.close();
  });

  it("exports the visible rows of the table as CSV", async function () {
    const { page } = await openPage(browser, server.url + "#hk=Person");
    await page.click("#table-toggle");
    const csv = async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#table-csv")]);
      return (await fs.readFile(await download.path(), "utf8")).trim().split("\r\n");
    };
    const entities = await csv();
    assert.equal(entities[0], "Name,Kind,Articles,Relations,Degree");
    assert.equal(entities.length - 1, await page.locator("#table-body tr").count());
    assert.ok(entities.some((l) => l.startsWith("Russia,Country,")));
    assert.ok(!entities.some((l) => l.includes(",Person,")), "filtered-out kinds are not exported");
    await page.click("#table-tab-relations");
    await page.fill("#table-search", "rosneft");
    const relations = await csv();
    assert.equal(relations[0], "Source,Relation,Target,Evidence,First date,Last date");
    assert.deepEqual(relations.slice(1), ["Rosneft,LOCATED_IN,Russia,1,2025-10-24,2025-10-24"]);
    await page.close();
  });
});

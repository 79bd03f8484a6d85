// Shared by the viewer's browser tests: Debian's /usr/bin/chromium driven by playwright-core,
// a page per test with its errors and dialogs watched, screenshots under test/artifacts/.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const FIXTURES = path.join(__dirname, "..", "fixtures");
export const ARTIFACTS = path.join(__dirname, "..", "artifacts");
export const SAMPLE = path.join(FIXTURES, "sample-graph.json");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Needs a browser: skip with a reason outside CI, fail in CI. */
export function requireChromium(ctx: Mocha.Context): void {
  if (existsSync(CHROMIUM)) return;
  if (process.env.CI === "true") throw new Error(`Chromium not found at ${CHROMIUM}; CI must install it (apt-get install -y chromium)`);
  console.log(`      (skipping the browser tests: no Chromium at ${CHROMIUM}; apt-get install -y chromium, or set CHROMIUM_PATH)`);
  ctx.skip();
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  // playwright gives every launch a new empty profile directory (--user-data-dir)
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30000 });
}

export interface Watch {
  dialogs: string[];
  errors: string[];
}

export async function openPage(browser: Browser, url: string, opts: { dark?: boolean } = {}): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 }, colorScheme: opts.dark ? "dark" : "light", acceptDownloads: true });
  // An action that cannot happen fails with its own message, well before the test's timeout.
  page.setDefaultTimeout(15000);
  const watch: Watch = { dialogs: [], errors: [] };
  page.on("dialog", (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => watch.errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.status !== "loading", null, { timeout: 15000 });
  return { page, watch };
}

export async function shot(page: Page, name: string): Promise<void> {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `viewer-${name}.png`) });
}

/** Pixels of the composed sigma layers that differ from the background colour. */
export function drawnPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = window.newsgraphViewer!.composite()!;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    const [r, g, b] = [data[0], data[1], data[2]]; // corner = background
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) > 30) n++;
    return n;
  });
}

export async function searchAndPick(page: Page, query: string): Promise<void> {
  await page.keyboard.press("/");
  await page.keyboard.type(query);
  await page.waitForSelector("#search-results li[role=option]");
  await page.keyboard.press("Enter");
}


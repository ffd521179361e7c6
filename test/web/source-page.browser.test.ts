/**
 * The source page in a real browser: Debian's Chromium, driven by playwright-core. A quote link
 * `/sources/<id>#p-N` must scroll the passage into view and `:target` must paint it, under the strict CSP.
 * Chromium missing is a failure, not a skip: `.ci/run` installs it.
 */

import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadEngine } from "../../src/bootstrap.js";
import { createLogger } from "../../src/logger.js";
import { createHttpServer, type HttpServer } from "../../src/web/http-server.js";
import { AI_BANNER_TEXT } from "../../src/web/source-page.js";
import { type Browser, launchChromium } from "../fixtures/chromium.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { plainLastIndex, sampleArticles } from "./sample-articles.js";

const HIGHLIGHT = "rgb(255, 235, 59)";

let server: HttpServer;
let base: string;
let context: BrowserContext;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = createHttpServer({ engine: createFakeEngine(sampleArticles), logger: createLogger("silent") });
  base = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
  browser = await launchChromium({ width: 1000, height: 700 });
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async ({ onTestFailed, task }) => {
  problems.length = 0;
  page = await context.newPage();
  // A CSP violation or a script that ran would show up here.
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  onTestFailed(async () => {
    const file = join(tmpdir(), `deal-bot-${task.name.replace(/\W+/g, "-")}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`screenshot of the failing page: ${file}`);
  });
  return async () => {
    await page.close();
  };
});

/** Where an element stands against the viewport, and how it is painted. */
function inspect(selector: string) {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return {
      background: getComputedStyle(el).backgroundColor,
      inViewport: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0,
      scrollY: window.scrollY,
    };
  });
}

describe("source page in Chromium", () => {
  it("scrolls a linked passage far down the page into view and highlights it", async () => {
    await page.goto(`${base}/sources/001_plain#p-${plainLastIndex}`);
    await page.locator(`#p-${plainLastIndex}`).waitFor();
    await expect
      .poll(() => inspect(`#p-${plainLastIndex}`))
      .toMatchObject({
        background: HIGHLIGHT,
        inViewport: true,
      });
    expect((await inspect(`#p-${plainLastIndex}`)).scrollY).toBeGreaterThan(0);
    // Only the linked passage is highlighted.
    expect((await inspect("#p-0")).background).not.toBe(HIGHLIGHT);
    expect(problems).toEqual([]);
  });

  it("highlights a list item the same way", async () => {
    await page.goto(`${base}/sources/001_plain#p-43`);
    await expect.poll(() => inspect("#p-43")).toMatchObject({ background: HIGHLIGHT, inViewport: true });
  });

  it("shows the AI banner on an article its publisher flags", async () => {
    await page.goto(`${base}/sources/004_ai#p-0`);
    const banner = page.locator("#ai-banner");
    await banner.waitFor({ state: "visible" });
    expect(await banner.textContent()).toBe(AI_BANNER_TEXT);
    await expect.poll(() => inspect("#p-0")).toMatchObject({ background: HIGHLIGHT });
    expect(problems).toEqual([]);
  });

  it("shows no AI banner on an article without the disclaimer", async () => {
    await page.goto(`${base}/sources/001_plain`);
    await page.locator("h1").waitFor();
    expect(await page.locator("#ai-banner").count()).toBe(0);
  });

  it("shows markup in an article as text and runs none of it", async () => {
    await page.goto(`${base}/sources/666_hostile`);
    await page.locator("#p-0").waitFor();
    expect(await page.locator("#p-0").textContent()).toBe("<!channel> look: <script>alert(1)</script>");
    expect(await page.locator("main script, main b").count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("opens an article from the list of sources", async () => {
    await page.goto(`${base}/sources`);
    await page.getByRole("link", { name: /A Cloud Giant Rises/ }).click();
    await page.waitForURL(`${base}/sources/004_ai`);
    await page.locator("#ai-banner").waitFor({ state: "visible" });
  });
});

describe("a real quote link in Chromium", () => {
  let realServer: HttpServer;
  afterAll(async () => {
    await realServer?.close();
  });

  it("opens the value answer's own-page quote scrolled to and highlighting the quoted sentence", async () => {
    const publicBase = "http://deal-bot.test";
    const loaded = await loadEngine({ seedsDir: "seeds", publicBaseUrl: publicBase });
    if (!loaded.ok) throw new Error(loaded.error);
    realServer = createHttpServer({ engine: loaded.engine, logger: createLogger("silent") });
    const realBase = `http://127.0.0.1:${await realServer.listen(0, "127.0.0.1")}`;
    const result = loaded.engine.answer("how much is the deal worth?");
    const quote = result.quotes.find((q) => q.url?.startsWith(`${publicBase}/sources/`));
    // Two seeds have no address, and both state the deal's value.
    expect(quote).toBeDefined();
    const url = new URL((quote?.url ?? "").replace(publicBase, realBase));
    await page.goto(url.href);
    const selector = `#${url.hash.slice(1)}`;
    await expect.poll(() => inspect(selector)).toMatchObject({ background: HIGHLIGHT, inViewport: true });
    expect(await page.locator(selector).textContent()).toBe(quote?.text);
    expect(problems).toEqual([]);
  });
});

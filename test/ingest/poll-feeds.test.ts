import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFeedPoller } from "../../src/ingest/poll-feeds.js";
import { safeFetch } from "../../src/ingest/safe-fetch.js";
import { createLogger } from "../../src/logger.js";
import { ADDED_AT, dealValue, type Harness, harness } from "./fixtures/ingest-harness.js";
import {
  CHIP_SUPPLY,
  FORTY_FIVE_BILLION,
  type NewsSite,
  POWER_GRID,
  startNewsSite,
} from "./fixtures/news-site.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.remove());

const poller = (feeds: string[], timeoutMs = 2_000) =>
  createFeedPoller({
    feeds,
    fetchFeed: (url) => safeFetch(url, { kind: "feed", allowPrivate: true, timeoutMs, maxBytes: 200_000 }),
    adder: h.adder,
    logger: createLogger("silent"),
  });

describe("createFeedPoller", () => {
  it("adds every new item of an RSS and an Atom feed, stamped with the injected clock", async () => {
    const report = await poller([`${site.baseUrl}/feed.rss`, `${site.baseUrl}/feed.atom`]).poll();
    expect(report.failed).toEqual([]);
    expect(report.added.map((a) => a.meta.title).sort()).toEqual(
      [CHIP_SUPPLY.title, POWER_GRID.title, FORTY_FIVE_BILLION.title].sort(),
    );
    expect(new Set(report.added.map((a) => a.meta.added))).toEqual(new Set([ADDED_AT.toISOString()]));
    expect(h.engine.articles()).toHaveLength(8);
    // The feed brought the $45 billion story, so the deal value now shows that conflict.
    expect(dealValue(h.engine).values.map((v) => v.value)).toContain("$45 billion");
  });

  it("finishes a poll whose first feed never ends, and still adds the next feed's items", async () => {
    const started = performance.now();
    const report = await poller(
      [`${site.baseUrl}/endless-feed.rss`, `${site.baseUrl}/feed.atom`],
      300,
    ).poll();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(report.feedErrors).toEqual([
      { feed: `${site.baseUrl}/endless-feed.rss`, error: expect.stringContaining("300 ms") },
    ]);
    expect(report.added.length).toBeGreaterThan(0);
  });

  it("stops a poll at its overall deadline with what it did so far", async () => {
    const slowAdds: string[] = [];
    const bounded = createFeedPoller({
      feeds: [`${site.baseUrl}/feed.rss`, `${site.baseUrl}/feed.atom`],
      fetchFeed: (url) =>
        safeFetch(url, { kind: "feed", allowPrivate: true, timeoutMs: 2_000, maxBytes: 200_000 }),
      adder: {
        addUrl: async (url) => {
          slowAdds.push(url);
          await new Promise((resolve) => setTimeout(resolve, 200));
          return { ok: false, code: "fetch", fetchCode: "timeout", error: `${url} timed out` };
        },
      },
      logger: createLogger("silent"),
      pollTimeoutMs: 300,
    });
    const report = await bounded.poll();
    expect(slowAdds.length).toBeLessThan(5);
    expect(report.feedErrors.at(-1)?.error).toMatch(/poll stopped after 300 ms/);
  });

  it("shares a poll in progress with a second caller instead of fetching the feed twice", async () => {
    const feeds = poller([`${site.baseUrl}/feed.rss`]);
    const feedFetches = () => site.requests.filter((r) => r === "/feed.rss").length;
    const before = feedFetches();
    const [first, second] = await Promise.all([feeds.poll(), feeds.poll()]);
    expect(second).toBe(first);
    expect(feedFetches() - before).toBe(1);
  });

  it("does not fetch items again on the next poll", async () => {
    const feeds = poller([`${site.baseUrl}/feed.rss`]);
    await feeds.poll();
    const fetchedBefore = site.requests.filter((r) => r.startsWith("/feed-items/")).length;
    const second = await feeds.poll();
    expect(second).toEqual({ added: [], duplicates: [], failed: [], feedErrors: [] });
    expect(site.requests.filter((r) => r.startsWith("/feed-items/")).length).toBe(fetchedBefore);
  });

  it("reports an item already added by hand as a duplicate", async () => {
    await h.adder.addUrl(`${site.baseUrl}/news/openai-widens-amazon-pact`);
    const report = await poller([`${site.baseUrl}/feed.rss`]).poll();
    expect(report.duplicates).toEqual([`${site.baseUrl}/news/openai-widens-amazon-pact`]);
    expect(report.added.map((a) => a.meta.title)).toEqual([CHIP_SUPPLY.title]);
  });

  it("reports a feed that is not a feed and still polls the others", async () => {
    const answer = dealValue(h.engine);
    const report = await poller([
      `${site.baseUrl}/news/openai-widens-amazon-pact`,
      `${site.baseUrl}/feed.atom`,
    ]).poll();
    expect(report.feedErrors).toHaveLength(1);
    expect(report.feedErrors[0]?.error).toContain("not an RSS or Atom feed");
    expect(report.added.map((a) => a.meta.title)).toEqual([POWER_GRID.title]);
    // The grid story states no deal value: the deal-value answer only gains a source to count.
    expect(dealValue(h.engine).values).toEqual(answer.values);
  });
});

import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFeedPoller } from "../../src/ingest/poll-feeds.js";
import { safeFetch } from "../../src/ingest/safe-fetch.js";
import { createLogger } from "../../src/logger.js";
import { openSqliteDigestStore } from "../../src/store/sqlite-digest-store.js";
import { ADDED_AT, dealValue, type Harness, harness } from "./fixtures/ingest-harness.js";
import {
  articleHtml,
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
    expect(second).toEqual({ added: [], duplicates: [], failed: [], feedErrors: [], skipped: [] });
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

describe("feeds as they are in the wild", () => {
  /** An RSS item for one of the site's article routes. */
  const item = (title: string, link: string, date?: Date) =>
    `<item><title>${title}</title><link>${link}</link>${date ? `<pubDate>${date.toUTCString()}</pubDate>` : ""}</item>`;
  const rssOf = (items: string[], base = "") =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Wire</title><link>${base}/</link><description>d</description>${items.join("")}</channel></rss>`;
  const articleRoute =
    (page: typeof CHIP_SUPPLY, path: string) =>
    (_req: unknown, res: import("node:http").ServerResponse, base: string) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(articleHtml(page, `${base}${path}`));
    };
  /** 25 distinct short stories, numbered oldest (0) to newest (24). */
  const TOWNS =
    "Aberdeen Bristol Cardiff Dundee Exeter Falkirk Glasgow Hull Inverness Jarrow Kendal Leeds Margate Newport Oban Perth Quorn Reading Salford Truro Ullapool Ventnor Wigan Yarmouth Zennor".split(
      " ",
    );
  const WORKS =
    "solar farm|wind park|battery site|heat network|tram line|ferry terminal|hydrogen plant|data centre|fibre network|water works|bridge|hospital wing|rail depot|port crane|school campus|housing estate|flood barrier|bus garage|steel mill|chip fab|paper mill|grain silo|fish market|cable plant|science park".split(
      "|",
    );
  const story = (n: number): typeof CHIP_SUPPLY => ({
    title: `${TOWNS[n]} ${WORKS[n]} wins funding`,
    siteName: "Wire",
    published: `2025-10-${String(n + 1).padStart(2, "0")}`,
    paragraphs: [
      `Lenders in ${TOWNS[n]} have agreed to fund the ${WORKS[n]} planned on the edge of town, council papers published this week show.`,
      `The ${WORKS[n]} is expected to employ about ${n * 37 + 40} people once open, according to the ${TOWNS[n]} council's planning committee.`,
      `Residents of ${TOWNS[n]} raised questions about traffic during a public meeting, while local firms welcomed the ${WORKS[n]} as overdue.`,
    ],
  });
  const day = (n: number) => new Date(Date.UTC(2025, 9, 1 + n, 8));

  let wild: NewsSite;
  const logged: string[] = [];
  beforeAll(async () => {
    const routes: Parameters<typeof startNewsSite>[0] = {
      // Relative item links, as many CMSs write them; one item has no link at all.
      "/relative.rss": (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(
          rssOf([
            item(CHIP_SUPPLY.title, "/feed-items/chip-supply", day(30)),
            item(POWER_GRID.title, "feed-items/power-grid", day(29)),
            "<item><title>A linkless item</title><description>no link</description></item>",
          ]),
        );
      },
      // Atom's xml:base on the feed and on an entry: relative links are read against it (RFC 4287 §2).
      "/xml-base.atom": (_req, res, base) => {
        res.writeHead(200, { "content-type": "application/atom+xml" });
        res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${base}/blog/">
<title>Blog</title><id>urn:blog</id><updated>2025-11-04T00:00:00Z</updated>
<entry><title>${CHIP_SUPPLY.title}</title><id>urn:chip</id><updated>2025-11-04T00:00:00Z</updated><link href="posts/chip-supply"/></entry>
<entry xml:base="/archive/"><title>${POWER_GRID.title}</title><id>urn:grid</id><updated>2025-11-03T00:00:00Z</updated><link href="power-grid"/></entry>
</feed>`);
      },
      "/blog/posts/chip-supply": articleRoute(CHIP_SUPPLY, "/blog/posts/chip-supply"),
      "/archive/power-grid": articleRoute(POWER_GRID, "/archive/power-grid"),
      // A guid marked isPermaLink="false" is an opaque id, not an address (RSS 2.0).
      "/opaque-guid.rss": (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(
          rssOf([
            `<item><title>Opaque id only</title><guid isPermaLink="false">a81f-2291</guid><pubDate>${day(31).toUTCString()}</pubDate></item>`,
          ]),
        );
      },
      // Oldest first, 25 items: a cap of 20 taken from the top would never reach the newest five.
      "/oldest-first.rss": (_req, res, base) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(
          rssOf(Array.from({ length: 25 }, (_, n) => item(story(n).title, `${base}/story/${n}`, day(n)))),
        );
      },
    };
    for (let n = 0; n < 25; n++) routes[`/story/${n}`] = articleRoute(story(n), `/story/${n}`);
    for (const [name, type] of [
      ["plain", "text/plain; charset=utf-8"],
      ["octet", "application/octet-stream"],
      // S3's default for an upload without a type.
      ["s3", "binary/octet-stream"],
      ["html", "text/html"],
    ] as const) {
      routes[`/served-as-${name}.rss`] = (_req, res, base) => {
        res.writeHead(200, { "content-type": type });
        res.end(rssOf([item(CHIP_SUPPLY.title, `${base}/feed-items/chip-supply`, day(30))]));
      };
    }
    wild = await startNewsSite(routes);
  });
  afterAll(() => wild.close());

  const sinkLogger = () =>
    createLogger("debug", { write: (line: string) => logged.push(line) } as unknown as NodeJS.WritableStream);
  const wildPoller = (feeds: string[]) =>
    createFeedPoller({
      feeds,
      fetchFeed: (url) =>
        safeFetch(url, { kind: "feed", allowPrivate: true, timeoutMs: 2_000, maxBytes: 200_000 }),
      adder: h.adder,
      logger: sinkLogger(),
    });

  it("resolves relative item links against the feed's address and warns about an item it skips", async () => {
    logged.length = 0;
    const report = await wildPoller([`${wild.baseUrl}/relative.rss`]).poll();
    expect(report.added.map((a) => a.meta.title).sort()).toEqual(
      [CHIP_SUPPLY.title, POWER_GRID.title].sort(),
    );
    expect(report.skipped).toEqual([
      {
        feed: `${wild.baseUrl}/relative.rss`,
        item: "A linkless item",
        reason: expect.stringMatching(/no link/),
      },
    ]);
    const warnings = logged.map((l) => JSON.parse(l)).filter((l) => l.level === 40);
    expect(warnings.some((w) => w.msg === "feed item skipped" && w.item === "A linkless item")).toBe(true);
  });

  it("resolves an Atom entry's relative link against the feed's and the entry's xml:base", async () => {
    const report = await wildPoller([`${wild.baseUrl}/xml-base.atom`]).poll();
    expect(report.failed).toEqual([]);
    expect(report.added.map((a) => a.meta.url).sort()).toEqual(
      [`${wild.baseUrl}/archive/power-grid`, `${wild.baseUrl}/blog/posts/chip-supply`].sort(),
    );
  });

  it('skips, with a warning, an item whose only id is a <guid isPermaLink="false">, fetching nothing', async () => {
    logged.length = 0;
    const before = wild.requests.length;
    const report = await wildPoller([`${wild.baseUrl}/opaque-guid.rss`]).poll();
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([
      {
        feed: `${wild.baseUrl}/opaque-guid.rss`,
        item: "Opaque id only",
        reason: expect.stringMatching(/no link.*isPermaLink="false"/),
      },
    ]);
    expect(wild.requests.length).toBe(before + 1);
    const warnings = logged.map((l) => JSON.parse(l)).filter((l) => l.level === 40);
    expect(warnings.some((w) => w.msg === "feed item skipped" && w.item === "Opaque id only")).toBe(true);
  });

  it("takes the newest items first from a feed listed oldest first, and remembers them across restarts", async () => {
    const file = path.join(h.dir, "..", `feeds-${Date.now()}.sqlite`);
    const opened = openSqliteDigestStore(file);
    if (!opened.ok) throw new Error(opened.error);
    const first = await createFeedPoller({
      feeds: [`${wild.baseUrl}/oldest-first.rss`],
      fetchFeed: (url) =>
        safeFetch(url, { kind: "feed", allowPrivate: true, timeoutMs: 2_000, maxBytes: 200_000 }),
      adder: h.adder,
      logger: createLogger("silent"),
      handled: opened.store,
      maxItemsPerFeed: 3,
    }).poll();
    await opened.store.close();
    expect({ ...first, added: first.added.map((a) => a.meta.title) }).toMatchObject({
      failed: [],
      duplicates: [],
    });
    expect(first.added.map((a) => a.meta.title)).toEqual([22, 23, 24].map((n) => story(n).title));

    // A new process: a fresh poller over the reopened store fetches none of them again.
    const reopened = openSqliteDigestStore(file);
    if (!reopened.ok) throw new Error(reopened.error);
    const fetchedBefore = wild.requests.filter((r) => r.startsWith("/story/")).length;
    const second = await createFeedPoller({
      feeds: [`${wild.baseUrl}/oldest-first.rss`],
      fetchFeed: (url) =>
        safeFetch(url, { kind: "feed", allowPrivate: true, timeoutMs: 2_000, maxBytes: 200_000 }),
      adder: h.adder,
      logger: createLogger("silent"),
      handled: reopened.store,
      maxItemsPerFeed: 3,
    }).poll();
    await reopened.store.close();
    await rm(file, { force: true });
    expect(second.added).toEqual([]);
    expect(second.duplicates).toEqual([]);
    expect(wild.requests.filter((r) => r.startsWith("/story/")).length).toBe(fetchedBefore);
  });

  it.each([
    ["text/plain", "plain"],
    ["application/octet-stream", "octet"],
    ["binary/octet-stream", "s3"],
    ["text/html", "html"],
  ])("reads a feed served as %s by its <rss> root", async (_type, name) => {
    const report = await wildPoller([`${wild.baseUrl}/served-as-${name}.rss`]).poll();
    expect(report.feedErrors).toEqual([]);
    expect(report.added.map((a) => a.meta.title)).toEqual([CHIP_SUPPLY.title]);
  });
});

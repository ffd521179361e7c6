import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answer/engine.js";
import { parseConfig } from "../../src/config.js";
import { type RunningIngest, startIngest } from "../../src/ingest/start-ingest.js";
import type { SeedsEvent } from "../../src/ingest/watch-seeds.js";
import { createLogger } from "../../src/logger.js";
import { ADDED_AT, dealValue, PUBLIC_BASE_URL, seededEngine } from "./fixtures/ingest-harness.js";
import { type NewsSite, startNewsSite } from "./fixtures/news-site.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

let dir: string;
let removeDir: () => Promise<void>;
let engine: Engine;
beforeEach(async () => {
  ({ dir, engine, remove: removeDir } = await seededEngine());
});
afterEach(() => removeDir());

function config(env: Record<string, string>) {
  const parsed = parseConfig({ SEEDS_DIR: dir, ALLOW_PRIVATE_URLS: "true", PUBLIC_BASE_URL, ...env });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.config;
}

describe("startIngest", () => {
  let running: RunningIngest | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it("adds by URL while watching, and the watcher sees the new file as already indexed", async () => {
    const events: SeedsEvent[] = [];
    let sawFile: (e: SeedsEvent) => void = () => undefined;
    const fileSeen = new Promise<SeedsEvent>((resolve) => {
      sawFile = resolve;
    });
    running = await startIngest({
      engine,
      config: config({ WATCH_SEEDS: "true" }),
      logger: createLogger("silent"),
      now: () => ADDED_AT,
      onSeedsEvent: (event) => {
        events.push(event);
        sawFile(event);
      },
    });
    const reply = await running.service.addUrl(`${site.baseUrl}/news/openai-widens-amazon-pact`, {
      platform: "shell",
      userId: "local",
      channelKey: "shell:local",
    });
    expect(reply.type).toBe("added");
    const id = reply.type === "added" ? reply.source.articleId : "";
    expect(await fileSeen).toEqual({ type: "unchanged", file: `${id}.md`, articleId: id });
    expect(engine.articles().filter((a) => a.meta.id === id)).toHaveLength(1);
    expect(dealValue(engine).values.map((v) => v.value)).toContain("$45 billion");
  });

  it("polls the configured feeds at start and on demand, with the injected clock", async () => {
    running = await startIngest({
      engine,
      config: config({
        WATCH_SEEDS: "false",
        FEEDS: `${site.baseUrl}/feed.atom`,
        FEED_POLL_CRON: "0 3 * * *",
      }),
      logger: createLogger("silent"),
      now: () => ADDED_AT,
    });
    // The start-up poll is under way; asking now joins it rather than fetching the feed twice.
    const report = await running.pollFeeds();
    expect(report.added.map((a) => a.meta.added)).toEqual([ADDED_AT.toISOString()]);
    expect((await running.pollFeeds()).added).toEqual([]);
  });

  it("refuses to start with a FEED_POLL_CRON that is not a schedule, naming the variable", async () => {
    await expect(
      startIngest({
        engine,
        config: config({
          WATCH_SEEDS: "false",
          FEEDS: `${site.baseUrl}/feed.atom`,
          FEED_POLL_CRON: "every hour",
        }),
        logger: createLogger("silent"),
        now: () => ADDED_AT,
      }),
    ).rejects.toThrow(/FEED_POLL_CRON \(got "every hour"\)/);
  });
});

import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import { channelDigest } from "../../src/digest/channel-digest.js";
import { readSnapshot } from "../../src/digest/fact-card.js";
import type { DigestStore } from "../../src/store/digest-store.js";
import { article } from "../answer/support.js";
import { DEAL_ARTICLES } from "../fixtures/deal-stories.js";
import { openStore, tempDir } from "./support.js";

const channelKey = "slack:T1:C1";
const publicBaseUrl = "http://localhost:3000";

describe("channelDigest", () => {
  let cleanup: (() => void) | undefined;
  let store: DigestStore | undefined;
  afterEach(async () => {
    await store?.close();
    cleanup?.();
  });

  it("follows the channel's followed story from the store, and compares with the cards stored last time", async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    store = openStore(join(tmp.dir, "deal-bot.sqlite"));
    const engine = createEngine(DEAL_ARTICLES, { publicBaseUrl });
    const target = { channelKey, timezone: "UTC", date: "2025-11-03" };

    // Yesterday's digest went out and its cards were stored in the ledger.
    const monday = new Date("2025-11-03T09:00:00Z");
    const first = await channelDigest({ store, engine, publicBaseUrl }, target, monday);
    const claim = await store.claim({ channelKey, localDate: "2025-11-03", now: monday, leaseMs: 60_000 });
    await store.markDelivered(claim!, {
      at: monday,
      posted: true,
      contentAsOf: monday,
      snapshot: first.snapshot,
    });
    expect(readSnapshot((await store.lastDelivered(channelKey))?.snapshot)).toEqual(first.snapshot);

    engine.upsert(
      article(
        "brew-3",
        "Harbor Distillers shareholders approved the $4.2 billion sale to Northwind Brewing.",
        {
          added: "2025-11-03T15:00:00.000Z",
        },
      ),
    );
    const brew = engine.storyOf("brew-1")!;
    const robot = engine.storyOf("robot-1")!;
    const tuesday = { ...target, date: "2025-11-04" };
    const at = new Date("2025-11-04T09:00:00Z");
    const follow = { channelKey, followedBy: "U1", followedAt: monday };

    await store.saveFollow({ ...follow, storyId: robot.id });
    const quiet = await channelDigest({ store, engine, publicBaseUrl }, tuesday, at);
    expect(quiet.digest).toMatchObject({ empty: true, newArticles: [], story: { id: robot.id } });

    await store.saveFollow({ ...follow, storyId: brew.id });
    const news = await channelDigest({ store, engine, publicBaseUrl }, tuesday, at);
    expect(news.digest.empty).toBe(false);
    expect(news.digest.story?.id).toBe(brew.id);
    expect(news.digest.newArticles.map((a) => a.source.articleId)).toEqual(["brew-3"]);
  });
});

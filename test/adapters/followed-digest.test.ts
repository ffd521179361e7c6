import { webApi } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackPoster } from "../../adapters/slack/poster.js";
import { createEngine } from "../../src/answer/create-engine.js";
import type { Envelope } from "../../src/commands/command.js";
import { createCore } from "../../src/core.js";
import { createDigestService } from "../../src/digest/digest-service.js";
import { runDueDigests } from "../../src/digest/run-due-digests.js";
import type { DigestStore } from "../../src/store/digest-store.js";
import { article } from "../answer/support.js";
import { fakeClock, openStore, silentLogger } from "../digest/support.js";
import { DEAL_ARTICLES } from "../fixtures/deal-stories.js";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack-api.js";
import { sent } from "../slack/harness.js";

// A channel follows two of three deals; overnight only one of them has news. The digest goes through the
// real core commands, the digest runner and the Slack poster into the fake Slack Web API.
let fake: FakeSlack | undefined;
let store: DigestStore | undefined;
afterEach(async () => {
  await fake?.close();
  await store?.close();
  fake = undefined;
  store = undefined;
});

const envelope: Envelope = { platform: "slack", userId: "U1", channelKey: "slack:T1:C1" };
const posted = (f: FakeSlack) => f.callsTo("chat.postMessage").map((c) => JSON.stringify(sent(c)));

describe("a digest of two followed stories, one with news, posted to Slack", () => {
  it("reports the story with news, says nothing of the quiet one, and never mentions the unfollowed", async () => {
    fake = await startFakeSlack();
    store = openStore(":memory:");
    const clock = fakeClock("2025-11-03T07:00:00Z");
    const engine = createEngine(DEAL_ARTICLES, { publicBaseUrl: "http://localhost:3000" });
    const [brew, robot, power] = ["brew-1", "robot-1", "power-1"].map((id) => engine.storyOf(id)!);
    const digest = createDigestService({
      store,
      engine,
      now: clock.now,
      publicBaseUrl: "http://localhost:3000",
      defaults: { time: "09:00", timezone: "UTC" },
    });
    const core = createCore({ engine, digest, follows: store, now: clock.now });
    for (const story of [brew!, robot!]) {
      expect(await core.handleText(`follow ${story.id}`, envelope)).toMatchObject({ tone: "success" });
    }
    await core.handleText("digest on 09:00 UTC", envelope);
    const client = new webApi.WebClient("xoxb-test", {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
    });
    const tick = () =>
      runDueDigests({
        store: store!,
        engine,
        posters: [createSlackPoster(client)],
        now: clock.now,
        logger: silentLogger,
        publicBaseUrl: "http://localhost:3000",
      });

    // The first digest: the whole card is news to the channel.
    clock.set("2025-11-03T09:00:30Z");
    expect((await tick()).map((o) => o.outcome)).toEqual(["sent"]);

    // Overnight, one more article about the acquisition; nothing about the round.
    const addedRound = () =>
      engine.upsert(
        article(
          "robot-2",
          "Quanta Robotics said its $300 million Series D round led by Pinecrest Capital closed on Monday.",
          { added: "2025-11-04T20:00:00.000Z" },
        ),
      );
    engine.upsert(
      article(
        "brew-3",
        "Northwind Brewing's purchase of Harbor Distillers won approval from European regulators on Monday.",
        { added: "2025-11-03T20:00:00.000Z" },
      ),
    );
    clock.set("2025-11-04T09:00:30Z");
    const before = posted(fake).length;
    expect((await tick()).map((o) => o.outcome)).toEqual(["sent"]);
    const [post, ...more] = posted(fake).slice(before);

    expect(more).toEqual([]);
    expect(post).toContain(engine.storyOf("brew-1")!.title);
    expect(post).toContain("European regulators");
    expect(post).not.toContain(engine.storyOf("robot-1")!.title);
    expect(post).not.toContain(power!.title);

    // The next night both followed stories have news: one post reports each.
    engine.upsert(
      article("brew-4", "Harbor Distillers shareholders approved the sale to Northwind Brewing on Tuesday.", {
        added: "2025-11-04T21:00:00.000Z",
      }),
    );
    addedRound();
    clock.set("2025-11-05T09:00:30Z");
    const since = posted(fake).length;
    expect((await tick()).map((o) => o.outcome)).toEqual(["sent"]);
    const [both] = posted(fake).slice(since);
    expect(both).toContain(engine.storyOf("brew-1")!.title);
    expect(both).toContain("approved the sale");
    expect(both).toContain(engine.storyOf("robot-1")!.title);
    expect(both).toContain("Series D round");
    expect(both).not.toContain(power!.title);
  });
});

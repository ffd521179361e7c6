import { afterEach, describe, expect, it } from "vitest";
import type { Envelope } from "../../src/commands/command.js";
import { createCore } from "../../src/core.js";
import { createDigestService } from "../../src/digest/digest-service.js";
import { runDueDigests } from "../../src/digest/run-due-digests.js";
import type { DigestStore } from "../../src/store/digest-store.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { fakeClock, makeArticle, openStore, recordingPoster, silentLogger } from "./support.js";

const stores: DigestStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

const envelope: Envelope = { platform: "slack", userId: "U1", channelKey: "slack:T1:C1" };

function setup(start = "2025-11-03T07:00:00Z") {
  const store = openStore(":memory:");
  stores.push(store);
  const clock = fakeClock(start);
  const engine = createFakeEngine([
    makeArticle("fresh", "2025-11-03T06:00:00.000Z", [
      "OpenAI will spend $38 billion on Amazon Web Services.",
    ]),
  ]);
  const digest = createDigestService({
    store,
    engine,
    now: clock.now,
    publicBaseUrl: "http://localhost:3000",
    defaults: { time: "09:00", timezone: "UTC" },
  });
  const core = createCore({ engine, digest, now: clock.now });
  const poster = recordingPoster("slack", clock.now);
  const tick = () =>
    runDueDigests({
      store,
      engine,
      posters: [poster],
      now: clock.now,
      logger: silentLogger,
      publicBaseUrl: "http://localhost:3000",
    });
  return { store, clock, core, poster, tick };
}

describe("digest commands through the core", () => {
  it("subscribes the channel at the given time and timezone", async () => {
    const { core, store } = setup();
    const reply = await core.handleText("digest on 08:30 Europe/Berlin", envelope);
    expect(reply).toEqual({
      type: "notice",
      tone: "success",
      text:
        "Daily digest on for this channel: every day at 08:30 (Europe/Berlin); nothing on days without news. " +
        "Next: today at 08:30.",
    });
    expect(await store.getSubscription("slack:T1:C1")).toMatchObject({
      platform: "slack",
      time: "08:30",
      timezone: "Europe/Berlin",
      verbose: false,
      createdBy: "U1",
    });
  });

  it("takes a timezone without a time, keeping the default time", async () => {
    const { core, store } = setup();
    await core.handleText("/deal digest on europe/berlin", envelope);
    expect(await store.getSubscription("slack:T1:C1")).toMatchObject({
      time: "09:00",
      timezone: "Europe/Berlin",
    });
  });

  it("defaults to the envelope's timezone, else the configured one", async () => {
    const { core, store } = setup();
    await core.handleText("digest on", { ...envelope, timezone: "America/New_York" });
    expect(await store.getSubscription("slack:T1:C1")).toMatchObject({ timezone: "America/New_York" });
    await core.handleText("digest on", { ...envelope, channelKey: "slack:T1:C2" });
    expect(await store.getSubscription("slack:T1:C2")).toMatchObject({ time: "09:00", timezone: "UTC" });
  });

  it("changes only what is said when the channel subscribes again", async () => {
    const { core, store } = setup();
    await core.handleText("digest on 07:15 Asia/Tokyo", envelope);
    const reply = await core.handleText("digest on verbose", envelope);
    expect(reply).toMatchObject({ tone: "success", text: expect.stringContaining("Daily digest updated") });
    expect(await store.getSubscription("slack:T1:C1")).toMatchObject({
      time: "07:15",
      timezone: "Asia/Tokyo",
      verbose: true,
    });
  });

  it("takes Discord-style structured options", async () => {
    const { core, store } = setup();
    await core.runCommand(
      "digest",
      { action: "on", time: "6:05", timezone: "UTC", mode: "verbose" },
      envelope,
    );
    expect(await store.getSubscription("slack:T1:C1")).toMatchObject({ time: "06:05", verbose: true });
  });

  it("refuses a bad time or timezone without subscribing", async () => {
    const { core, store } = setup();
    expect(await core.handleText("digest on 25:00", envelope)).toMatchObject({
      tone: "warning",
      text: expect.stringContaining("`25:00` is not a time"),
    });
    expect(await core.handleText("digest on 08:00 Mars/Olympus", envelope)).toMatchObject({
      tone: "warning",
    });
    expect(await store.getSubscription("slack:T1:C1")).toBeUndefined();
  });

  it("reports status before and after subscribing and after a post", async () => {
    const { core, clock, tick } = setup();
    expect(await core.handleText("digest status", envelope)).toMatchObject({
      tone: "info",
      text: expect.stringContaining("This channel has no daily digest"),
    });
    await core.handleText("digest on 08:30 UTC", envelope);
    expect(await core.handleText("digest status", envelope)).toMatchObject({
      text: "Daily digest every day at 08:30 (UTC); nothing on days without news. Last: none yet. Next: today at 08:30.",
    });
    clock.set("2025-11-03T08:30:00Z");
    await tick();
    expect(await core.handleText("digest status", envelope)).toMatchObject({
      text: expect.stringContaining("Last: 2025-11-03 (posted). Next: tomorrow at 08:30."),
    });
  });

  it("says when today's post failed and will be retried", async () => {
    const { core, clock, poster, tick } = setup();
    await core.handleText("digest on 08:30 UTC", envelope);
    clock.set("2025-11-03T08:30:00Z");
    poster.fail(1);
    await tick();
    expect(await core.handleText("digest status", envelope)).toMatchObject({
      text: expect.stringContaining("Today's post failed (platform said: channel_not_found); retrying."),
    });
  });

  it("turns the digest off, and says so when it was not on", async () => {
    const { core, store } = setup();
    await core.handleText("digest on", envelope);
    expect(await core.handleText("digest off", envelope)).toMatchObject({ tone: "success" });
    expect(await store.getSubscription("slack:T1:C1")).toBeUndefined();
    expect(await core.handleText("digest off", envelope)).toMatchObject({ tone: "info" });
  });

  it("previews the digest without counting it as sent", async () => {
    const { core, clock, poster, store, tick } = setup();
    await core.handleText("digest on 08:30 UTC", envelope);
    clock.set("2025-11-03T08:30:00Z");
    const preview = await core.handleText("digest preview", envelope);
    expect(preview).toMatchObject({ type: "digest", digest: { date: "2025-11-03", timezone: "UTC" } });
    if (preview.type !== "digest") throw new Error("not a digest");
    expect(preview.digest.newArticles.map((a) => a.source.articleId)).toEqual(["fresh"]);
    expect(await store.entry("slack:T1:C1", "2025-11-03")).toBeUndefined();
    await tick();
    expect(poster.posts).toHaveLength(1);
    expect(poster.posts[0]!.reply).toEqual(preview);
  });

  it("previews in an unsubscribed channel too, in the envelope's timezone", async () => {
    const { core } = setup("2025-11-03T23:30:00Z");
    const preview = await core.handleText("digest preview", { ...envelope, timezone: "Europe/Berlin" });
    expect(preview).toMatchObject({
      type: "digest",
      digest: { date: "2025-11-04", timezone: "Europe/Berlin" },
    });
  });
});

describe("digest on: timezones and times as people type them", () => {
  it("refuses an abbreviation with the IANA names it may mean, and subscribes nothing", async () => {
    const { core, store } = setup();
    for (const [typed, expected] of [
      ["BST", "Europe/London"],
      ["EST", "America/New_York"],
      ["IST", "Asia/Kolkata"],
      ["CEST", "Europe/Berlin"],
    ] as const) {
      const reply = await core.handleText(`digest on 08:00 ${typed}`, envelope);
      expect(reply).toMatchObject({ type: "notice", tone: "warning" });
      const text = reply.type === "notice" ? reply.text : "";
      expect(text).toContain(typed);
      expect(text).toContain(expected);
      expect(text).not.toContain("Asia/Dhaka");
    }
    expect(await store.getSubscription(envelope.channelKey)).toBeUndefined();
  });

  it("refuses an abbreviation it has no list for, rather than reading it as some zone", async () => {
    const { core, store } = setup();
    const reply = await core.handleText("digest on 08:00 HKT", envelope);
    expect(reply).toMatchObject({ type: "notice", tone: "warning" });
    expect(reply.type === "notice" && reply.text).toMatch(/IANA/);
    expect(await store.getSubscription(envelope.channelKey)).toBeUndefined();
  });

  it.each([
    ["8am Europe/London", "08:00"],
    ["8:00 pm Europe/London", "20:00"],
    ["12am UTC", "00:00"],
    ["12:30 PM UTC", "12:30"],
    ["8 a.m. UTC", "08:00"],
  ])("reads `digest on %s` as %s", async (args, time) => {
    const { core, store } = setup();
    await core.handleText(`digest on ${args}`, envelope);
    expect((await store.getSubscription(envelope.channelKey))?.time).toBe(time);
  });
});

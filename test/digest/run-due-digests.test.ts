import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answer/engine.js";
import { localTime } from "../../src/digest/local-clock.js";
import { NO_NEW_COVERAGE, retryDelayMs, runDueDigests } from "../../src/digest/run-due-digests.js";
import type { DigestStore, Subscription } from "../../src/store/digest-store.js";
import type { AnswerResult } from "../../src/types.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";
import { fakeClock, makeArticle, openStore, recordingPoster, silentLogger, tempDir } from "./support.js";

const MINUTE = 60_000;
const execFileAsync = promisify(execFile);
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function memoryStore(): DigestStore {
  const store = openStore(":memory:");
  cleanups.push(() => store.close());
  return store;
}

function tempFile(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return join(t.dir, "deal-bot.sqlite");
}

function subscription(channelKey: string, time: string, timezone: string, extra: Partial<Subscription> = {}) {
  return {
    channelKey,
    platform: channelKey.split(":")[0] as Subscription["platform"],
    time,
    timezone,
    verbose: false,
    createdBy: "U1",
    createdAt: new Date("2025-01-01T00:00:00Z"),
    updatedAt: new Date("2025-01-01T00:00:00Z"),
    ...extra,
  } satisfies Subscription;
}

function setup(store: DigestStore, start: string, engine: Engine = createFakeEngine()) {
  const clock = fakeClock(start);
  const poster = recordingPoster("shell", clock.now);
  const tick = (s: DigestStore = store) =>
    runDueDigests({
      store: s,
      engine,
      posters: [poster],
      now: clock.now,
      logger: silentLogger,
      publicBaseUrl: "http://localhost:3000",
    });
  /** Ticks every `step` from now until `until`, as the every-minute job would (coarser, to stay fast). */
  const runUntil = async (until: string, step = 5 * MINUTE) => {
    const end = new Date(until).getTime();
    while (clock.now().getTime() < end) {
      await tick();
      clock.advance(step);
    }
  };
  return { clock, poster, tick, runUntil, engine };
}

/** Local dates a channel got posts on, with how many each. */
function postsPerDay(posts: { channelKey: string; at: Date }[], channelKey: string, timezone: string) {
  const counts: Record<string, number> = {};
  for (const p of posts.filter((p) => p.channelKey === channelKey)) {
    const date = localTime(p.at, timezone).date;
    counts[date] = (counts[date] ?? 0) + 1;
  }
  return counts;
}

describe("runDueDigests", () => {
  it("posts once a day at the local time, day after day", async () => {
    const store = memoryStore();
    await store.saveSubscription(subscription("shell:berlin", "08:30", "Europe/Berlin", { verbose: true }));
    const { poster, runUntil } = setup(store, "2025-11-03T00:00:00Z");
    await runUntil("2025-11-08T00:00:00Z");
    expect(postsPerDay(poster.posts, "shell:berlin", "Europe/Berlin")).toEqual({
      "2025-11-03": 1,
      "2025-11-04": 1,
      "2025-11-05": 1,
      "2025-11-06": 1,
      "2025-11-07": 1,
    });
    for (const post of poster.posts) {
      expect(localTime(post.at, "Europe/Berlin").minutes).toBe(8 * 60 + 30);
    }
  });

  it.each([
    ["Europe/Berlin", "spring", "2025-03-27T00:00:00Z", "2025-04-02T00:00:00Z", "2025-03-30"],
    ["Europe/Berlin", "autumn", "2025-10-23T00:00:00Z", "2025-10-29T00:00:00Z", "2025-10-26"],
    ["America/New_York", "spring", "2025-03-06T05:00:00Z", "2025-03-12T05:00:00Z", "2025-03-09"],
    ["America/New_York", "autumn", "2025-10-30T05:00:00Z", "2025-11-05T05:00:00Z", "2025-11-02"],
  ])("neither skips nor repeats a day across %s's %s DST change", async (timezone, _season, from, to, dstDay) => {
    const store = memoryStore();
    // 02:30 is missing on spring-forward days and happens twice on fall-back days; 09:00 is ordinary.
    const hour = timezone === "America/New_York" ? "01:30" : "02:30";
    await store.saveSubscription(subscription("shell:night", hour, timezone, { verbose: true }));
    await store.saveSubscription(subscription("shell:morning", "09:00", timezone, { verbose: true }));
    const { poster, runUntil } = setup(store, from);
    await runUntil(to);
    const days = (start: string) =>
      Array.from({ length: 6 }, (_, i) => {
        const d = new Date(`${start}T12:00:00Z`);
        d.setUTCDate(d.getUTCDate() + i);
        return d.toISOString().slice(0, 10);
      });
    const firstDay = localTime(new Date(from), timezone).date;
    const expected = Object.fromEntries(days(firstDay).map((d) => [d, 1]));
    expect(postsPerDay(poster.posts, "shell:night", timezone)).toEqual(expected);
    expect(postsPerDay(poster.posts, "shell:morning", timezone)).toEqual(expected);
    expect(Object.keys(expected)).toContain(dstDay);
  });

  it("posts at the first minute after a spring-forward gap that swallows the chosen time", async () => {
    const store = memoryStore();
    await store.saveSubscription(subscription("shell:night", "02:30", "Europe/Berlin", { verbose: true }));
    const { poster, runUntil } = setup(store, "2025-03-30T00:00:00Z");
    await runUntil("2025-03-30T03:00:00Z", MINUTE);
    expect(poster.posts).toHaveLength(1);
    // 01:00 UTC is 03:00 CEST, the first wall-clock minute after 02:30 would have been.
    expect(poster.posts[0]!.at.toISOString()).toBe("2025-03-30T01:00:00.000Z");
  });

  it("posts once when it returns later that day, and never a backlog of missed days", async () => {
    const store = memoryStore();
    await store.saveSubscription(subscription("shell:berlin", "08:30", "Europe/Berlin", { verbose: true }));
    const { clock, poster, tick, runUntil } = setup(store, "2025-11-03T06:00:00Z");
    await runUntil("2025-11-03T08:00:00Z");
    expect(poster.posts).toHaveLength(1);
    // Down for three days; back in the afternoon of the fourth.
    clock.set("2025-11-07T14:00:00Z");
    await tick();
    await tick();
    expect(poster.posts).toHaveLength(2);
    expect(localTime(poster.posts[1]!.at, "Europe/Berlin").date).toBe("2025-11-07");
    await runUntil("2025-11-07T23:00:00Z");
    expect(poster.posts).toHaveLength(2);
  });

  it("posts nothing on empty days by default, and a one-line notice where the channel asked", async () => {
    const store = memoryStore();
    await store.saveSubscription(subscription("shell:quiet", "08:30", "UTC"));
    await store.saveSubscription(subscription("shell:verbose", "08:30", "UTC", { verbose: true }));
    const { poster, runUntil } = setup(store, "2025-11-03T08:00:00Z");
    await runUntil("2025-11-05T12:00:00Z");
    // The first digest introduces the fact card; the days after bring nothing new.
    expect(poster.posts.filter((p) => p.channelKey === "shell:quiet").map((p) => p.reply.type)).toEqual([
      "digest",
    ]);
    const notices = poster.posts.filter((p) => p.channelKey === "shell:verbose");
    expect(notices.map((p) => p.reply.type)).toEqual(["digest", "notice", "notice"]);
    expect(notices[1]!.reply).toEqual({ type: "notice", tone: "info", text: NO_NEW_COVERAGE });
    expect(await store.entry("shell:quiet", "2025-11-04")).toMatchObject({ status: "skipped" });
  });

  it("carries an article added during the day in the next day's digest only", async () => {
    const store = memoryStore();
    await store.saveSubscription(subscription("shell:berlin", "08:30", "Europe/Berlin"));
    const engine = createFakeEngine([
      makeArticle("seed", undefined, ["An original seed article, no added time."]),
    ]);
    const { clock, poster, runUntil } = setup(store, "2025-11-03T07:00:00Z", engine);
    await runUntil("2025-11-03T11:00:00Z");
    const before = poster.posts.length;
    engine.upsert(
      makeArticle("fresh", clock.now().toISOString(), [
        "OpenAI will spend $38 billion on Amazon Web Services over seven years.",
        "The Amazon Web Services deal gives OpenAI Nvidia GPUs.",
      ]),
    );
    await runUntil("2025-11-05T12:00:00Z");
    const digests = poster.posts.slice(before).flatMap((p) => (p.reply.type === "digest" ? [p] : []));
    expect(digests).toHaveLength(1);
    const reply = digests[0]!.reply;
    if (reply.type !== "digest") throw new Error("not a digest");
    expect(reply.digest.date).toBe("2025-11-04");
    expect(reply.digest.newArticles.map((a) => a.source.articleId)).toEqual(["fresh"]);
    expect(reply.digest.newArticles[0]!.gist?.text).toContain("$38 billion");
  });

  it("lists a fact whose agreement changed since the channel's last digest", async () => {
    const store = memoryStore();
    await store.saveSubscription(subscription("shell:utc", "08:30", "UTC"));
    const fake = createFakeEngine();
    let valueSources = 3;
    const engine: Engine = {
      ...fake,
      answer(question, options): AnswerResult {
        const result = fake.answer(question, options);
        return /worth/.test(question) ? { ...result, agreement: { sources: valueSources, of: 5 } } : result;
      },
    };
    const { poster, runUntil } = setup(store, "2025-11-03T08:00:00Z", engine);
    await runUntil("2025-11-03T12:00:00Z");
    valueSources = 4;
    await runUntil("2025-11-04T12:00:00Z");
    const last = poster.posts.at(-1)!.reply;
    if (last.type !== "digest") throw new Error("not a digest");
    expect(last.digest.changedFacts.map((f) => [f.label, f.change])).toEqual([
      ["Value", "4 of 5 sources agree (was 3 of 5)"],
    ]);
  });

  it("retries a failed post with backoff and never posts twice once sent", async () => {
    const store = memoryStore();
    await store.saveSubscription(subscription("shell:utc", "08:30", "UTC", { verbose: true }));
    const { clock, poster, tick, runUntil } = setup(store, "2025-11-03T08:30:00Z");
    poster.fail(2);
    expect(await tick()).toMatchObject([{ outcome: "failed", error: "platform said: channel_not_found" }]);
    clock.advance(retryDelayMs(1) - 1000);
    expect(await tick()).toEqual([]);
    clock.advance(1000);
    expect(await tick()).toMatchObject([{ outcome: "failed" }]);
    clock.advance(retryDelayMs(2));
    expect(await tick()).toMatchObject([{ outcome: "sent", messageId: "m1" }]);
    await runUntil("2025-11-03T23:59:00Z", MINUTE);
    expect(poster.posts).toHaveLength(1);
    expect(await store.entry("shell:utc", "2025-11-03")).toMatchObject({
      status: "sent",
      attempts: 3,
      messageId: "m1",
    });
  });

  it("retries a day claimed before a crash once its lease runs out, with a new store on the same file", async () => {
    const file = tempFile();
    const crashed = openStore(file);
    await crashed.saveSubscription(subscription("shell:utc", "08:30", "UTC", { verbose: true }));
    await crashed.claim({
      channelKey: "shell:utc",
      localDate: "2025-11-03",
      now: new Date("2025-11-03T08:30:00Z"),
      leaseMs: 5 * MINUTE,
    });
    // The process dies here: claimed, never posted.
    await crashed.close();

    const restarted = openStore(file);
    cleanups.push(() => restarted.close());
    const { poster, tick, clock } = setup(restarted, "2025-11-03T08:32:00Z");
    expect(await tick()).toEqual([]);
    clock.set("2025-11-03T08:35:00Z");
    expect(await tick()).toMatchObject([{ outcome: "sent" }]);
    clock.set("2025-11-03T09:35:00Z");
    expect(await tick()).toEqual([]);
    expect(poster.posts).toHaveLength(1);
  });

  it("posts once when two schedulers on one database file tick at the same moment", async () => {
    const file = tempFile();
    const a = openStore(file);
    const b = openStore(file);
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );
    await a.saveSubscription(subscription("shell:utc", "08:30", "UTC", { verbose: true }));
    const { poster, tick } = setup(a, "2025-11-03T08:30:00Z");
    const held = poster.hold();
    const first = tick(a);
    await held.started;
    // Scheduler A is mid-post; B finds the day claimed.
    expect(await tick(b)).toEqual([]);
    held.release();
    expect(await first).toMatchObject([{ outcome: "sent" }]);
    expect(await tick(b)).toEqual([]);
    expect(poster.posts).toHaveLength(1);
  });

  it("leaves a channel unclaimed while no poster serves its platform", async () => {
    const store = memoryStore();
    await store.saveSubscription(subscription("slack:T1:C1", "08:30", "UTC", { verbose: true }));
    const { tick } = setup(store, "2025-11-03T09:00:00Z");
    expect(await tick()).toEqual([]);
    expect(await store.entry("slack:T1:C1", "2025-11-03")).toBeUndefined();
  });
});

describe("runDueDigests in several processes", () => {
  it("posts once when four processes tick the same database file at once", async () => {
    const file = tempFile();
    const log = `${file}.posts.log`;
    const store = openStore(file);
    await store.saveSubscription(subscription("shell:utc", "08:30", "UTC", { verbose: true }));
    await store.close();
    const script = fileURLToPath(new URL("./tick-process.ts", import.meta.url));
    const runs = Array.from({ length: 4 }, () =>
      execFileAsync(process.execPath, ["--import", "tsx", script, file, log, "2025-11-03T08:31:00Z"]),
    );
    const outputs = await Promise.all(runs);
    const sent = outputs.flatMap((o) => JSON.parse(o.stdout) as { outcome: string }[]);
    expect(sent.filter((o) => o.outcome === "sent")).toHaveLength(1);
    expect(readFileSync(log, "utf8").trim().split("\n")).toHaveLength(1);
  });
});

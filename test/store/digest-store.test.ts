import { afterEach, describe, expect, it } from "vitest";
import type { Subscription } from "../../src/store/digest-store.js";
import { type OpenedBackend, storeBackends } from "./backends.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const sub: Subscription = {
  channelKey: "slack:T1:C1",
  platform: "slack",
  time: "08:30",
  timezone: "Europe/Berlin",
  verbose: true,
  createdBy: "U1",
  createdAt: new Date("2025-11-01T10:00:00Z"),
  updatedAt: new Date("2025-11-01T10:00:00Z"),
};
const day = { channelKey: sub.channelKey, localDate: "2025-11-03" };
const LEASE = 5 * 60_000;
const t0 = new Date("2025-11-03T07:30:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe.each(storeBackends)("digest store on $name", (backend) => {
  async function fileStore() {
    const opened: OpenedBackend = await backend.open();
    cleanups.push(opened.cleanup);
    return { opened, store: opened.stores.digest };
  }

  it("saves, replaces, lists and deletes subscriptions", async () => {
    const { store } = await fileStore();
    await store.saveSubscription(sub);
    await store.saveSubscription({ ...sub, time: "07:00", verbose: false });
    expect(await store.getSubscription(sub.channelKey)).toEqual({ ...sub, time: "07:00", verbose: false });
    expect(await store.listSubscriptions()).toHaveLength(1);
    expect(await store.deleteSubscription(sub.channelKey)).toBe(true);
    expect(await store.deleteSubscription(sub.channelKey)).toBe(false);
    expect(await store.getSubscription(sub.channelKey)).toBeUndefined();
  });

  it("pauses a subscription with its reason across a reopen, and saving it again resumes it", async () => {
    const { opened, store } = await fileStore();
    await store.saveSubscription(sub);
    const pause = { reason: "Slack refused the post: not_in_channel", at: t0 };
    expect(await store.pauseSubscription(sub.channelKey, pause)).toBe(true);
    expect(await store.pauseSubscription("slack:T1:C404", pause)).toBe(false);
    await opened.stores.close();
    const again = (await opened.reopen()).digest;
    expect(await again.getSubscription(sub.channelKey)).toEqual({ ...sub, paused: pause });
    expect(await again.listSubscriptions()).toEqual([{ ...sub, paused: pause }]);
    await again.saveSubscription(sub);
    expect(await again.getSubscription(sub.channelKey)).toEqual(sub);
  });

  it("keeps several followed stories per channel, newest first, each removable", async () => {
    const { store } = await fileStore();
    const follow = {
      channelKey: sub.channelKey,
      storyId: "contoso-fabrikam",
      followedBy: "U1",
      followedAt: t0,
    };
    expect(await store.listFollows(sub.channelKey)).toEqual([]);
    await store.saveFollow(follow);
    const later = new Date(t0.getTime() + 60_000);
    await store.saveFollow({ ...follow, storyId: "northwind-tailspin", followedBy: "U2", followedAt: later });
    // Following again updates who and when, never a second row.
    await store.saveFollow({ ...follow, followedBy: "U3" });
    expect(await store.listFollows(sub.channelKey)).toEqual([
      { ...follow, storyId: "northwind-tailspin", followedBy: "U2", followedAt: later },
      { ...follow, followedBy: "U3" },
    ]);
    expect(await store.listFollows("slack:T1:C2")).toEqual([]);
    expect(await store.deleteFollow(sub.channelKey, "contoso-fabrikam")).toBe(true);
    expect(await store.deleteFollow(sub.channelKey, "contoso-fabrikam")).toBe(false);
    expect((await store.listFollows(sub.channelKey)).map((f) => f.storyId)).toEqual(["northwind-tailspin"]);
  });

  it("claims a day once while the claim is fresh", async () => {
    const { store } = await fileStore();
    const first = await store.claim({ ...day, now: t0, leaseMs: LEASE });
    expect(first).toMatchObject({ ...day, attempt: 1 });
    expect(await store.claim({ ...day, now: later(60_000), leaseMs: LEASE })).toBeUndefined();
    expect(await store.entry(day.channelKey, day.localDate)).toMatchObject({
      status: "claimed",
      attempts: 1,
    });
  });

  it("gives a day to exactly one of several handles claiming at once", async () => {
    const { opened } = await fileStore();
    const others = await Promise.all([opened.reopen(), opened.reopen()]);
    const handles = [opened.stores.digest, ...others.map((o) => o.digest)];
    const claims = await Promise.all(
      handles.flatMap((h) => [1, 2, 3].map(() => h.claim({ ...day, now: t0, leaseMs: LEASE }))),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await handles[2]!.entry(day.channelKey, day.localDate)).toMatchObject({ attempts: 1 });
  });

  it("hands an abandoned claim to the next caller once the lease runs out", async () => {
    const { store } = await fileStore();
    const first = await store.claim({ ...day, now: t0, leaseMs: LEASE });
    const second = await store.claim({ ...day, now: later(LEASE), leaseMs: LEASE });
    expect(second).toMatchObject({ attempt: 2 });
    expect(second?.token).not.toBe(first?.token);
    // The first claimer lost its claim, so it may not record a failure over the second's work.
    expect(
      await store.markFailed(first!, { at: later(LEASE), error: "late", retryAt: later(LEASE * 2) }),
    ).toBe(false);
  });

  it("never claims a day again once it is sent, and keeps the first record", async () => {
    const { store } = await fileStore();
    const claim = (await store.claim({ ...day, now: t0, leaseMs: LEASE }))!;
    const record = { at: t0, posted: true, messageId: "1700.01", contentAsOf: t0, snapshot: { Value: 1 } };
    expect(await store.markDelivered(claim, record)).toBe(true);
    expect(await store.markDelivered(claim, { ...record, messageId: "again" })).toBe(false);
    expect(await store.claim({ ...day, now: later(LEASE * 100), leaseMs: LEASE })).toBeUndefined();
    expect(await store.entry(day.channelKey, day.localDate)).toMatchObject({
      status: "sent",
      messageId: "1700.01",
      snapshot: { Value: 1 },
    });
  });

  it("lets a failed day be claimed again only when its retry time comes", async () => {
    const { store } = await fileStore();
    const claim = (await store.claim({ ...day, now: t0, leaseMs: LEASE }))!;
    expect(await store.markFailed(claim, { at: t0, error: "boom", retryAt: later(60_000) })).toBe(true);
    expect(await store.claim({ ...day, now: later(59_000), leaseMs: LEASE })).toBeUndefined();
    expect(await store.claim({ ...day, now: later(60_000), leaseMs: LEASE })).toMatchObject({ attempt: 2 });
  });

  it("reports the latest delivered day, quiet days included", async () => {
    const { store } = await fileStore();
    for (const [localDate, posted] of [
      ["2025-11-03", true],
      ["2025-11-04", false],
    ] as const) {
      const at = new Date(`${localDate}T08:00:00Z`);
      const c = (await store.claim({ channelKey: sub.channelKey, localDate, now: at, leaseMs: LEASE }))!;
      await store.markDelivered(c, { at, posted, contentAsOf: at, snapshot: {} });
    }
    const pending = new Date("2025-11-05T08:00:00Z");
    await store.claim({ channelKey: sub.channelKey, localDate: "2025-11-05", now: pending, leaseMs: LEASE });
    expect(await store.lastDelivered(sub.channelKey)).toMatchObject({
      localDate: "2025-11-04",
      status: "skipped",
      contentAsOf: new Date("2025-11-04T08:00:00Z"),
    });
  });

  it("keeps subscriptions and claims across a reopen", async () => {
    const { opened, store } = await fileStore();
    await store.saveSubscription(sub);
    await store.claim({ ...day, now: t0, leaseMs: LEASE });
    await opened.stores.close();
    const again = (await opened.reopen()).digest;
    expect(await again.getSubscription(sub.channelKey)).toEqual(sub);
    expect(await again.claim({ ...day, now: later(1000), leaseMs: LEASE })).toBeUndefined();
  });
});

describe.each(storeBackends)("handled feed items on $name", (backend) => {
  it("remembers a link across a reopen and keeps the first record", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const first = opened.stores.digest;
    expect(await first.isFeedItemHandled("https://x.example/a")).toBe(false);
    await first.markFeedItemHandled({ link: "https://x.example/a", feed: "f1", at: new Date(1) });
    await first.markFeedItemHandled({ link: "https://x.example/a", feed: "f2", at: new Date(2) });
    const again = (await opened.reopen()).digest;
    expect(await again.isFeedItemHandled("https://x.example/a")).toBe(true);
    expect(await again.isFeedItemHandled("https://x.example/b")).toBe(false);
  });
});

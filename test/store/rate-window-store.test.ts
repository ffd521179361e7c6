import { afterEach, describe, expect, it } from "vitest";
import { storeBackends } from "./backends.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const w0 = new Date("2025-11-03T07:30:00Z");
const w1 = new Date("2025-11-03T07:31:00Z");
const expiry = new Date("2025-11-03T07:33:00Z");

describe.each(storeBackends)("rate-limit windows on $name", (backend) => {
  async function open() {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    return opened;
  }

  it("allows `limit` hits a window for a key, then refuses; another key and the next window start afresh", async () => {
    const { stores } = await open();
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await stores.rateWindows.hit("slack:T1:U1", w0, 3, expiry));
    expect(hits).toEqual([true, true, true, false]);
    expect(await stores.rateWindows.hit("slack:T1:U2", w0, 3, expiry)).toBe(true);
    expect(await stores.rateWindows.hit("slack:T1:U1", w1, 3, expiry)).toBe(true);
  });

  it("counts hits from several handles (replicas) at once against one budget", async () => {
    const opened = await open();
    const handles = [opened.stores, await opened.reopen(), await opened.reopen()];
    const results = await Promise.all(
      handles.flatMap((h) => [1, 2, 3, 4].map(() => h.rateWindows.hit("discord:42", w0, 5, expiry))),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
  });
});

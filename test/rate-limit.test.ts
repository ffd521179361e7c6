import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { createRateLimiter, createSharedRateLimiter, rateLimitedText } from "../src/rate-limit.js";
import type { Stores } from "../src/store/open-store.js";
import type { RateWindowStore } from "../src/store/rate-window-store.js";
import { silentLogger } from "./digest/support.js";
import { storeBackends } from "./store/backends.js";

/** A limiter of `limit` per minute on a clock the test moves. */
function limiter(limit: number) {
  // Starts on a whole minute, so a fixed-window limiter would reset 60 s in.
  let t = 600_000;
  const rl = createRateLimiter(limit, 60_000, () => t);
  return {
    rl,
    advance(ms: number) {
      t += ms;
    },
  };
}

describe("createRateLimiter", () => {
  it("lets a key ask up to the limit, then refuses", () => {
    const { rl } = limiter(3);
    expect([rl.take("u1"), rl.take("u1"), rl.take("u1"), rl.take("u1")]).toEqual([true, true, true, false]);
  });

  it("counts each key on its own", () => {
    const { rl } = limiter(1);
    expect(rl.take("slack:U1")).toBe(true);
    expect(rl.take("slack:U1")).toBe(false);
    expect(rl.take("discord:U1")).toBe(true);
  });

  it("frees a slot when the oldest attempt leaves the window", () => {
    const { rl, advance } = limiter(2);
    rl.take("u");
    advance(30_000);
    rl.take("u");
    expect(rl.take("u")).toBe(false);
    // The first attempt is now exactly a minute old: out of the window.
    advance(30_000);
    expect(rl.take("u")).toBe(true);
    // The second is 30 s old and the third just happened: full again.
    expect(rl.take("u")).toBe(false);
  });

  it("slides the window instead of resetting it each minute", () => {
    const { rl, advance } = limiter(2);
    advance(59_000);
    rl.take("u");
    rl.take("u");
    // A fixed window starting on the minute would reset here; a sliding one does not.
    advance(2_000);
    expect(rl.take("u")).toBe(false);
    advance(57_000);
    expect(rl.take("u")).toBe(false);
    // A minute after the two attempts.
    advance(1_000);
    expect(rl.take("u")).toBe(true);
  });

  it("does not count refused attempts, so hammering does not extend the wait", () => {
    const { rl, advance } = limiter(1);
    rl.take("u");
    for (let i = 0; i < 50; i++) {
      advance(1_000);
      rl.take("u");
    }
    advance(10_000);
    expect(rl.take("u")).toBe(true);
  });

  it("says how many seconds remain until the oldest attempt leaves the window", () => {
    const { rl, advance } = limiter(2);
    expect(rl.retryAfterSeconds("u")).toBe(0);
    rl.take("u");
    advance(10_000);
    rl.take("u");
    expect(rl.retryAfterSeconds("u")).toBe(50);
    advance(49_500);
    // Rounded up: telling someone 0 s while still refusing would invite another refused try.
    expect(rl.retryAfterSeconds("u")).toBe(1);
    advance(500);
    expect(rl.retryAfterSeconds("u")).toBe(0);
    expect(rl.take("u")).toBe(true);
  });

  it("says 0 for a key under its limit", () => {
    const { rl } = limiter(3);
    rl.take("u");
    expect(rl.retryAfterSeconds("u")).toBe(0);
    expect(rl.retryAfterSeconds("someone-else")).toBe(0);
  });
});

describe("memory", () => {
  it("forgets users whose attempts have left the window", () => {
    const { rl, advance } = limiter(3);
    for (let i = 0; i < 100; i++) rl.take(`user-${i}`);
    expect(rl.size).toBe(100);
    advance(61_000);
    rl.take("late");
    expect(rl.size).toBe(1);
  });
});

describe("rateLimitedText", () => {
  it("tells the asker when to try again", () => {
    expect(rateLimitedText(42)).toContain("try again in 42 s");
  });
});

describe.each(storeBackends)("createSharedRateLimiter on $name", (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  /** Two replicas' limiters on one store, on a clock the test moves. */
  async function twoReplicas(limit: number) {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const other = await opened.reopen();
    let t = Date.parse("2025-11-03T08:00:10Z");
    const make = (stores: Stores) =>
      createSharedRateLimiter({
        store: stores.rateWindows,
        limit,
        windowMs: 60_000,
        now: () => t,
        logger: silentLogger,
      });
    return {
      a: make(opened.stores),
      b: make(other),
      advance(ms: number) {
        t += ms;
      },
    };
  }

  it("gives a user one budget across replicas, told how long to wait, and a fresh one next minute", async () => {
    const { a, b, advance } = await twoReplicas(3);
    expect([await a.take("slack:T1:U1"), await b.take("slack:T1:U1"), await a.take("slack:T1:U1")]).toEqual([
      true,
      true,
      true,
    ]);
    // Replica b has seen one attempt only; the store knows the user is over.
    expect(await b.take("slack:T1:U1")).toBe(false);
    expect(b.retryAfterSeconds("slack:T1:U1")).toBe(50);
    expect(await b.take("slack:T1:U2")).toBe(true);
    advance(50_000);
    expect(await b.take("slack:T1:U1")).toBe(true);
  });

  it("limits in memory, and says so in the log, while the store fails", async () => {
    const lines: string[] = [];
    const logger = createLogger(
      "warn",
      new Writable({ write: (c, _e, done) => done(void lines.push(String(c))) }),
    );
    const failing: RateWindowStore = { hit: async () => Promise.reject(new Error("connection refused")) };
    const rl = createSharedRateLimiter({ store: failing, limit: 2, windowMs: 60_000, now: () => 0, logger });
    expect([await rl.take("u"), await rl.take("u"), await rl.take("u")]).toEqual([true, true, false]);
    expect(lines.join("")).toContain("rate-limit store unreachable");
  });
});

import { describe, expect, it } from "vitest";
import { createRateLimiter, rateLimitedText } from "../src/rate-limit.js";

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

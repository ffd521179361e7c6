import { describe, expect, it, vi } from "vitest";
import { createWriteRetries, StoreTimeoutError, withDeadline } from "../../src/store/write-retries.js";
import { silentLogger } from "../digest/support.js";

/** A logger keeping each line's level, message and fields. */
function recordingLogger() {
  const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  const at =
    (level: string) =>
    (fields: Record<string, unknown>, msg: string): void =>
      void lines.push({ level, msg, fields });
  const logger = {
    ...silentLogger,
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
  };
  return { lines, logger: logger as never };
}

const never = () => new Promise<never>(() => undefined);

describe("withDeadline", () => {
  it("rejects with a StoreTimeoutError naming the call once the time is up, and passes a faster result on", async () => {
    await expect(withDeadline(never(), 20, "reading thread memory")).rejects.toThrow(
      new StoreTimeoutError("reading thread memory", 20),
    );
    await expect(withDeadline(Promise.resolve(7), 1000, "x")).resolves.toBe(7);
    await expect(withDeadline(Promise.reject(new Error("refused")), 1000, "x")).rejects.toThrow("refused");
  });
});

describe("createWriteRetries", () => {
  it("resolves true for a write that lands within the wait, and retries nothing", async () => {
    const { lines, logger } = recordingLogger();
    const retries = createWriteRetries({ logger, waitMs: 1000 });
    let writes = 0;
    expect(await retries.run("k", "storing thread memory", async () => void writes++)).toBe(true);
    expect(writes).toBe(1);
    expect(retries.pending()).toBe(0);
    expect(lines).toEqual([]);
  });

  it("stops waiting for a write that hangs, then lands it on a later attempt and logs both", async () => {
    const { lines, logger } = recordingLogger();
    const retries = createWriteRetries({ logger, waitMs: 20, delaysMs: [10] });
    let calls = 0;
    const write = () => (++calls === 1 ? never() : Promise.resolve());
    expect(await retries.run("k", "storing a button's answer", write)).toBe(false);
    expect(retries.pending()).toBe(1);
    await vi.waitFor(() => expect(retries.pending()).toBe(0));
    expect(calls).toBe(2);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      ["warn", "store write failed; retrying with backoff (later ones are summarised)"],
      ["debug", "stored a write after retrying"],
      ["info", "deferred store writes stored; none waiting"],
    ]);
    expect(lines[0]!.fields.error).toContain("did not answer within 20 ms");
    expect(lines[1]!.fields).toMatchObject({ what: "storing a button's answer", attempts: 2 });
    expect(lines[2]!.fields).toMatchObject({ stored: 1, dropped: 0 });
  });

  it("backs off between failing attempts, the last wait repeating", async () => {
    vi.useFakeTimers();
    try {
      const retries = createWriteRetries({ logger: silentLogger, delaysMs: [100, 300], waitMs: 1000 });
      let calls = 0;
      await retries.run("k", "w", async () => {
        calls++;
        throw new Error("Query read timeout");
      });
      expect(calls).toBe(1);
      await vi.advanceTimersByTimeAsync(99);
      expect(calls).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toBe(2);
      await vi.advanceTimersByTimeAsync(300);
      expect(calls).toBe(3);
      await vi.advanceTimersByTimeAsync(300);
      expect(calls).toBe(4);
      await retries.stop(0);
      await vi.advanceTimersByTimeAsync(1000);
      expect(calls).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps only the latest write under a key, and a write that lands directly supersedes a deferred one", async () => {
    vi.useFakeTimers();
    try {
      const retries = createWriteRetries({ logger: silentLogger, delaysMs: [100], waitMs: 1000 });
      const stored: string[] = [];
      let failing = true;
      const put = (value: string) => async () => {
        if (failing) throw new Error("Query read timeout");
        stored.push(value);
      };
      await retries.run("thread", "w", put("first"));
      await retries.run("thread", "w", put("second"));
      expect(retries.pending()).toBe(1);
      failing = false;
      await vi.advanceTimersByTimeAsync(100);
      expect(stored).toEqual(["second"]);

      failing = true;
      await retries.run("button", "w", put("old"));
      failing = false;
      expect(await retries.run("button", "w", put("new"))).toBe(true);
      expect(retries.pending()).toBe(0);
      await vi.advanceTimersByTimeAsync(1000);
      expect(stored).toEqual(["second", "new"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("tries nothing while the store is known to be down, and lands the write soon after it is back", async () => {
    vi.useFakeTimers();
    try {
      let up = false;
      const retries = createWriteRetries({
        logger: silentLogger,
        reachable: () => up,
        delaysMs: [100, 30_000],
      });
      let calls = 0;
      expect(await retries.run("k", "w", async () => void calls++)).toBe(false);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toBe(0);
      up = true;
      await vi.advanceTimersByTimeAsync(100);
      expect(calls).toBe(1);
      expect(retries.pending()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives a write up after its time, and drops new writes beyond the bound, logging both", async () => {
    vi.useFakeTimers();
    try {
      let t = 0;
      const { lines, logger } = recordingLogger();
      const retries = createWriteRetries({
        logger,
        delaysMs: [100],
        giveUpAfterMs: 1000,
        maxPending: 1,
        now: () => t,
        waitMs: 1000,
      });
      const failing = async () => {
        throw new Error("Query read timeout");
      };
      await retries.run("a", "storing thread memory", failing);
      await retries.run("b", "storing thread memory", failing);
      expect(lines.at(-1)).toMatchObject({ level: "error", fields: { key: "b" } });
      t = 1001;
      await vi.advanceTimersByTimeAsync(100);
      expect(retries.pending()).toBe(0);
      expect(lines.at(-2)).toMatchObject({ level: "error", msg: "giving up a store write after retrying" });
      expect(lines.at(-1)).toMatchObject({ level: "info", fields: { stored: 0, dropped: 2 } });
    } finally {
      vi.useRealTimers();
    }
  });

  it("logs an outage's backlog as its first write, a summary every interval and one line when it drains, without stacks", async () => {
    vi.useFakeTimers();
    try {
      let up = false;
      let t = 0;
      const { lines, logger } = recordingLogger();
      const retries = createWriteRetries({
        logger,
        reachable: () => up,
        delaysMs: [10_000],
        summaryEveryMs: 30_000,
        now: () => t,
      });
      for (let i = 0; i < 500; i++)
        await retries.run(`k${i}`, "storing thread memory", async () => undefined);
      expect(lines.filter((l) => l.level !== "debug")).toEqual([
        {
          level: "warn",
          msg: "store write failed; retrying with backoff (later ones are summarised)",
          fields: { error: "the store is unreachable", what: "storing thread memory", key: "k0" },
        },
      ]);
      t = 30_000;
      await vi.advanceTimersByTimeAsync(30_000);
      expect(lines.at(-1)).toEqual({
        level: "warn",
        msg: "store writes waiting to be retried",
        fields: { waiting: 500, oldestSeconds: 30, storedSoFar: 0, dropped: 0, storeReachable: false },
      });
      up = true;
      t = 40_000;
      await vi.advanceTimersByTimeAsync(10_000);
      expect(retries.pending()).toBe(0);
      const shown = lines.filter((l) => l.level !== "debug");
      expect(shown).toHaveLength(3);
      expect(shown.at(-1)).toEqual({
        level: "info",
        msg: "deferred store writes stored; none waiting",
        fields: { stored: 500, dropped: 0, afterSeconds: 40 },
      });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(lines.filter((l) => l.level !== "debug")).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it("stores what is still waiting when stopped while the store is reachable", async () => {
    const { lines, logger } = recordingLogger();
    const retries = createWriteRetries({ logger, waitMs: 20, delaysMs: [60_000] });
    let failing = true;
    const stored: string[] = [];
    const put = (value: string) => async () => {
      if (failing) throw new Error("Query read timeout");
      stored.push(value);
    };
    await retries.run("a", "storing thread memory", put("a"));
    await retries.run("b", "storing a button's answer", put("b"));
    failing = false;
    expect(await retries.stop()).toBe(0);
    expect(stored.sort()).toEqual(["a", "b"]);
    expect(lines.at(-1)).toMatchObject({ level: "info", msg: "stored the deferred writes before stopping" });
  });

  it("names the writes it drops, at error, when stopped while the store is down or does not answer", async () => {
    const { lines, logger } = recordingLogger();
    let up = false;
    const retries = createWriteRetries({ logger, reachable: () => up });
    let calls = 0;
    await retries.run("slack:T1:C1:1.0", "storing thread memory", async () => void calls++);
    await retries.run("button:k", "storing a button's answer", async () => void calls++);
    expect(await retries.stop()).toBe(2);
    expect(calls).toBe(0);
    expect(lines.at(-1)).toMatchObject({
      level: "error",
      msg: "stopping with store writes never stored; they are lost",
      fields: { dropped: 2, keys: ["slack:T1:C1:1.0", "button:k"] },
    });

    up = true;
    const hung = createWriteRetries({ logger, reachable: () => up, waitMs: 10 });
    await hung.run("k", "storing thread memory", never);
    expect(await hung.stop(30)).toBe(1);
    expect(lines.at(-1)).toMatchObject({ level: "error", fields: { dropped: 1, keys: ["k"] } });
  });
});

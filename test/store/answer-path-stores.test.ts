import { describe, expect, it, vi } from "vitest";
import { boundForAnswers } from "../../src/store/answer-path-stores.js";
import { StoreTimeoutError } from "../../src/store/write-retries.js";
import { silentLogger } from "../digest/support.js";
import { follow, hangingStores } from "../fixtures/hanging-stores.js";
import { storeBackends } from "./backends.js";

describe("boundForAnswers over a PostgreSQL store that hangs", () => {
  it("gives up each read and claim after the wait instead of waiting for the database", async () => {
    const { stores } = hangingStores();
    const bounded = boundForAnswers(stores, { logger: silentLogger, waitMs: 30 });
    const t0 = Date.now();
    await expect(bounded.events.claim("slack:event:Ev1", new Date(), 1000, "owner")).rejects.toBeInstanceOf(
      StoreTimeoutError,
    );
    await expect(bounded.rateWindows.hit("U1", new Date(), 5, new Date())).rejects.toThrow("did not answer");
    await expect(bounded.conversations.get("thread", new Date())).rejects.toThrow("reading thread memory");
    await expect(bounded.buttons.get("k", new Date())).rejects.toThrow("did not answer");
    await expect(bounded.follows.listFollows("slack:T1:C1")).rejects.toThrow("reading followed stories");
    await expect(bounded.follows.saveFollow(follow)).rejects.toThrow("following a story");
    expect(Date.now() - t0).toBeLessThan(2000);
    await bounded.close();
  });

  it("never holds the caller of a write: it resolves after the wait and lands the write once the store answers", async () => {
    const { state, stores } = hangingStores();
    const bounded = boundForAnswers(stores, { logger: silentLogger, waitMs: 30 });
    await bounded.conversations.put("thread", { question: "q" }, new Date());
    await bounded.buttons.put("k", { reply: {} }, new Date());
    expect(bounded.retries.pending()).toBe(2);
    state.answering = true;
    await vi.waitFor(() => expect(bounded.retries.pending()).toBe(0), { timeout: 5000 });
    await bounded.close();
  });

  it("asks nothing while the heartbeat says the store is down: followed stories come from the last read", async () => {
    const { state, stores } = hangingStores();
    const bounded = boundForAnswers(stores, { logger: silentLogger, waitMs: 30 });
    state.answering = true;
    expect(await bounded.follows.listFollows("slack:T1:C1")).toEqual([follow]);
    state.up = false;
    state.answering = false;
    const before = state.calls;
    expect(await bounded.follows.listFollows("slack:T1:C1")).toEqual([follow]);
    await expect(bounded.follows.listFollows("slack:T1:C2")).rejects.toThrow("unreachable");
    await expect(bounded.events.claim("k", new Date(), 1000)).rejects.toThrow("unreachable");
    await bounded.conversations.put("thread", {}, new Date());
    expect(state.calls).toBe(before);
    await bounded.close();
  });
});

describe.each(storeBackends)("boundForAnswers on $name", (backend) => {
  it("passes a healthy store's answers through unchanged", async () => {
    const opened = await backend.open();
    try {
      const bounded = boundForAnswers(opened.stores, { logger: silentLogger });
      const now = new Date();
      expect(await bounded.events.claim("slack:event:EvB", now, 60_000, "a")).toBe(true);
      expect(await bounded.events.claim("slack:event:EvB", now, 60_000, "b")).toBe(false);
      await bounded.conversations.put("thread", { question: "q" }, new Date(now.getTime() + 60_000));
      expect(await bounded.conversations.get("thread", now)).toEqual({ question: "q" });
      await bounded.follows.saveFollow({ ...follow, followedAt: now });
      expect((await bounded.follows.listFollows(follow.channelKey)).map((f) => f.storyId)).toEqual([
        "chip-deal",
      ]);
      expect(bounded.retries.pending()).toBe(0);
    } finally {
      await opened.cleanup();
    }
  });
});

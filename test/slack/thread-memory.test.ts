import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createSharedThreadMemory,
  createThreadMemory,
  type ThreadMemory,
  threadKey,
} from "../../adapters/slack/thread-memory.js";
import { createLogger } from "../../src/logger.js";
import { boundForAnswers } from "../../src/store/answer-path-stores.js";
import type { ConversationStore } from "../../src/store/button-answer-store.js";
import { silentLogger } from "../digest/support.js";
import { answered, withConflict } from "../fixtures/answers.js";
import { hangingStores, quickRetries } from "../fixtures/hanging-stores.js";
import { storeBackends } from "../store/backends.js";

const answer = (question: string) => ({ type: "answer" as const, result: { ...withConflict, question } });

/** Recalls the thread's state and records `reply` on top of it, as the listeners do. */
async function reply(memory: ThreadMemory, key: string, r: Parameters<ThreadMemory["remember"]>[1]) {
  await memory.remember(key, r, await memory.recall(key));
}

describe("thread memory", () => {
  it("remembers the question answered in a thread", async () => {
    const memory = createThreadMemory();
    const key = threadKey("T1", "C1", "1.0");
    expect(await memory.recall(key)).toBeUndefined();
    await reply(memory, key, answer("how much is the deal worth?"));
    expect((await memory.recall(key))?.question).toBe("how much is the deal worth?");
  });

  it("keeps the earlier question through short follow-ups, and replaces it with a new full question", async () => {
    const memory = createThreadMemory();
    await reply(memory, "k", answer("how much is the deal worth?"));
    await reply(memory, "k", answer("and when?"));
    expect((await memory.recall("k"))?.question).toBe("how much is the deal worth?");
    await reply(memory, "k", { type: "answer", result: answered });
    expect((await memory.recall("k"))?.question).toBe(answered.question);
  });

  it("knows a thread where it replied with help, without a question to borrow", async () => {
    const memory = createThreadMemory();
    await reply(memory, "k", { type: "help", intro: "", commands: [] });
    expect(await memory.recall("k")).toBeDefined();
    expect((await memory.recall("k"))?.question).toBeUndefined();
  });

  it("keys DMs' top level apart from threads", () => {
    expect(threadKey("T1", "D1", undefined)).toBe("T1:D1:top");
    expect(threadKey("T1", "D1", "1.0")).toBe("T1:D1:1.0");
  });

  it("falls back to this process's memory, and logs, while the store fails", async () => {
    const lines: string[] = [];
    const logger = createLogger(
      "warn",
      new Writable({ write: (c, _e, done) => done(void lines.push(String(c))) }),
    );
    const failing: ConversationStore = {
      put: () => Promise.reject(new Error("connection refused")),
      get: () => Promise.reject(new Error("connection refused")),
    };
    const memory = createSharedThreadMemory({ store: failing, logger });
    await reply(memory, "k", answer("how much is the deal worth?"));
    expect((await memory.recall("k"))?.question).toBe("how much is the deal worth?");
    expect(lines.join("")).toContain("storing thread memory failed");
  });

  it("stores a thread's context written while the store is down once it is back, for the other replicas", async () => {
    const { state, stores } = hangingStores();
    state.up = false;
    const bounded = boundForAnswers(stores, { logger: silentLogger, retries: quickRetries(stores) });
    const here = createSharedThreadMemory({
      store: bounded.conversations,
      logger: silentLogger,
      reachable: bounded.reachable,
    });
    await reply(here, "k", answer("how much is the deal worth?"));
    expect(bounded.retries.pending()).toBe(1);
    state.up = true;
    state.answering = true;
    await vi.waitFor(() => expect(bounded.retries.pending()).toBe(0));
    const elsewhere = createSharedThreadMemory({ store: stores.conversations, logger: silentLogger });
    expect((await elsewhere.recall("k"))?.question).toBe("how much is the deal worth?");
    await bounded.close();
  });
});

describe.each(storeBackends)("shared thread memory on $name", (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("gives a thread's context to another replica, follow-ups included, until it expires", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    let t = Date.parse("2025-11-03T08:00:00Z");
    const now = () => new Date(t);
    const a = createSharedThreadMemory({ store: opened.stores.conversations, logger: silentLogger, now });
    const b = createSharedThreadMemory({
      store: (await opened.reopen()).conversations,
      logger: silentLogger,
      now,
    });
    const key = threadKey("T1", "C1", "1700.1");
    await reply(a, key, answer("how much is the deal worth?"));
    expect(await b.recall(key)).toEqual({ question: "how much is the deal worth?", storyId: undefined });
    // A short follow-up answered on b keeps the thread's question for a's next answer.
    await reply(b, key, answer("and when?"));
    await reply(a, key, answer("who?"));
    expect((await b.recall(key))?.question).toBe("how much is the deal worth?");
    t += 8 * 24 * 60 * 60 * 1000;
    expect(
      await createSharedThreadMemory({
        store: opened.stores.conversations,
        logger: silentLogger,
        now,
      }).recall(key),
    ).toBeUndefined();
  });
});

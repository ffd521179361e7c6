import { describe, expect, it, vi } from "vitest";
import { createConversationMemory, createSharedConversationMemory } from "../../adapters/discord/memory.js";
import { boundForAnswers } from "../../src/store/answer-path-stores.js";
import { silentLogger } from "../digest/support.js";
import { hangingStores, quickRetries } from "../fixtures/hanging-stores.js";

describe("createConversationMemory", () => {
  it("hands out short distinct ids for answers and finds them again", async () => {
    const memory = createConversationMemory();
    const reply = { type: "notice", tone: "info", text: "x" } as const;
    const a = await memory.putAnswer({ question: "q1", askerId: "1", reply });
    const b = await memory.putAnswer({ question: "q2", askerId: "2", reply });
    expect(a).not.toBe(b);
    expect(`deal:share:${a}`.length).toBeLessThanOrEqual(100);
    expect((await memory.getAnswer(b))?.question).toBe("q2");
  });

  it("keeps only the newest answers", async () => {
    const memory = createConversationMemory(10, 2);
    const reply = { type: "notice", tone: "info", text: "x" } as const;
    const first = await memory.putAnswer({ question: "q1", askerId: "1", reply });
    await memory.putAnswer({ question: "q2", askerId: "1", reply });
    await memory.putAnswer({ question: "q3", askerId: "1", reply });
    expect(await memory.getAnswer(first)).toBeUndefined();
  });
});

describe("createSharedConversationMemory", () => {
  it("stores conversations and button answers written while the store is down once it is back", async () => {
    const { state, stores } = hangingStores();
    state.up = false;
    const bounded = boundForAnswers(stores, { logger: silentLogger, retries: quickRetries(stores) });
    const here = createSharedConversationMemory({ ...bounded, logger: silentLogger });
    const reply = { type: "notice", tone: "info", text: "x" } as const;
    await here.remember(["m1", "t1"], "who invested?", reply);
    const id = await here.putAnswer({ question: "who invested?", askerId: "1", reply });
    expect(bounded.retries.pending()).toBe(3);
    state.up = true;
    state.answering = true;
    await vi.waitFor(() => expect(bounded.retries.pending()).toBe(0));
    const elsewhere = createSharedConversationMemory({ ...stores, logger: silentLogger });
    expect(await elsewhere.recall("t1")).toEqual({ question: "who invested?" });
    expect((await elsewhere.getAnswer(id))?.question).toBe("who invested?");
    await bounded.close();
  });
});

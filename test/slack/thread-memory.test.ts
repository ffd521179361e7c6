import { describe, expect, it } from "vitest";
import { createThreadMemory, threadKey } from "../../adapters/slack/thread-memory.js";
import { answered, withConflict } from "../fixtures/answers.js";

const answer = (question: string) => ({ type: "answer" as const, result: { ...withConflict, question } });

describe("thread memory", () => {
  it("remembers the question answered in a thread", () => {
    const memory = createThreadMemory();
    const key = threadKey("T1", "C1", "1.0");
    expect(memory.knows(key)).toBe(false);
    memory.remember(key, answer("how much is the deal worth?"));
    expect(memory.knows(key)).toBe(true);
    expect(memory.previousQuestion(key)).toBe("how much is the deal worth?");
  });

  it("keeps the earlier question through short follow-ups, and replaces it with a new full question", () => {
    const memory = createThreadMemory();
    memory.remember("k", answer("how much is the deal worth?"));
    memory.remember("k", answer("and when?"));
    expect(memory.previousQuestion("k")).toBe("how much is the deal worth?");
    memory.remember("k", { type: "answer", result: answered });
    expect(memory.previousQuestion("k")).toBe(answered.question);
  });

  it("knows a thread where it replied with help, without a question to borrow", () => {
    const memory = createThreadMemory();
    memory.remember("k", { type: "help", intro: "", commands: [] });
    expect(memory.knows("k")).toBe(true);
    expect(memory.previousQuestion("k")).toBeUndefined();
  });

  it("keys DMs' top level apart from threads", () => {
    expect(threadKey("T1", "D1", undefined)).toBe("T1:D1:top");
    expect(threadKey("T1", "D1", "1.0")).toBe("T1:D1:1.0");
  });
});

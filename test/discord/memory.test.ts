import { describe, expect, it } from "vitest";
import { createConversationMemory } from "../../adapters/discord/memory.js";

describe("createConversationMemory", () => {
  it("hands out short distinct ids for answers and finds them again", () => {
    const memory = createConversationMemory();
    const reply = { type: "notice", tone: "info", text: "x" } as const;
    const a = memory.putAnswer({ question: "q1", askerId: "1", reply });
    const b = memory.putAnswer({ question: "q2", askerId: "2", reply });
    expect(a).not.toBe(b);
    expect(`deal:share:${a}`.length).toBeLessThanOrEqual(100);
    expect(memory.getAnswer(b)?.question).toBe("q2");
  });

  it("keeps only the newest answers", () => {
    const memory = createConversationMemory(10, 2);
    const reply = { type: "notice", tone: "info", text: "x" } as const;
    const first = memory.putAnswer({ question: "q1", askerId: "1", reply });
    memory.putAnswer({ question: "q2", askerId: "1", reply });
    memory.putAnswer({ question: "q3", askerId: "1", reply });
    expect(memory.getAnswer(first)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { createConversationMemory } from "../../adapters/discord/memory.js";

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

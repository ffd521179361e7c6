import { describe, expect, it } from "vitest";
import { topicCommands } from "../../src/commands/topics.js";
import { noAnswer } from "../fixtures/answers.js";
import { testContext } from "./context.js";

describe("topicCommands", () => {
  it.each(topicCommands.map((t) => [t.name, t.question]))("%s asks %s", async (name, question) => {
    const { ctx, asked } = testContext();
    const topic = topicCommands.find((t) => t.name === name)!;
    const reply = await topic.run({}, ctx);
    expect(asked).toHaveLength(1);
    // The fake engine appends "| after: …" when given the thread's earlier question; the question leads.
    expect(asked[0]?.startsWith(question!)).toBe(true);
    // The fake engine finds nothing for most: a topic the story cannot answer says so in one line.
    if (reply.type === "answer") expect(reply.result.question).toBe(question);
    else
      expect(reply).toMatchObject({
        type: "notice",
        tone: "info",
        text: expect.stringMatching(new RegExp(`^${topic.description}: the \\d+ articles don.t say\\.$`)),
      });
  });

  it("says 'the only article' when the story has one", async () => {
    const { ctx } = testContext();
    const engine = {
      ...ctx.engine,
      answer: (q: string) => ({ ...noAnswer, question: q, agreement: { sources: 0, of: 1 } }),
    };
    const topic = topicCommands[0]!;
    expect(await topic.run({}, { ...ctx, engine })).toEqual({
      type: "notice",
      tone: "info",
      text: `${topic.description}: the only article doesn't say.`,
    });
  });

  it("names no company, person or product: every topic is a question about any deal", () => {
    for (const t of topicCommands) expect(t.question).toMatch(/\bdeal\b|\bshares\b|\brisks\b/);
  });

  it("are all topics with distinct names", () => {
    expect(topicCommands.every((t) => t.kind === "topic")).toBe(true);
    expect(new Set(topicCommands.map((t) => t.name)).size).toBe(topicCommands.length);
  });
});

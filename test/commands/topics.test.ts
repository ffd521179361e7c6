import { describe, expect, it } from "vitest";
import { TOPICS } from "../../src/commands/topic-questions.js";
import { topicCommands } from "../../src/commands/topics.js";
import type { AnswerResult } from "../../src/types.js";
import { answered, noAnswer } from "../fixtures/answers.js";
import { testContext } from "./context.js";

describe("topicCommands", () => {
  it.each(topicCommands.map((t) => [t.name, t.question]))("%s asks %s", async (name, question) => {
    const { ctx, asked } = testContext();
    const topic = topicCommands.find((t) => t.name === name)!;
    const reply = await topic.run({}, ctx);
    // The fake engine appends "| after: …" when given the thread's earlier question; the question leads.
    expect(asked[0]?.startsWith(question!)).toBe(true);
    // The fake engine finds nothing for most: a topic the story cannot answer says so in one line, once
    // each of its other wordings found nothing either.
    if (reply.type === "answer") expect(asked).toHaveLength(1);
    else expect(asked).toHaveLength(1 + (TOPICS.find((t) => t.name === name)?.alternatives?.length ?? 0));
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

  it("asks a topic's other wordings in turn until one is answered", async () => {
    // A funding round: its articles give the amount raised, and no price of a deal.
    const { ctx } = testContext();
    const asked: string[] = [];
    const engine = {
      ...ctx.engine,
      answer: (q: string): AnswerResult => {
        asked.push(q);
        return /raised/.test(q)
          ? ({ ...answered, question: q, answer: "$400 million" } as AnswerResult)
          : { ...noAnswer, question: q };
      },
    };
    const value = topicCommands.find((t) => t.name === "value")!;
    const reply = await value.run({}, { ...ctx, engine });
    expect(reply).toMatchObject({ type: "answer", result: { answer: "$400 million" } });
    expect(asked).toEqual(["how much is the deal worth?", "how much is being raised?"]);
  });

  it("names no company, person or product: every topic is a question about any deal", () => {
    for (const t of topicCommands) expect(t.question).toMatch(/\bdeal\b|\bshares\b|\brisks\b/);
  });

  it("are all topics with distinct names", () => {
    expect(topicCommands.every((t) => t.kind === "topic")).toBe(true);
    expect(new Set(topicCommands.map((t) => t.name)).size).toBe(topicCommands.length);
  });
});

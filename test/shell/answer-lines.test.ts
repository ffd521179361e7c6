import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { answerJsonLines, answerLine } from "../../adapters/shell/answer-lines.js";
import type { Engine } from "../../src/answer/engine.js";
import { topicQuestion } from "../../src/commands/topic-questions.js";
import { createCore } from "../../src/core.js";
import { AnswerResultSchema } from "../../src/types.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";

async function jsonLines(engine: Engine, text: string, onError?: (e: unknown) => void) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (c) => {
    printed += String(c);
  });
  const done = answerJsonLines(createCore({ engine }), input, output, onError);
  input.end(text);
  const count = await done;
  return {
    count,
    lines: printed
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

describe("answerLine", () => {
  it("asks a free question as written, without control characters", () => {
    const engine = createFakeEngine();
    const result = answerLine(createCore({ engine }), "how much\u0007 is it worth?");
    expect(engine.asked).toEqual(["how much is it worth?"]);
    expect(result.answer).toBe("$38 billion");
  });

  it("expands a topic shorthand, with or without /deal, into its question", () => {
    const engine = createFakeEngine();
    const core = createCore({ engine });
    answerLine(core, "value");
    answerLine(core, "/deal market");
    expect(engine.asked).toEqual([topicQuestion("value"), topicQuestion("market")]);
  });

  it("asks other command names as questions, so the output keeps its shape", () => {
    const engine = createFakeEngine();
    const result = answerLine(createCore({ engine }), "sources");
    expect(engine.asked).toEqual(["sources"]);
    expect(AnswerResultSchema.safeParse(result).success).toBe(true);
  });
});

describe("answerJsonLines", () => {
  it("prints one valid answer object a line, in the order asked", async () => {
    const { count, lines } = await jsonLines(
      createFakeEngine(),
      "how much is it worth?\nhow many years?\nwhat is the interest rate?\n",
    );
    expect(count).toBe(3);
    expect(lines.map((l) => [l.question, l.status, l.answer])).toEqual([
      ["how much is it worth?", "answered", "$38 billion"],
      ["how many years?", "answered", "seven years"],
      ["what is the interest rate?", "no_answer", ""],
    ]);
    for (const line of lines) expect(AnswerResultSchema.safeParse(line).success).toBe(true);
  });

  it("skips blank lines, as the scorer's reader does, and answers a last line without a newline", async () => {
    const { lines } = await jsonLines(createFakeEngine(), "\n  \nhow many years?\n\nhow much is it worth?");
    expect(lines.map((l) => l.question)).toEqual(["how many years?", "how much is it worth?"]);
  });

  it("takes the question out of a question-set line, so the set can be piped in as it is", async () => {
    const { lines } = await jsonLines(
      createFakeEngine(),
      '{"id":"d1","q":"how many years?","expect":["seven"]}\n{"question":"how much is it worth?"}\n{not json?\n',
    );
    expect(lines.map((l) => l.question)).toEqual(["how many years?", "how much is it worth?", "{not json?"]);
  });

  it("still prints one object for a line the engine fails on, and reports the error", async () => {
    const engine = createFakeEngine();
    const failing: Engine = {
      ...engine,
      answer(question, options) {
        if (question.includes("boom")) throw new Error("engine exploded");
        return engine.answer(question, options);
      },
    };
    const errors: unknown[] = [];
    const { lines } = await jsonLines(failing, "boom?\nhow many years?\n", (e) => errors.push(e));
    expect(lines.map((l) => l.status)).toEqual(["no_answer", "answered"]);
    expect(AnswerResultSchema.safeParse(lines[0]).success).toBe(true);
    expect(String(errors[0])).toContain("engine exploded");
  });
});

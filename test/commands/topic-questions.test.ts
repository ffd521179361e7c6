import { describe, expect, it } from "vitest";
import type { Engine } from "../../src/answer/engine.js";
import { answerTopic, TOPICS, topicQuestion } from "../../src/commands/topic-questions.js";
import type { AnswerResult } from "../../src/types.js";
import { answered, noAnswer } from "../fixtures/answers.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";

/** An engine answering only the questions `answers` holds, and recording what it was asked. */
function engineAnswering(answers: Record<string, AnswerResult>): Engine & { asked: string[] } {
  const engine = createFakeEngine();
  return {
    ...engine,
    answer(question) {
      engine.asked.push(question);
      return { ...(answers[question] ?? noAnswer), question };
    },
  };
}

describe("topicQuestion", () => {
  it("gives the question a topic stands for", () => {
    expect(topicQuestion("value")).toBe(TOPICS.find((t) => t.name === "value")?.question);
  });

  it("throws naming a topic that does not exist", () => {
    expect(() => topicQuestion("nope")).toThrow('no topic named "nope"');
  });
});

describe("answerTopic", () => {
  const value = TOPICS.find((t) => t.name === "value")!;

  it("asks the next wording only while the story has nothing on the one before", () => {
    const second = value.alternatives![0]!;
    const engine = engineAnswering({ [second]: answered });
    const result = answerTopic(engine, "value");
    expect(result.status).toBe("answered");
    expect(engine.asked).toEqual([value.question, second]);
  });

  it("asks every wording and returns the last decline when none is answered", () => {
    const engine = engineAnswering({});
    expect(answerTopic(engine, "value").status).toBe("no_answer");
    expect(engine.asked).toEqual([value.question, ...value.alternatives!]);
  });

  it("returns a choice of stories as it is, without asking other wordings", () => {
    const choice = { ...noAnswer, storyChoices: [{ id: "a-b", title: "A–B" }] } as AnswerResult;
    const engine = engineAnswering({ [value.question]: choice });
    expect(answerTopic(engine, "value")).toMatchObject({ storyChoices: [{ id: "a-b" }] });
    expect(engine.asked).toEqual([value.question]);
  });

  it("throws naming a topic that does not exist", () => {
    expect(() => answerTopic(engineAnswering({}), "nope")).toThrow('no topic named "nope"');
  });
});

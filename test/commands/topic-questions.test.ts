import { describe, expect, it } from "vitest";
import { TOPICS, topicQuestion } from "../../src/commands/topic-questions.js";

describe("topicQuestion", () => {
  it("gives the question a topic stands for", () => {
    expect(topicQuestion("value")).toBe(TOPICS.find((t) => t.name === "value")?.question);
  });

  it("throws naming a topic that does not exist", () => {
    expect(() => topicQuestion("nope")).toThrow('no topic named "nope"');
  });
});

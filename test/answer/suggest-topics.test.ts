import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { suggestTopics } from "../../src/answer/suggest-topics.js";

const topics = [
  { name: "value", question: "how much is the deal worth?" },
  { name: "timeline", question: "when will the deal close?" },
  { name: "people", question: "who leads the company?" },
  { name: "regulators", question: "which regulators must approve it?" },
];

describe("suggestTopics", () => {
  it("puts topics sharing the question's words first", () => {
    expect(suggestTopics(analyzeQuestion("do regulators need to approve the sale?"), topics)[0]).toBe(
      "regulators",
    );
  });

  it("falls back to the first topics, three at most, when none is related", () => {
    expect(suggestTopics(analyzeQuestion("zzkrr blorf"), topics)).toEqual(["value", "timeline", "people"]);
  });
});

import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import {
  answeredResult,
  noAnswerResult,
  notFoundReason,
  subjectLabel,
  yesNoAnswer,
} from "../../src/answer/build-result.js";
import { AnswerResultSchema } from "../../src/types.js";

describe("subjectLabel", () => {
  it.each([
    ["how much is the takeover worth?", "takeover value"],
    ["when will the plant open?", "timing of plant open"],
    ["how many stores close?", "number of stores"],
    // A question pasted over and over names its subject once.
    ["how much is the takeover worth? ".repeat(40).trim(), "takeover value"],
  ])("labels a conflict on %j as %j", (question, label) => {
    expect(subjectLabel(analyzeQuestion(question))).toBe(label);
  });

  it("falls back to the kind of value when the question names no subject", () => {
    expect(subjectLabel(analyzeQuestion("how much?"))).toBe("value");
  });
});

describe("results", () => {
  it("says which kind of value is missing", () => {
    expect(notFoundReason(analyzeQuestion("how much did the fund pay?"), 4)).toBe(
      "None of the 4 articles gives an amount for that.",
    );
    expect(notFoundReason(analyzeQuestion("how much did the fund pay?"), 1)).toBe(
      "The only article does not give an amount for that.",
    );
    expect(notFoundReason(analyzeQuestion("why did they do it?"), 1)).toBe(
      "The only article does not answer that.",
    );
  });

  it("builds a valid no-answer with nobody agreeing", () => {
    const r = noAnswerResult({
      asked: "q?",
      answerType: "money",
      articleCount: 3,
      reason: "r",
      suggestions: [],
    });
    expect(AnswerResultSchema.parse(r).agreement).toEqual({ sources: 0, of: 3 });
  });

  it("builds a valid answer whose short answer is the chosen value", () => {
    const r = answeredResult({
      asked: "how much?",
      analysis: analyzeQuestion("how much?"),
      values: [{ text: "$4 billion", key: "money:usd:4000000000", at: 0 }],
      quotes: [
        {
          articleId: "a",
          aiGenerated: false,
          text: "It costs $4 billion.",
          passageId: "a#0",
          url: "http://localhost/sources/a#p-0",
        },
      ],
      agreeing: 1,
      articleCount: 2,
      conflicts: [],
    });
    expect(AnswerResultSchema.parse(r)).toMatchObject({
      answer: "$4 billion",
      agreement: { sources: 1, of: 2 },
    });
  });
});

describe("yesNoAnswer", () => {
  it("puts yes or no before the evidence", () => {
    expect(yesNoAnswer("yes", "The sale is subject to approval.")).toBe(
      "Yes: The sale is subject to approval.",
    );
    expect(yesNoAnswer("no", "No further vote will be held on the merger.")).toMatch(/^No: No further/);
  });

  it("cuts long evidence at a word", () => {
    const answer = yesNoAnswer("yes", `The sale ${"is subject to approval ".repeat(20)}`);
    expect(answer.length).toBeLessThan(210);
    expect(answer).toMatch(/approval…$|to…$|is…$|subject…$/);
  });

  it("says the articles don't say when nothing answers a yes/no question", () => {
    expect(notFoundReason(analyzeQuestion("will the plant be sold?"), 3)).toBe("The articles don't say.");
  });
});

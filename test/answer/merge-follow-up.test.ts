import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { isFollowUp, mergeFollowUp } from "../../src/answer/merge-follow-up.js";
import { termsOf } from "../../src/search/terms.js";

const term = (word: string) => termsOf(word)[0]!;

describe("isFollowUp", () => {
  it.each([
    "and when?",
    "which chips then?",
    "what about Microsoft?",
    "also the value?",
    "how about Google?",
  ])("reads %j as a follow-up", (question) => {
    expect(isFollowUp(analyzeQuestion(question))).toBe(true);
  });

  it.each([
    "how much is the deal worth?",
    "which chips will AWS deploy?",
    "who is the CEO of AWS?",
  ])("reads %j as a full question", (question) => {
    expect(isFollowUp(analyzeQuestion(question))).toBe(false);
  });
});

describe("mergeFollowUp", () => {
  it("borrows the earlier question's subject and keeps its own answer type", () => {
    const merged = mergeFollowUp(
      analyzeQuestion("and when?"),
      "how much did the brewer pay for the distillery?",
    );
    expect(merged.answerType).toBe("date");
    expect(merged.terms).toContain(term("distillery"));
  });

  it("borrows the answer type when the follow-up asks for none", () => {
    const merged = mergeFollowUp(
      analyzeQuestion("what about the rival bid?"),
      "how much did the brewer pay?",
    );
    expect(merged.answerType).toBe("money");
  });

  it("leaves a full question unchanged", () => {
    const own = analyzeQuestion("who is the chief financial officer of the lender?");
    expect(mergeFollowUp(own, "how much did the brewer pay?")).toBe(own);
  });
});

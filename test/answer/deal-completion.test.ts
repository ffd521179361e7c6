import { describe, expect, it } from "vitest";
import { asksCompletion, completionStated, pendingAct } from "../../src/answer/deal-completion.js";

describe("asksCompletion", () => {
  it("reads questions whether a deal is complete", () => {
    for (const q of [
      "is this a done deal?",
      "is the takeover final?",
      "has the merger closed yet?",
      "is it over?",
    ]) {
      expect(asksCompletion(q), q).toBe(true);
    }
  });

  it("reads no such question in a deal done before, a verb 'over', or a condition asked", () => {
    for (const q of [
      "has the buyer done a deal like this before?",
      "is the founder rolling over his stake?",
      "is the deal subject to approval?",
      "how much is the deal worth?",
    ]) {
      expect(asksCompletion(q), q).toBe(false);
    }
  });
});

describe("completionStated", () => {
  it("reads what a deal still needs as pending", () => {
    // An aircraft order, a bank merger and a mine sale.
    expect(
      completionStated("The order must still be approved by shareholders at a meeting on March 3."),
    ).toBe("pending");
    expect(completionStated("The merger needs clearance from the Competition Bureau.")).toBe("pending");
    expect(completionStated("The sale is expected to complete in the March quarter.")).toBe("pending");
  });

  it("reads a deal said to have closed as complete, and other sentences as neither", () => {
    expect(completionStated("Larchmont completed the acquisition of Pennant Data on Tuesday.")).toBe(
      "complete",
    );
    expect(completionStated("Before the deal, only 12% of its branches were in the west.")).toBeUndefined();
  });
});

describe("pendingAct", () => {
  it("reads an act asked as done that the sentence says is still needed", () => {
    expect(
      pendingAct(
        "has the grid regulator approved the Kessing line yet?",
        "The line needs the approval of the grid regulator, which has not ruled.",
        "approv",
      ),
    ).toBe(true);
    expect(
      pendingAct(
        "did Tolland holders vote on the merger?",
        "The merger still requires a vote of Tolland holders.",
        "vote",
      ),
    ).toBe(true);
    expect(
      pendingAct(
        "was the port sale cleared?",
        "The port sale is subject to clearance by the competition office.",
        "clear",
      ),
    ).toBe(true);
  });

  it("reads nothing where the question asks what is needed, the act is stated done, or another thing is needed", () => {
    expect(
      pendingAct("does the deal need approval?", "The deal needs approval from regulators.", "need"),
    ).toBe(false);
    expect(
      pendingAct(
        "did the Ostrel board approve the merger?",
        "The merger, which the Ostrel board approved unanimously, is subject to approval by holders.",
        "approv",
      ),
    ).toBe(false);
    expect(
      pendingAct(
        "did shareholders receive a payment?",
        "The deal still needs the approval of shareholders.",
        "receiv",
      ),
    ).toBe(false);
    expect(
      pendingAct(
        "did Farlow sign the lease?",
        "The plan requires the court's approval of the budget.",
        "sign",
      ),
    ).toBe(false);
  });
});

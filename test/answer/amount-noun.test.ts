import { describe, expect, it } from "vitest";
import {
  askedNoun,
  asksForAmount,
  asksForMeasure,
  countInstead,
  measuredNounOf,
  namesAmount,
} from "../../src/answer/amount-noun.js";
import { sharedWordNet } from "../../src/search/related-words.js";

const wordNet = sharedWordNet();

describe("askedNoun", () => {
  it("takes the head of the noun phrase a 'what is' question asks about", () => {
    expect(askedNoun("what is the reverse termination fee?")).toBe("fee");
    expect(askedNoun("what was Figma's break-up fee?")).toBe("fee");
    expect(askedNoun("what's the subsidy for the Magdeburg plant?")).toBe("subsidy");
  });

  it("finds none in another form of question", () => {
    expect(askedNoun("how much is the fee?")).toBeUndefined();
    expect(askedNoun("who pays the fee?")).toBeUndefined();
  });
});

describe("asksForAmount", () => {
  it.each([
    // Adobe–Figma's $1 billion termination fee, Intel's German subsidy, a bridge loan, Arm's revenue.
    "what is the reverse termination fee?",
    "what was the subsidy for Intel's Magdeburg plant?",
    "what is the bridge loan?",
    "what are the annual cost savings?",
    "what is Arm's revenue?",
  ])("reads %j as asking an amount", (question) => {
    expect(asksForAmount(question, wordNet)).toBe(true);
  });

  it.each([
    "what is the deal?",
    "what are the terms of the merger?",
    "what is the offer?",
    "what is Wiz?",
  ])("does not read %j as asking an amount", (question) => {
    expect(asksForAmount(question, wordNet)).toBe(false);
  });
});

describe("namesAmount", () => {
  it("reads a noun whose commonest sense is a thing of money as an amount, and a kind of name as none", () => {
    expect(["fee", "dividend", "loan", "salary"].filter((n) => namesAmount(n, wordNet))).toHaveLength(4);
    expect(["judge", "bank", "regulator", "ship"].filter((n) => namesAmount(n, wordNet))).toEqual([]);
  });

  it("reads a noun whose money sense comes second, after an abstraction, as an amount; not after a body", () => {
    // "bonus" is first a fillip, "penalty" first a punishment; "commission" is first a committee.
    expect(["bonus", "penalty"].filter((n) => namesAmount(n, wordNet))).toEqual(["bonus", "penalty"]);
    expect(namesAmount("commission", wordNet)).toBe(false);
    expect(namesAmount("interest", wordNet)).toBe(false);
  });
});

describe("asksForMeasure", () => {
  it("reads 'how much' of a substance or a phenomenon as a measured quantity, not money", () => {
    // A data centre's water, a smelter's electricity, a refinery's oil.
    expect(asksForMeasure("how much water will the data centre use?", wordNet)).toBe(true);
    expect(asksForMeasure("how much electricity does the smelter need?", wordNet)).toBe(true);
    expect(asksForMeasure("how much oil will the refinery process?", wordNet)).toBe(true);
  });

  it("leaves money and other questions alone", () => {
    expect(asksForMeasure("how much cash will the buyer use?", wordNet)).toBe(false);
    expect(asksForMeasure("how much money did the startup raise?", wordNet)).toBe(false);
    expect(asksForMeasure("how much is the deal worth?", wordNet)).toBe(false);
  });
});

describe("countInstead", () => {
  it("lets a count answer a size, and a measured quantity a 'how much' of a substance", () => {
    expect(countInstead("how big is the over-allotment option?", wordNet)).toEqual({
      measured: false,
      anyCount: true,
    });
    // Gold's first sense is coins, a possession; it is a metal too.
    expect(countInstead("how much gold does the mine pour a year?", wordNet)).toEqual({
      measured: true,
      anyCount: false,
      measuredNoun: "gold",
    });
  });

  it("lets a quantity of a thing no amount of money is answer 'how much' of it, by the head of its phrase", () => {
    // Office space, a spectrum band, track.
    expect(countInstead("how much office space is Tessaly leasing?", wordNet)).toEqual({
      measured: false,
      anyCount: false,
      measuredNoun: "space",
    });
    expect(measuredNounOf("How much spectrum does Halvern have to give up?")).toBe("spectrum");
    expect(measuredNounOf("how much new track will the railway lay?")).toBe("track");
    expect(measuredNounOf("how much does it cost?")).toBeUndefined();
  });

  it("leaves a question of money alone", () => {
    expect(countInstead("how much cash does the buyer have?", wordNet)).toBeUndefined();
    expect(countInstead("how much is the deal worth?", wordNet)).toBeUndefined();
  });
});

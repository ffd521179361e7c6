import { describe, expect, it } from "vitest";
import { extractValues } from "../../src/answer/extract-values.js";
import { agreeWithinRounding, figureOf } from "../../src/answer/rounded-figures.js";

/** The figure of the first amount, count or percentage in a sentence, as the engine reads it. */
function figure(sentence: string) {
  const values = extractValues(sentence, (w) => w.toLowerCase());
  const value = values.money[0] ?? values.count[0] ?? values.percent[0];
  if (!value) throw new Error(`no figure in ${JSON.stringify(sentence)}`);
  return figureOf(value, sentence);
}

const agree = (a: string, b: string) => agreeWithinRounding(figure(a), figure(b));

describe("agreeWithinRounding", () => {
  it("reads a hedged round figure as the exact one it rounds", () => {
    expect(agree("The offering raised close to $900 million.", "The offering raised $896 million.")).toBe(
      true,
    );
    expect(agree("It raised $0.9bn in the listing.", "It raised $896mn in the listing.")).toBe(true);
  });

  it("keeps figures that differ beyond their last written digit apart", () => {
    expect(agree("A contract worth $27 billion.", "A contract worth 24 billion dollars.")).toBe(false);
    expect(agree("The bid values it at £4.2bn.", "The bid values it at £4.6bn.")).toBe(false);
    expect(agree("The round values it at $10.4bn.", "The round values it at $11.4bn.")).toBe(false);
    expect(agree("A $38 billion deal.", "A $3.8 billion deal.")).toBe(false);
  });

  it("lets a round figure cover a near one only when a hedge says it is rounded", () => {
    expect(agree("The deal is worth $40 billion.", "The deal is worth $38 billion.")).toBe(false);
    expect(agree("The deal is worth about $40 billion.", "The deal is worth $38 billion.")).toBe(true);
    // An IPO's proceeds: a bare round figure 3.4% off another source's is a disagreement; hedged, a rounding.
    expect(agree("The company raised $700 million in the IPO.", "The IPO raised $725m.")).toBe(false);
    expect(agree("The company raised about $700 million in the IPO.", "The IPO raised $725m.")).toBe(true);
  });

  it("compares power in one unit and never across currencies or rates", () => {
    expect(agree("The campus will draw 1.8 gigawatts.", "The campus will draw 1,820 MW.")).toBe(true);
    expect(agree("A €12 billion plant.", "A $12 billion plant.")).toBe(false);
    expect(agree("It pays $48 a share.", "It pays $48 billion.")).toBe(false);
  });

  it("knows no figure in a vague amount", () => {
    const vague = extractValues("It costs tens of billions of dollars.", (w) => w).money[0]!;
    expect(figureOf(vague, "It costs tens of billions of dollars.")).toBeUndefined();
  });
});

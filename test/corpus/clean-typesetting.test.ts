import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanMathNumbers } from "../../src/corpus/clean-typesetting.js";

describe("cleanMathNumbers", () => {
  it.each([
    ["valued at $38$ billion.", "valued at $38 billion."],
    ["spending an estimated $1.4$ trillion", "spending an estimated $1.4 trillion"],
    ["added nearly $140$ billion to", "added nearly $140 billion to"],
    ["to develop $30$ gigawatts of computing", "to develop 30 gigawatts of computing"],
    ["NVIDIA's advanced GB$200$ and GB$300$ accelerators", "NVIDIA's advanced GB200 and GB300 accelerators"],
    ["Amazon shares jumped $5\\%$ following the news", "Amazon shares jumped 5% following the news"],
    ["before the end of $2026$.", "before the end of 2026."],
    ["in $2027$ and beyond", "in 2027 and beyond"],
    ["a $\\$2.5$ million round", "a $2.5 million round"],
  ])("turns %j into %j", (input, expected) => {
    expect(cleanMathNumbers(input)).toBe(expected);
  });

  it("leaves ordinary dollar amounts and ranges alone", () => {
    const text = "between $5 and $10 billion, or $38 billion in all";
    expect(cleanMathNumbers(text)).toBe(text);
  });

  it("never leaves a math-delimited number behind", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 99999 }), fc.string(), (before, n, after) => {
        expect(cleanMathNumbers(`${before} $${n}$ ${after}`)).not.toContain(`$${n}$`);
      }),
    );
  });
});

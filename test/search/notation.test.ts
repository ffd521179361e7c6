import { describe, expect, it } from "vitest";
import { PHRASES } from "../../src/search/notation.js";
import { foldPhrases } from "../../src/search/terms.js";

describe("PHRASES", () => {
  it("rewrites each phrase to a single word, whatever its case", () => {
    for (const [pattern, word] of PHRASES) {
      if (typeof word === "string") expect(word).toMatch(/^[a-z]+$/);
      expect(pattern.flags).toContain("i");
      expect(pattern.flags).toContain("g");
    }
    expect(foldPhrases("Initial Public Offering of the Chief Executive")).toBe("ipo of the ceo");
  });

  it("folds each chief officer's title into its own acronym, never into the chief executive's", () => {
    expect(foldPhrases("Chief Financial Officer Lena Park")).toBe("cfo Lena Park");
    expect(foldPhrases("Corvell's finance chief, Anil Mehta")).toBe("Corvell's cfo, Anil Mehta");
    expect(foldPhrases("its chief technology officer and operations chief")).toBe("its cto and coo");
    expect(foldPhrases("Veltron's chief executive officer")).toBe("Veltron's ceo");
    // A company's chief is no department's officer: left as written.
    expect(foldPhrases("Nimbus chief Priya Natarajan")).toBe("Nimbus chief Priya Natarajan");
  });

  it("folds spellings of one term, never words that merely mean something similar", () => {
    expect(foldPhrases("two data centres and a data center")).toBe("two datacenter and a datacenter");
    expect(foldPhrases("its market capitalisation")).toBe("its marketvalue");
    expect(foldPhrases("the stock market fell")).toBe("the stock market fell");
  });
});

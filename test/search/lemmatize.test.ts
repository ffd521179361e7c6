import { describe, expect, it } from "vitest";
import { irregularBase } from "../../src/search/lemmatize.js";
import { processTerm } from "../../src/search/terms.js";

describe("irregularBase", () => {
  it("reads an irregular past tense or participle as its verb", () => {
    expect(irregularBase("said")).toBe("say");
    expect(irregularBase("bought")).toBe("buy");
    expect(irregularBase("struck")).toBe("strike");
    expect(irregularBase("begun")).toBe("begin");
  });

  it("leaves regular forms, which stemming joins, and unknown words as they are", () => {
    expect(irregularBase("shares")).toBe("shares");
    expect(irregularBase("people")).toBe("people");
    expect(irregularBase("founded")).toBe("founded");
    expect(irregularBase("voltline")).toBe("voltline");
  });

  it("makes a question's word and a sentence's irregular form one search term", () => {
    // "what did the founder say?" against "the founder said"; "who sold the unit?" against "sells".
    expect(processTerm("said")).toBe(processTerm("say"));
    expect(processTerm("sold")).toBe(processTerm("sells"));
    expect(processTerm("spent")).toBe(processTerm("spending"));
    // "found" (find) and "founded" (found) stay apart.
    expect(processTerm("found")).not.toBe(processTerm("founded"));
  });
});

import { describe, expect, it } from "vitest";
import { removeGluedKeyword } from "../../src/corpus/clean-glued-keyword.js";

describe("removeGluedKeyword", () => {
  it("strips a site keyword glued to the end of headings and the last paragraph", () => {
    const blocks = [
      "Intro sentence.",
      "A Strategic Pivot: Ending Exclusive Cloud Reliance OpenAI",
      "Body.",
      "The Insatiable Appetite for Compute OpenAI",
      "Body.",
      "It confirms the future will rely on a multi-cloud infrastructure. OpenAI",
    ];
    expect(removeGluedKeyword(blocks)).toEqual([
      "Intro sentence.",
      "A Strategic Pivot: Ending Exclusive Cloud Reliance",
      "Body.",
      "The Insatiable Appetite for Compute",
      "Body.",
      "It confirms the future will rely on a multi-cloud infrastructure.",
    ]);
  });

  it("works for any keyword, not one name", () => {
    expect(removeGluedKeyword(["Big News Gadgets360", "Done. Gadgets360"])).toEqual(["Big News", "Done."]);
  });

  it("keeps a heading whose last word follows a joining word", () => {
    expect(
      removeGluedKeyword(["Microsoft's Deal with OpenAI", "Cloud Reliance OpenAI", "End. OpenAI"]),
    ).toEqual(["Microsoft's Deal with OpenAI", "Cloud Reliance", "End."]);
  });

  it("leaves headings that merely share a last word alone", () => {
    const blocks = [
      "Introduction: Amazon OpenAI AI deal",
      "Text.",
      "Conclusion: Amazon OpenAI AI deal",
      "Text.",
    ];
    expect(removeGluedKeyword(blocks)).toEqual(blocks);
  });

  it("needs the keyword at two block ends at least", () => {
    const blocks = ["A heading", "Text ends here. Reuters"];
    expect(removeGluedKeyword(blocks)).toEqual(blocks);
  });
});

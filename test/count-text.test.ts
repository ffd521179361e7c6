import { describe, expect, it } from "vitest";
import { countOf, noneOfTheArticles } from "../src/count-text.js";

describe("countOf", () => {
  it("writes one of a thing in the singular and any other count in the plural", () => {
    expect(countOf(1, "source")).toBe("1 source");
    expect(countOf(6, "source")).toBe("6 sources");
    expect(countOf(0, "passage")).toBe("0 passages");
  });
});

describe("noneOfTheArticles", () => {
  it("says 'the only article' with the negated verb for a story of one article", () => {
    expect(noneOfTheArticles(1, "mentions Zed.", "does not mention Zed.")).toBe(
      "The only article does not mention Zed.",
    );
    expect(noneOfTheArticles(3, "mentions Zed.", "does not mention Zed.")).toBe(
      "None of the 3 articles mentions Zed.",
    );
  });
});

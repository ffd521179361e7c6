import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/corpus/clean-article.js";

describe("cleanArticle", () => {
  it("applies every rule: typesetting, apostrophes, furniture, residue, disclaimer, glued keyword", () => {
    const raw = [
      "A Big Deal: OpenAI‘s Bet",
      "Share- Example",
      "- 3 Comments",
      "It is valued at $38$ billion and runs to $2026$. OpenAI",
      "",
      "Growth Plans OpenAI",
      "Shares rose $5\\%$. If you'd like, I can also write a summary.",
      "Disclaimer: This article was generated using artificial intelligence.",
      "Leave your thoughts",
    ].join("\n");
    expect(cleanArticle(raw)).toEqual({
      blocks: [
        "A Big Deal: OpenAI's Bet",
        "It is valued at $38 billion and runs to 2026.",
        "Growth Plans",
        "Shares rose 5%.",
      ],
      aiGenerated: true,
    });
  });

  it("handles Windows line endings and blank lines", () => {
    expect(cleanArticle("One.\r\n\r\n  Two.  \r\n").blocks).toEqual(["One.", "Two."]);
  });

  it("never throws and returns trimmed, non-empty, single-line blocks", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const { blocks } = cleanArticle(text);
        for (const block of blocks) {
          expect(block.length).toBeGreaterThan(0);
          expect(block).toBe(block.trim());
          expect(block).not.toMatch(/[\n\r]/);
        }
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { headerDate } from "../../src/corpus/header-date.js";
import { parseArticle } from "../../src/corpus/parse-article.js";

const heading = (text: string) => ({ kind: "heading" as const, text });
const sentence = (text: string) => ({ kind: "sentence" as const, text });

describe("headerDate", () => {
  it("reads a date line above the first sentence, with a label, a byline or a time stamp", () => {
    for (const [line, day] of [
      ["date 2025-09-09", "2025-09-09"],
      ["2025/09/09 18:16", "2025-09-09"],
      ["Writing Team : May 27, 2025 1:29:34 PM", "2025-05-27"],
      ["Published 12 Jan 2026, 09:14 GMT", "2026-01-12"],
      ["Updated: Tue 3 March 2026", "2026-03-03"],
    ] as const) {
      expect(headerDate([heading("Harbor Bancorp to buy Northwind for $4.2 billion"), heading(line)])).toBe(
        day,
      );
    }
  });

  it("takes no date from a headline, a sentence, or a date without its day or year", () => {
    expect(headerDate([heading("Dunravel deal to close by March 3, 2026")])).toBeUndefined();
    expect(headerDate([heading("March 3, 2026 deadline looms for Zephra bid")])).toBeUndefined();
    expect(headerDate([heading("Published March 2026")])).toBeUndefined();
    // Below the first sentence a date line is part of the text, not the page's header.
    expect(
      headerDate([sentence("Teralith agreed to be bought for $48 a share."), heading("2026-02-10")]),
    ).toBeUndefined();
  });
});

describe("parseArticle with a header date", () => {
  it("dates an article without front matter from its date line, and front matter wins over it", () => {
    const body =
      "Mistral raises €1.7 billion\ndate 2025-09-09\nBy: Newswire\n\nMistral AI said on Tuesday that it raised €1.7 billion.\n";
    const plain = parseArticle(body, "503.txt");
    expect(plain.ok && plain.article.meta.published).toBe("2025-09-09");
    const fronted = parseArticle(`---\nid: x\npublished: 2025-09-10\n---\n${body}`, "x.md");
    expect(fronted.ok && fronted.article.meta.published).toBe("2025-09-10");
  });
});

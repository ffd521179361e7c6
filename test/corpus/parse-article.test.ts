import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/parse-article.js";

describe("parseArticle", () => {
  it("builds a cleaned, split article from a file", () => {
    const result = parseArticle(
      "---\nid: a1\npublisher: Example\n---\nThe Deal\nIt is worth $38$ billion. OpenAI‘s bet.\n",
      "seeds/a1.md",
    );
    expect(result).toEqual({
      ok: true,
      article: {
        meta: { id: "a1", publisher: "Example" },
        file: "seeds/a1.md",
        text: "The Deal\nIt is worth $38 billion. OpenAI's bet.",
        aiGenerated: false,
        passages: [
          { id: "a1:0", articleId: "a1", index: 0, kind: "heading", text: "The Deal", paragraph: 0 },
          {
            id: "a1:1",
            articleId: "a1",
            index: 1,
            kind: "sentence",
            text: "It is worth $38 billion.",
            heading: "The Deal",
            paragraph: 1,
          },
          {
            id: "a1:2",
            articleId: "a1",
            index: 2,
            kind: "sentence",
            text: "OpenAI's bet.",
            heading: "The Deal",
            paragraph: 1,
          },
        ],
      },
    });
  });

  it("takes the id from the file name when the front matter has none", () => {
    const result = parseArticle("---\ntitle: T\n---\nText.", "seeds/003_abc.txt");
    expect(result.ok && result.article.meta.id).toBe("003_abc");
  });

  it("names the file and the field of a bad front matter value", () => {
    expect(parseArticle("---\npublished: 2025-13-45\n---\nText.", "seeds/x.md")).toEqual({
      ok: false,
      error: 'seeds/x.md: published: expected a date YYYY-MM-DD (or an ISO date-time), got "2025-13-45"',
    });
  });

  it("reads a plain-text file without front matter, its id from the file name", () => {
    const parsed = parseArticle("OpenAI signed a $38 billion deal.", "seeds/OpenAI deal (copy).txt");
    expect(parsed).toMatchObject({ ok: true, article: { meta: { id: "OpenAI-deal-copy" } } });
    if (parsed.ok) expect(parsed.article.meta.title).toBeUndefined();
  });

  it("reports empty text and text that is all furniture", () => {
    expect(parseArticle("---\nid: a\n---\n  \n", "a.md")).toMatchObject({
      error: expect.stringMatching(/^a\.md: empty text/),
    });
    expect(parseArticle("---\nid: a\n---\n- 0 Comments\nLeave a reply\n", "a.md")).toMatchObject({
      error: expect.stringMatching(/^a\.md: no sentences left after cleaning/),
    });
  });

  it("reports binary content", () => {
    expect(parseArticle("---\nid: a\n---\nPK\u0000\u0003", "a.md")).toMatchObject({
      error: expect.stringMatching(/binary/),
    });
  });

  it("never throws, and its passages are substrings of its text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 600 }), (body) => {
        const result = parseArticle(`---\nid: p\n---\n${body}`, "p.md");
        if (!result.ok) return;
        for (const passage of result.article.passages) expect(result.article.text).toContain(passage.text);
      }),
    );
  });
});

describe("parseArticle and pages that are no articles", () => {
  it("refuses a saved paywall teaser or error page, whatever file it comes in", () => {
    const teaser = parseArticle(
      "---\nid: teaser\ntitle: Kestrel agrees $2 billion sale to Lumo\n---\nKestrel agreed to sell itself to Lumo for $2 billion, people familiar with the matter said.\nSubscribe to continue reading. Already a subscriber? Sign in.\n",
      "teaser.md",
    );
    expect(teaser).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^teaser\.md: it is a paywall teaser/),
    });
    const missing = parseArticle(
      "Page not found\nSorry, the page you were looking for does not exist or has been moved.\n",
      "missing.txt",
    );
    expect(missing).toMatchObject({ ok: false, error: expect.stringMatching(/error page/) });
  });

  it("keeps an article that speaks of subscribers and errors in passing", () => {
    const parsed = parseArticle(
      "---\nid: stream\n---\nStreamline added 2 million subscribers after its $900 million purchase of Reelbox.\nAnalysts said an error in the filing had overstated the price, which the company corrected on Monday.\nThe deal closed in March.\n",
      "stream.md",
    );
    expect(parsed.ok).toBe(true);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMeta, splitFrontMatter } from "../../src/corpus/front-matter.js";
import { serializeArticle } from "../../src/corpus/serialize-article.js";

describe("serializeArticle", () => {
  it("writes only the known fields, in a fixed order, above the text", () => {
    const file = serializeArticle(
      {
        url: "https://example.com/a",
        id: "a1",
        title: "OpenAI's $3.8 Billion: Bet",
        published: "2025-11-04",
      },
      "Body text.\n",
    );
    expect(file).toBe(
      '---\nid: a1\ntitle: "OpenAI\'s $3.8 Billion: Bet"\npublished: 2025-11-04\nurl: https://example.com/a\n---\nBody text.\n',
    );
  });

  it("reads back to the same meta and the same text", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 200 });
    const title = fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(title, text, (t, body) => {
        const split = splitFrontMatter(serializeArticle({ id: "x-1", title: t }, body));
        expect(split).toMatchObject({ ok: true, body });
        if (!split.ok) return;
        expect(parseMeta(split.yaml, "ignored")).toEqual({ ok: true, meta: { id: "x-1", title: t } });
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitPassages } from "../../src/corpus/split-passages.js";

const blocks = [
  "Intro sentence one. Intro sentence two.",
  "Breakdown",
  "A deeper integration could lead to benefits:",
  "- Enhanced Access: Faster models. Lower prices.",
  "Why This Matters",
  "It matters.",
];

describe("splitPassages", () => {
  const passages = splitPassages("a1", blocks);

  it("numbers passages over the whole article, headings included", () => {
    expect(passages.map((p) => p.index)).toEqual(passages.map((_, i) => i));
    expect(passages.map((p) => p.id)).toEqual(passages.map((_, i) => `a1:${i}`));
    expect(passages.every((p) => p.articleId === "a1")).toBe(true);
  });

  it("gives each passage its kind, block and section heading", () => {
    expect(
      passages.map(({ kind, text, paragraph, heading }) => ({ kind, text, paragraph, heading })),
    ).toEqual([
      { kind: "sentence", text: "Intro sentence one.", paragraph: 0, heading: undefined },
      { kind: "sentence", text: "Intro sentence two.", paragraph: 0, heading: undefined },
      { kind: "heading", text: "Breakdown", paragraph: 1, heading: undefined },
      {
        kind: "sentence",
        text: "A deeper integration could lead to benefits:",
        paragraph: 2,
        heading: "Breakdown",
      },
      { kind: "list-item", text: "Enhanced Access: Faster models.", paragraph: 3, heading: "Breakdown" },
      { kind: "list-item", text: "Lower prices.", paragraph: 3, heading: "Breakdown" },
      { kind: "heading", text: "Why This Matters", paragraph: 4, heading: undefined },
      { kind: "sentence", text: "It matters.", paragraph: 5, heading: "Why This Matters" },
    ]);
  });

  it("leaves out passages without a letter or digit", () => {
    expect(splitPassages("a", ["***", "— —", "Real text."]).map((p) => p.text)).toEqual(["Real text."]);
  });

  it("yields non-empty passages that are substrings of the joined text, for any blocks", () => {
    const line = fc
      .string({ unit: "grapheme", maxLength: 300 })
      .map((s) => s.replace(/[\r\n\u2028\u2029]/g, " ").trim());
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.join("\n");
        for (const passage of splitPassages("x", lines)) {
          expect(passage.text.trim().length).toBeGreaterThan(0);
          expect(text).toContain(passage.text);
        }
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  bold,
  line,
  link,
  MAX_RICH_TEXT_CHARS,
  quote,
  richBlocks,
  richText,
  text,
} from "../../adapters/slack/rich-text.js";

describe("link", () => {
  it("links http(s) URLs and keeps the label as written, cut to its limit", () => {
    expect(link("https://example.com/a?x=<y>|z", "A | <B> *b*")).toEqual({
      type: "link",
      url: "https://example.com/a?x=%3Cy%3E|z",
      text: "A | <B> *b*",
    });
    expect(link("https://example.com/", "abcdef", 4)).toEqual({
      type: "link",
      url: "https://example.com/",
      text: "abc…",
    });
  });

  it("shows only the label, as text, for other schemes or no URL", () => {
    expect(link("javascript:alert(1)", "x")).toEqual({ type: "text", text: "x" });
    expect(link(undefined, "a&b")).toEqual({ type: "text", text: "a&b" });
    expect(link("not a url", "y")).toEqual({ type: "text", text: "y" });
  });
});

describe("quote", () => {
  it("quotes the text literally, lines and markup included, cut to its limit", () => {
    expect(quote("one *b*\n> two", 100)).toEqual({
      type: "rich_text_quote",
      elements: [{ type: "text", text: "one *b*\n> two" }],
    });
    expect(quote("abcdef", 3)).toEqual({
      type: "rich_text_quote",
      elements: [{ type: "text", text: "ab…" }],
    });
  });
});

/** Characters a rich text block holds, counted as the limit counts them. */
function size(block: ReturnType<typeof richText>): number {
  return JSON.stringify(block)
    .match(/"(text|url)":"(?:[^"\\]|\\.)*"/g)!
    .map((t) => Object.values(JSON.parse(`{${t}}`) as Record<string, string>)[0] ?? "")
    .reduce((n, t) => n + t.length, 0);
}

describe("richText", () => {
  it("keeps a block within 3,000 characters, cutting the text and keeping a link's label when its URL does not fit", () => {
    const block = richText(
      line(bold("x".repeat(2000))),
      line(text("y".repeat(900)), link(`https://example.com/${"a".repeat(500)}`, "label")),
    );
    const all = JSON.stringify(block);
    expect(all).not.toContain('"type":"link"');
    expect(all).toContain('"text":"la');
    expect(size(block)).toBeLessThanOrEqual(MAX_RICH_TEXT_CHARS);
    // The bold style survives a cut.
    expect(block.type === "rich_text" && block.elements[0]?.elements[0]).toMatchObject({
      style: { bold: true },
    });
  });
});

describe("richBlocks", () => {
  it("packs lines into blocks of at most 3,000 characters without splitting a line, lines joined by newlines", () => {
    const lines = Array.from({ length: 10 }, (_, i) => line(text(`${i}${"x".repeat(999)}`)));
    const blocks = richBlocks(lines);
    expect(blocks).toHaveLength(5); // two 1,000-character lines fit, three do not
    const shown = blocks.map((b) =>
      b.type === "rich_text"
        ? b.elements.map((p) => p.elements.map((e) => (e.type === "text" ? e.text : "")).join("")).join("")
        : "",
    );
    for (const s of shown) expect(s.length).toBeLessThanOrEqual(MAX_RICH_TEXT_CHARS);
    expect(shown.join("\n")).toBe(lines.map((l) => (l.elements[0] as { text: string }).text).join("\n"));
  });

  it("keeps a quote as its own part between lines", () => {
    const [block] = richBlocks([line(text("a")), quote("q", 10), line(text("b")), line(text("c"))]);
    expect(block).toEqual({
      type: "rich_text",
      elements: [
        { type: "rich_text_section", elements: [{ type: "text", text: "a" }] },
        { type: "rich_text_quote", elements: [{ type: "text", text: "q" }] },
        {
          type: "rich_text_section",
          elements: [
            { type: "text", text: "b" },
            { type: "text", text: "\n" },
            { type: "text", text: "c" },
          ],
        },
      ],
    });
  });
});

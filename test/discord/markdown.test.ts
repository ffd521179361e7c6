import { describe, expect, it } from "vitest";
import { blockQuote, escapeText, link, safeUrl } from "../../adapters/discord/markdown.js";

describe("escapeText", () => {
  it("escapes formatting but leaves mentions as text (allowed_mentions stops the ping)", () => {
    expect(escapeText("*bold* __u__ `code` <@123> @everyone")).toBe(
      "\\*bold\\* \\_\\_u\\_\\_ \\`code\\` <@123> @everyone",
    );
  });

  it("escapes headings and list markers at the start of a line", () => {
    expect(escapeText("# Big\n- item")).toBe("\\# Big\n\\- item");
  });
});

describe("link", () => {
  it("builds a masked link with brackets in the label escaped", () => {
    expect(link("Deal [update]", "https://example.com/a")).toBe("[Deal \\[update\\]](https://example.com/a)");
  });

  it("encodes parentheses so the address does not end the link early", () => {
    expect(link("x", "https://example.com/a_(b)")).toBe("[x](https://example.com/a_%28b%29)");
  });

  it("falls back to the label for a non-http address", () => {
    expect(link("x", "javascript:alert(1)")).toBe("x");
    expect(safeUrl("not a url")).toBeUndefined();
  });
});

describe("blockQuote", () => {
  it("quotes every line", () => {
    expect(blockQuote("one\ntwo")).toBe("> one\n> two");
  });
});

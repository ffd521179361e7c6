import { describe, expect, it } from "vitest";
import {
  blockQuote,
  escapeNotice,
  escapeText,
  link,
  MAX_ESCAPED_INPUT,
  safeUrl,
} from "../../adapters/discord/markdown.js";

describe("escapeText", () => {
  it("escapes formatting, mentions and bare links so they render as typed", () => {
    expect(escapeText("*bold* __u__ `code` <@123> @everyone https://x.example")).toBe(
      "\\*bold\\* \\_\\_u\\_\\_ \\`code\\` \\<\\@123\\> \\@everyone https\\://x.example",
    );
  });

  it("escapes headings and list markers at the start of a line", () => {
    expect(escapeText("# Big\n- item\n 2. item")).toBe("\\# Big\n\\- item\n 2\\. item");
  });

  it("escapes every bracket, not only the first", () => {
    expect(escapeText("[a] then [text](https://evil.example)")).toBe(
      "\\[a\\] then \\[text\\](https\\://evil.example)",
    );
  });

  it("escapes a 100 KB title in bounded time, cutting it first", () => {
    const title = "[*_~`|>#-".repeat(12_000);
    const started = performance.now();
    const escaped = escapeText(title);
    expect(performance.now() - started).toBeLessThan(200);
    expect(escaped.length).toBeLessThanOrEqual(2 * MAX_ESCAPED_INPUT);
  });
});

describe("escapeNotice", () => {
  it("keeps the core's code spans and escapes the echoed text around them", () => {
    expect(escapeNotice("Use `/deal add <url>`: [x](https://evil.example) @here")).toBe(
      "Use `/deal add <url>`: \\[x\\](https\\://evil.example) \\@here",
    );
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

import { describe, expect, it } from "vitest";
import { parseMeta, splitFrontMatter } from "../../src/corpus/front-matter.js";
import { MAX_PUBLISHER_CHARS, MAX_TITLE_CHARS } from "../../src/types.js";

describe("splitFrontMatter", () => {
  it("separates the YAML from the body, keeping the body byte for byte", () => {
    expect(splitFrontMatter("---\nid: a\n---\nLine one.\n\nLine two.\n")).toEqual({
      ok: true,
      yaml: "id: a",
      body: "Line one.\n\nLine two.\n",
    });
  });

  it("accepts a byte order mark, Windows line endings and empty front matter", () => {
    expect(splitFrontMatter("\uFEFF---\r\nid: a\r\n---\r\nText")).toMatchObject({ ok: true, body: "Text" });
    expect(splitFrontMatter("---\n---\nText")).toEqual({ ok: true, yaml: "", body: "Text" });
  });

  it("takes a file without front matter as all text (an article as it was collected)", () => {
    expect(splitFrontMatter("Just text.\n---\nMore.")).toEqual({
      ok: true,
      yaml: "",
      body: "Just text.\n---\nMore.",
    });
  });

  it("reports front matter that is never closed", () => {
    expect(splitFrontMatter("---\nid: a\nText")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not closed/),
    });
  });
});

describe("parseMeta", () => {
  it("reads known fields and keeps a YAML date as the string written", () => {
    expect(parseMeta("title: 'A: B'\npublished: 2025-11-04\nurl: https://example.com/a", "file-id")).toEqual({
      ok: true,
      meta: { id: "file-id", title: "A: B", published: "2025-11-04", url: "https://example.com/a" },
    });
  });

  it("cuts a title or publisher too long to be one, so no renderer ever gets 100 KB of it", () => {
    const huge = "Deal ".repeat(20_000);
    const parsed = parseMeta(`title: "${huge}"\npublisher: "${huge}"`, "file-id");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.meta.title!.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(parsed.meta.title).toMatch(/^Deal Deal .*…$/);
    expect(parsed.meta.publisher!.length).toBeLessThanOrEqual(MAX_PUBLISHER_CHARS);
  });

  it("lets the front matter id win over the file name", () => {
    expect(parseMeta("id: other", "file-id")).toEqual({ ok: true, meta: { id: "other" } });
  });

  it("names the field and what it expects when a value is bad", () => {
    expect(parseMeta("published: 4 November", "a")).toEqual({
      ok: false,
      error: 'published: expected a date YYYY-MM-DD (or an ISO date-time), got "4 November"',
    });
    expect(parseMeta("url: ftp://example.com", "a")).toMatchObject({
      error: expect.stringMatching(/^url: expected an http\(s\) address/),
    });
    expect(parseMeta("id: has space", "a")).toMatchObject({
      error: expect.stringMatching(/^id: expected letters/),
    });
    expect(parseMeta('title: ""', "a")).toMatchObject({
      error: expect.stringMatching(/^title: expected a non-empty text/),
    });
  });

  it("reports an unknown field, so a misspelt one is not silently lost", () => {
    expect(parseMeta("pubished: 2025-11-04", "a")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^pubished: unknown field \(expected one of id, title/),
    });
  });

  it("reports YAML that does not parse, or is not a mapping", () => {
    expect(parseMeta("title: [unclosed", "a")).toMatchObject({
      error: expect.stringMatching(/not valid YAML/),
    });
    expect(parseMeta("- a list", "a")).toMatchObject({ error: expect.stringMatching(/key: value/) });
  });
});

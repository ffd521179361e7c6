import { describe, expect, it } from "vitest";
import { extractArticle, MAX_MARKUP_DEPTH, normalizeDate } from "../../src/ingest/extract-article.js";
import { articleHtml, FORTY_FIVE_BILLION, POWER_GRID } from "./fixtures/news-site.js";

const SELF = "https://hsj.example/news/openai-widens-amazon-pact?utm_source=x#top";

describe("extractArticle", () => {
  it("refuses a page whose elements nest deeper than MAX_MARKUP_DEPTH, before parsing it", () => {
    const wrapped = articleHtml(FORTY_FIVE_BILLION, SELF).replace(
      /<body>([\s\S]*)<\/body>/,
      (_all, body: string) =>
        `<body>${"<div>".repeat(MAX_MARKUP_DEPTH)}${body}${"</div>".repeat(MAX_MARKUP_DEPTH)}</body>`,
    );
    const result = extractArticle(wrapped, SELF);
    expect(result).toEqual({
      ok: false,
      error: `the page at ${SELF} was not added: its elements nest more than ${MAX_MARKUP_DEPTH} levels deep`,
    });
  });

  it("takes title, publisher, date and canonical address from the page's metadata", () => {
    const result = extractArticle(
      articleHtml({ ...FORTY_FIVE_BILLION, canonical: "https://hsj.example/news/pact" }, SELF),
      SELF,
    );
    expect(result).toMatchObject({
      ok: true,
      article: {
        title: "OpenAI widens its Amazon cloud pact",
        publisher: "Harbour Street Journal",
        published: "2025-11-06",
        url: "https://hsj.example/news/pact",
      },
    });
  });

  it("keeps a canonical address only on the site the page came from, and none over 2,048 characters", () => {
    const withCanonical = (canonical: string) =>
      extractArticle(articleHtml({ ...FORTY_FIVE_BILLION, canonical }, SELF), SELF);
    const fetched = "https://hsj.example/news/openai-widens-amazon-pact?utm_source=x";
    // Another publisher's address would credit and link the page as theirs.
    expect(withCanonical("https://www.reuters.example/business/pact")).toMatchObject({
      ok: true,
      article: { url: fetched },
    });
    expect(withCanonical("https://www.hsj.example/news/pact")).toMatchObject({
      article: { url: "https://www.hsj.example/news/pact" },
    });
    expect(withCanonical("https://amp.hsj.example/news/pact")).toMatchObject({
      article: { url: "https://amp.hsj.example/news/pact" },
    });
    expect(withCanonical(`https://hsj.example/${"a".repeat(2100)}`)).toMatchObject({
      article: { url: fetched },
    });
    // A saved page (no web address) keeps the address it was saved from.
    const saved = extractArticle(
      articleHtml({ ...FORTY_FIVE_BILLION, canonical: "https://hsj.example/news/pact" }, SELF),
      "saved.html",
    );
    expect(saved.ok && saved.article.url).toBe("https://hsj.example/news/pact");
  });

  it("keeps the story's paragraphs as lines and drops nav, share bar, comments and footer", () => {
    const result = extractArticle(articleHtml(FORTY_FIVE_BILLION, SELF), SELF);
    if (!result.ok) throw new Error(result.error);
    const lines = result.article.text.split("\n");
    expect(lines).toContain(FORTY_FIVE_BILLION.paragraphs[1]);
    expect(lines).toContain("What changed");
    expect(result.article.text).not.toMatch(/Subscribe|Reader42|\$99 billion|All rights reserved|Share on/);
    // The headline is in the metadata; repeating it as the first line would make it a passage.
    expect(lines[0]).toBe(FORTY_FIVE_BILLION.paragraphs[0]);
  });

  it("keeps reader comments out of a story too short for Readability's default threshold", () => {
    const result = extractArticle(articleHtml(POWER_GRID, SELF), SELF);
    if (!result.ok) throw new Error(result.error);
    expect(result.article.text.split("\n")).toEqual(POWER_GRID.paragraphs);
  });

  it("falls back to the fetched address without its fragment when the page names no canonical", () => {
    const html = articleHtml(FORTY_FIVE_BILLION, SELF).replace(
      /<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>/g,
      "",
    );
    const result = extractArticle(html, SELF);
    expect(result.ok && result.article.url).toBe(
      "https://hsj.example/news/openai-widens-amazon-pact?utm_source=x",
    );
  });

  it("reads the date from a <time> element or free text when there is no published_time", () => {
    const html = `<html><head><title>Deal</title></head><body><article><h1>Deal</h1>
      <time datetime="November 4, 2025">Nov 4</time>
      ${FORTY_FIVE_BILLION.paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const result = extractArticle(html, "https://x.example/a");
    expect(result).toMatchObject({ ok: true, article: { published: "2025-11-04" } });
    expect(result.ok && result.article.publisher).toBeUndefined();
  });

  it("keeps list items with the dash the seed files use", () => {
    const html = `<html><body><article><p>${FORTY_FIVE_BILLION.paragraphs[0]}</p>
      <ul><li>Ohio and Oregon gain new data centre capacity for OpenAI workloads.</li><li>Inference can move between regions.</li></ul>
      <p>${FORTY_FIVE_BILLION.paragraphs[1]}</p></article></body></html>`;
    const result = extractArticle(html, "https://x.example/a");
    expect(result.ok && result.article.text).toContain(
      "\n- Ohio and Oregon gain new data centre capacity for OpenAI workloads.\n",
    );
  });

  it("refuses a page with too little text to be an article", () => {
    const result = extractArticle(
      "<html><body><nav><a href='/'>Home</a></nav><p>Hello.</p></body></html>",
      "https://x.example/",
    );
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toContain("too little text");
  });
});

describe("normalizeDate", () => {
  it.each([
    ["2025-11-04T08:00:00+05:30", "2025-11-04"],
    ["2025-11-04", "2025-11-04"],
    ["November 4, 2025", "2025-11-04"],
    ["4 Nov 2025 10:00", "2025-11-04"],
  ])("reads %s as %s", (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([
    "November 2025",
    "yesterday-ish",
    "2025-13-45",
    "",
  ])("leaves %j out rather than guess", (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });
});

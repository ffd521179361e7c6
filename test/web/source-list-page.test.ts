import { describe, expect, it } from "vitest";
import { listingOf } from "../../src/answer/source-ref.js";
import { renderSourceListPage } from "../../src/web/source-list-page.js";
import { aiArticle, hostileArticle, plainArticle } from "./sample-articles.js";

describe("renderSourceListPage", () => {
  it("links each article to its own page, in the order given", () => {
    const html = renderSourceListPage([plainArticle, aiArticle]);
    const first = html.indexOf(`href="sources/001_plain"`);
    const second = html.indexOf(`href="sources/004_ai"`);
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(html).toContain("2 articles");
  });

  it("marks the article its publisher flags as AI-generated", () => {
    const html = renderSourceListPage([aiArticle]);
    expect(html).toContain("AI-generated, says the publisher");
    expect(html).toContain("Nishadil · 2025-11-04");
  });

  it("names an untitled article as the chat's /deal sources does", () => {
    const name = listingOf(plainArticle, "http://localhost:3000").label;
    expect(name).toMatch(/^Untitled: “/);
    expect(renderSourceListPage([plainArticle])).toContain(`>${name}</a>`);
  });

  it("escapes titles", () => {
    expect(renderSourceListPage([hostileArticle])).not.toContain("<script>");
  });

  it("says so when no article is loaded", () => {
    expect(renderSourceListPage([])).toContain("No articles are loaded.");
  });
});

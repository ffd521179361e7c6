import { describe, expect, it } from "vitest";
import { passageAnchor } from "../../src/links.js";
import { AI_BANNER_TEXT, renderSourcePage } from "../../src/web/source-page.js";
import { aiArticle, hostileArticle, plainArticle } from "./sample-articles.js";

describe("renderSourcePage", () => {
  it("gives every passage the id its quote links point at", () => {
    const html = renderSourcePage(plainArticle);
    for (const passage of plainArticle.passages) {
      expect(html).toContain(`id="${passageAnchor(passage)}"`);
    }
  });

  it("renders headings as headings and list items as a list", () => {
    const html = renderSourcePage(plainArticle);
    expect(html).toContain(`<h2 id="p-2">Why This Matters</h2>`);
    expect(html).toMatch(
      /<ul>\s*<li class="passage" id="p-43">NVIDIA GB200 chips<\/li>\s*<li[^>]*>NVIDIA GB300/,
    );
  });

  it("keeps the sentences of one paragraph in one paragraph", () => {
    expect(renderSourcePage(plainArticle)).toContain(
      `<p><span class="passage" id="p-0">OpenAI has signed a deal with Amazon Web Services.</span> <span class="passage" id="p-1">`,
    );
  });

  it("shows title, publisher, date and the original link where known", () => {
    const html = renderSourcePage(aiArticle);
    expect(html).toContain(
      "<h1>A Cloud Giant Rises: OpenAI&#39;s $3.8 Billion Bet on Amazon Web Services</h1>",
    );
    expect(html).toContain("Nishadil");
    expect(html).toContain(`<time datetime="2025-11-04">`);
    expect(html).toContain(`href="https://nishadil.com/news/a-cloud-giant-rises"`);
  });

  it("names an untitled article by its opening words, as the chat does, and says what is not known", () => {
    const html = renderSourcePage(plainArticle);
    expect(html).toContain("<h1>Untitled: “OpenAI has signed a deal with Amazon Web…”</h1>");
    expect(html).toContain("Publisher, date and address not known");
    expect(html).not.toContain("Read the original");
  });

  it("shows the AI banner only on an article its publisher flags", () => {
    expect(renderSourcePage(aiArticle)).toContain(AI_BANNER_TEXT);
    expect(renderSourcePage(plainArticle)).not.toContain(`id="ai-banner"`);
  });

  it("escapes markup in the title and text", () => {
    const html = renderSourcePage(hostileArticle);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;!channel&gt;");
    expect(html).toContain("&quot;quotes&quot; &amp; &#39;apostrophes&#39; &lt;@U123&gt;");
  });

  it("falls back to the cleaned text when an article has no passages", () => {
    const html = renderSourcePage({ ...plainArticle, passages: [], text: "First block.\nSecond <block>." });
    expect(html).toContain("<p>First block.</p>\n<p>Second &lt;block&gt;.</p>");
  });
});

describe("renderSourcePage on any text", () => {
  it("never lets a tag or attribute out of a passage", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const passage = { ...plainArticle.passages[0]!, text };
        const html = renderSourcePage({ ...plainArticle, passages: [passage] });
        const main = html.slice(html.indexOf("<main>"), html.indexOf("</main>"));
        // The only tags in the body are the ones the page itself writes.
        expect(
          main
            .match(/<[^>]*>/g)
            ?.every((tag) => /^<\/?(main|p|span)( class="passage" id="p-0")?>$/.test(tag)),
        ).toBe(true);
      }),
    );
  });
});

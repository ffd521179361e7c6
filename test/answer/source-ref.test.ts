import { describe, expect, it } from "vitest";
import { listingOf, sourceRefOf } from "../../src/answer/source-ref.js";
import { article } from "./support.js";

describe("sourceRefOf / listingOf", () => {
  const known = article("known", "OpenAI signed a deal.", {
    title: "A deal",
    publisher: "Example Wire",
    published: "2025-11-04",
    url: "https://example.com/deal",
  });
  const bare = article("bare", "OpenAI signed a deal.\nIt is worth $38 billion.");

  it("names a source by what its front matter knows, and nothing more", () => {
    expect(sourceRefOf(known)).toEqual({
      articleId: "known",
      title: "A deal",
      publisher: "Example Wire",
      published: "2025-11-04",
      articleUrl: "https://example.com/deal",
      aiGenerated: false,
    });
    expect(sourceRefOf(bare)).toMatchObject({ articleId: "bare", title: undefined, articleUrl: undefined });
  });

  it("labels an untitled article by its opening words, marked as such, and a titled one not at all", () => {
    expect(sourceRefOf(bare).label).toBe("Untitled: “OpenAI signed a deal.”");
    const long = article(
      "long",
      "A groundbreaking agreement between OpenAI and Amazon Web Services has shaken the industry.",
    );
    expect(sourceRefOf(long).label).toBe("Untitled: “A groundbreaking agreement between OpenAI and…”");
    expect(sourceRefOf(known).label).toBeUndefined();
  });

  it("lists a source at its own address, else at the bot's source page, with its passage count", () => {
    expect(listingOf(known, "http://bot.test")).toMatchObject({
      url: "https://example.com/deal",
      passages: 1,
    });
    expect(listingOf(bare, "http://bot.test")).toMatchObject({
      url: "http://bot.test/sources/bare",
      passages: 2,
    });
  });
});

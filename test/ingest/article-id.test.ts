import { describe, expect, it } from "vitest";
import { articleIdForUrl, slugify } from "../../src/ingest/article-id.js";
import { ArticleMetaSchema } from "../../src/types.js";

describe("articleIdForUrl", () => {
  it("names the article after the wordy part of its address plus a hash", () => {
    const id = articleIdForUrl(
      "https://nishadil.com/news/a-cloud-giant-rises-openais-3-8-billion-bet/34f371564ae86d19",
    );
    expect(id).toMatch(/^a-cloud-giant-rises-openais-3-8-billion-bet-[0-9a-f]{8}$/);
  });

  it("gives the same id to the same page however its address is decorated, and different ids to different pages", () => {
    const a = articleIdForUrl("https://x.example/news/deal-story?utm_source=rss");
    expect(articleIdForUrl("https://www.x.example/news/deal-story/")).toBe(a);
    expect(articleIdForUrl("https://y.example/news/deal-story")).not.toBe(a);
  });

  it("always returns an id the front matter schema accepts", () => {
    for (const url of [
      "https://x.example/",
      "https://x.example/2025/11/04/",
      `https://x.example/${"très-long-".repeat(30)}`,
    ]) {
      expect(ArticleMetaSchema.shape.id.safeParse(articleIdForUrl(url)).success).toBe(true);
    }
  });
});

describe("slugify", () => {
  it("cuts long titles at a word boundary", () => {
    const slug = slugify("open-ai-strikes-38-billion-cloud-deal-with-amazon-to-power-the-next-wave-of-ai");
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe("open-ai-strikes-38-billion-cloud-deal-with-amazon-to-power");
  });
});

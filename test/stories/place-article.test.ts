import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../src/corpus/load-articles.js";
import { placeArticle } from "../../src/stories/place-article.js";
import type { Article } from "../../src/types.js";

async function load(dir: string): Promise<Article[]> {
  const loaded = await loadArticles(dir);
  if (!loaded.ok) throw new Error(loaded.error);
  return [...loaded.articles];
}

let oracle: Article[];
let broadcom: Article[];
let acquisition: Article[];
beforeAll(async () => {
  const fixtures = await load(join("test", "fixtures", "stories"));
  oracle = fixtures.filter((a) => a.meta.id.startsWith("oracle-"));
  broadcom = fixtures.filter((a) => a.meta.id.startsWith("broadcom-"));
  acquisition = await load(join("..", "shared", "eval", "stories", "salesforce-informatica", "articles"));
});

describe("placeArticle", () => {
  it("names the story an article joined, with its sources counted", () => {
    const articles = [...oracle, ...broadcom, ...acquisition];
    const placed = placeArticle(articles, "oracle-3");
    expect(placed).toMatchObject({ sources: oracle.length, started: false });
    expect(placed?.title).toMatch(/Oracle/);
    expect(placed?.title).not.toMatch(/Broadcom/);
    const bought = placeArticle(articles, acquisition[0]!.meta.id);
    expect(bought).toMatchObject({ sources: acquisition.length, started: false });
    expect(bought?.id).not.toBe(placed?.id);
  });

  it("says an article about another deal started a story of its own", () => {
    const placed = placeArticle([...acquisition, broadcom[0]!], broadcom[0]!.meta.id);
    expect(placed).toMatchObject({ sources: 1, started: true });
    expect(placed?.title).toMatch(/Broadcom/);
  });

  it("is undefined for an article that is not among them", () => {
    expect(placeArticle(oracle, "no-such-article")).toBeUndefined();
  });
});

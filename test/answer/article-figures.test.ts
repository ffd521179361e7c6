import { describe, expect, it } from "vitest";
import { articleFigures, cachedArticleFigures } from "../../src/answer/article-figures.js";
import type { IndexedPassage } from "../../src/answer/indexed-passage.js";
import type { Article } from "../../src/types.js";
import { article, ranker } from "./support.js";

// A brewery purchase, an energy-storage round and a port concession: figures of three kinds in each.
const corpus = ranker([
  article(
    "b1",
    "Hollin Breweries will buy Tarn Ales for €1.7 billion ($2 billion).\nTarn employs 640 people.\nThe price is a 31% premium. Tarn employs 640 people across four sites.",
  ),
  article("e1", "Voltcell raised $120 million in its Series C, led by Ardent Capital, and now has 90 staff."),
  article("p1", "Harbourline signed the port concession on March 3, 2025, in Gdynia."),
]);
const passagesOf = (id: string) => corpus.passages.filter((ip) => ip.article.meta.id === id);

describe("articleFigures", () => {
  it("reads no values of a passage that tells it holds no figure", () => {
    const read: string[] = [];
    const watch = (ip: IndexedPassage, holds: boolean): IndexedPassage => ({
      ...ip,
      holdsValues: () => holds,
      get values() {
        read.push(ip.passage.text);
        return ip.values;
      },
    });
    const figures = (ip: IndexedPassage) =>
      ip.values.money.length + ip.values.count.length + ip.values.percent.length > 0;
    const passages = passagesOf("b1");
    const watched = passages.map((ip) => watch(ip, figures(ip)));
    const stating = watched.filter((_, i) => figures(passages[i]!)).length;
    const silent = watch(passages[0]!, false);
    const keyed = (byKey: ReturnType<typeof articleFigures>["byKey"]) =>
      [...byKey].map(([key, { ip, value }]) => [key, ip.passage.id, value.text]);
    expect(keyed(articleFigures([silent, ...watched]).byKey)).toEqual(keyed(articleFigures(passages).byKey));
    // Three kinds read from each passage stating a figure; none from the others.
    expect(read.length).toBe(stating * 3);
  });

  it("keys every amount, count and percentage of an article to the first passage stating it", () => {
    const { byKey, equivalents } = articleFigures(passagesOf("b1"));
    expect([...byKey.keys()].sort()).toEqual([
      "count:4",
      "count:640",
      "money:eur:1700000000",
      "money:usd:2000000000",
      "percent:31",
    ]);
    // Each amount records its restatement in the other currency.
    expect([...equivalents].sort()).toEqual(["money:eur:1700000000", "money:usd:2000000000"]);
    expect(byKey.get("count:640")?.ip.passage.text).toBe("Tarn employs 640 people.");
    expect(byKey.get("percent:31")?.value.text).toMatch(/31%/);
  });

  it("holds no dates or names", () => {
    expect(articleFigures(passagesOf("p1")).byKey.size).toBe(0);
    expect([...articleFigures(passagesOf("e1")).byKey.keys()].sort()).toEqual([
      "count:90",
      "money:usd:120000000",
    ]);
  });
});

describe("cachedArticleFigures", () => {
  it("reads an article's passages once while the article object lives, again for a new object", () => {
    const articles = new Map<string, Article>(corpus.passages.map((ip) => [ip.article.meta.id, ip.article]));
    let reads = 0;
    const figuresOf = cachedArticleFigures(
      (id) => articles.get(id),
      (a: Article) => {
        reads++;
        return passagesOf(a.meta.id);
      },
      new WeakMap(),
    );
    expect(figuresOf("e1").byKey.has("count:90")).toBe(true);
    figuresOf("e1");
    expect(reads).toBe(1);
    articles.set("e1", { ...articles.get("e1")! });
    figuresOf("e1");
    expect(reads).toBe(2);
    expect(figuresOf("gone").byKey.size).toBe(0);
  });
});

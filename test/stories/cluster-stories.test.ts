import { describe, expect, it } from "vitest";
import type { ArticleProfile } from "../../src/stories/article-profile.js";
import { clusterStories } from "../../src/stories/cluster-stories.js";

const profile = (id: string, names: string[], terms: string[], story?: string) =>
  ({
    id,
    headline: id,
    names: new Map(names.map((n) => [n, 2])),
    terms: new Map(terms.map((t) => [t, 1])),
    figures: new Map(),
    surface: new Map(),
    lead: new Set<string>(),
    proper: new Set<string>(),
    people: new Set<string>(),
    figureWords: new Map(),
    ...(story ? { story } : {}),
  }) as ArticleProfile;

describe("clusterStories", () => {
  const deal = ["contoso", "fabrikam"];
  const round = ["northwind", "tailspin"];
  const articles = [
    profile("a1", deal, ["takeover", "share", "premium"]),
    profile("b1", round, ["round", "valuation", "investor"]),
    profile("a2", deal, ["takeover", "board", "premium"]),
    profile("b2", round, ["round", "series", "valuation"]),
    profile("z", ["weather"], ["rain", "wind"]),
  ];

  it("merges alike articles and leaves the rest alone, in id order", () => {
    expect(clusterStories(articles).map((g) => g.articleIds)).toEqual([["a1", "a2"], ["b1", "b2"], ["z"]]);
  });

  it("never depends on input order", () => {
    expect(clusterStories([...articles].reverse())).toEqual(clusterStories(articles));
  });

  it("never merges two stories fixed by front matter", () => {
    const fixed = [profile("x", deal, ["takeover"], "one"), profile("y", deal, ["takeover"], "two")];
    expect(clusterStories(fixed)).toEqual([
      { articleIds: ["x"], fixedId: "one" },
      { articleIds: ["y"], fixedId: "two" },
    ]);
  });
});

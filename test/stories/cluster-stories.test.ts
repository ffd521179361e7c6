import { describe, expect, it } from "vitest";
import { type ArticleProfile, profileArticle } from "../../src/stories/article-profile.js";
import { clusterStories } from "../../src/stories/cluster-stories.js";
import { article } from "../answer/support.js";

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

describe("clusterStories on deals that share a common figure", () => {
  // Four unrelated deals, two reports each, all priced at "$1 billion" and told in the same deal words: the
  // amount is as common as "Reuters" in real news and must not join deals whose parties differ.
  const deal = (id: string, lead: string, more: string) =>
    profileArticle(
      article(
        id,
        [
          lead,
          more,
          "The deal is expected to close next year, pending regulatory approval.",
          "Analysts said the price of $1 billion was in line with recent transactions in the sector.",
        ].join("\n\n"),
      ),
    );
  const articles = [
    deal(
      "brew-1",
      "Northwind Brewing agreed to buy Harbor Distillers for $1 billion in cash.",
      "Harbor Distillers runs three distilleries in Kentucky.",
    ),
    deal(
      "brew-2",
      "Harbor Distillers will be sold to Northwind Brewing for $1 billion.",
      "Northwind Brewing said the purchase adds whiskey to its range.",
    ),
    deal(
      "robot-1",
      "Quanta Robotics raised $1 billion in a funding round led by Pinecrest Capital.",
      "Pinecrest Capital takes a seat on the Quanta Robotics board.",
    ),
    deal(
      "robot-2",
      "Pinecrest Capital led a $1 billion round in Quanta Robotics.",
      "Quanta Robotics will spend the money on warehouse robots.",
    ),
    deal(
      "power-1",
      "Voltline signed a $1 billion contract to supply Aurora Cloud with power.",
      "Voltline will build solar farms for Aurora Cloud data centers.",
    ),
    deal(
      "power-2",
      "Aurora Cloud awarded Voltline a $1 billion power supply contract.",
      "Aurora Cloud needs the power for its data centers in Nevada.",
    ),
    deal(
      "pay-1",
      "Meridian Pay agreed to acquire Ledgerly for $1 billion in stock.",
      "Ledgerly processes payments for small shops.",
    ),
    deal(
      "pay-2",
      "Ledgerly accepted a $1 billion takeover offer from Meridian Pay.",
      "Meridian Pay said Ledgerly would keep its brand.",
    ),
  ];

  const apart = [
    ["brew-1", "brew-2"],
    ["pay-1", "pay-2"],
    ["power-1", "power-2"],
    ["robot-1", "robot-2"],
  ];

  it("keeps each deal's reports together and apart from the other deals", () => {
    expect(clusterStories(articles).map((g) => g.articleIds)).toEqual(apart);
  });
});

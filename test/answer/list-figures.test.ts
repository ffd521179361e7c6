import { describe, expect, it } from "vitest";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import { listFigures } from "../../src/answer/list-figures.js";
import type { Article } from "../../src/types.js";
import { article } from "./support.js";

const terms = (articles: readonly Article[]) =>
  listFigures(articles.flatMap((a) => indexArticle(a))).map((t) => [t.text, t.articleIds.size]);

describe("listFigures", () => {
  it("gives one figure of each kind, the one most sources state, named by its kind where the figure is not", () => {
    // A take-private: the total, the price a share and the premium, one source off on the total.
    const takePrivate = [
      article(
        "t1",
        "Ashgrove will pay $41.50 a share in cash, a 32% premium to Friday's close, for about $2.3 billion.",
      ),
      article("t2", "The $2.3 billion buyout values Tallis at $41.50 a share, a 32% premium."),
      article("t3", "The deal is worth $2.5 billion including fees."),
    ];
    expect(terms(takePrivate)).toEqual([
      ["$2.3 billion", 2],
      ["$41.50 a share", 2],
      ["32% premium", 2],
    ]);
  });

  it("lists a stake, a duration and a count of what changes hands, never a figure only one of several sources gives", () => {
    // A chip supply contract and a funding round.
    const supply = [
      article("c1", "The seven-year contract covers 40,000 wafers a month and is worth $6 billion."),
      article("c2", "Under the $6 billion, seven-year deal Veyra gets 40,000 wafers a month."),
      article("c3", "The plant employs 1,900 people."),
    ];
    const listed = terms(supply).map((t) => t[0]);
    expect(listed).toEqual(expect.arrayContaining(["$6 billion", "seven-year"]));
    expect(listed.join(" ")).toContain("40,000");
    expect(listed.join(" ")).not.toContain("1,900");
    const round = [
      article("f1", "Thrive will own 12% of HelixFold after the $600 million round."),
      article("f2", "HelixFold raised $600 million; Thrive takes a 12% stake."),
    ];
    expect(terms(round)).toEqual([
      ["$600 million", 2],
      ["12% stake", 2],
    ]);
  });
});

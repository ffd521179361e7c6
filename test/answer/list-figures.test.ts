import { describe, expect, it } from "vitest";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import { listFigures, nameInSentence } from "../../src/answer/list-figures.js";
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
        "Elmsworth will pay $41.50 a share in cash, a 32% premium to Friday's close, for about $2.3 billion.",
      ),
      article("t2", "The $2.3 billion buyout values Fenwright at $41.50 a share, a 32% premium."),
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
      article("c2", "Under the $6 billion, seven-year deal Zephra gets 40,000 wafers a month."),
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
      ["$600 million round", 2],
      ["12% stake", 2],
    ]);
  });

  it("lists a figure written alike under two keys once", () => {
    // A mine sale: "about 11 years" and "11 years" are one mine life.
    const mine = [
      article("m1", "The mine has a life of about 11 years. Output is 180,000 ounces a year."),
      article("m2", "Its remaining life is 11 years, producing 180,000 ounces a year."),
    ];
    const listed = terms(mine).map((t) => t[0]);
    expect(listed.filter((t) => /11 years/.test(String(t)))).toHaveLength(1);
  });
});

describe("nameInSentence", () => {
  const named = (sentence: string, figure: string) =>
    nameInSentence({ text: figure, key: "", at: sentence.indexOf(figure) }, sentence);

  it("names a figure by the noun phrase it is 'of', past a hedge", () => {
    // A take-private, a mine sale and a bank merger.
    expect(
      named("The buyout has an enterprise value of about $3.1 billion, including debt.", "$3.1 billion"),
    ).toBe("enterprise value $3.1 billion");
    expect(named("Reserves support a mine life of roughly 11 years at current rates.", "11 years")).toBe(
      "mine life 11 years",
    );
    expect(named("Either side would owe a termination fee of C$245 million.", "C$245 million")).toBe(
      "termination fee C$245 million",
    );
  });

  it("names a figure by the noun phrase it stands before", () => {
    // An IPO and a take-private.
    expect(named("The banks hold a 30-day overallotment option on extra shares.", "30-day")).toBe(
      "30-day overallotment option",
    );
    expect(named("Fenwright may shop itself during a 35-day go-shop period ending Nov. 23.", "35-day")).toBe(
      "35-day go-shop period",
    );
  });

  it("leaves a figure alone where its sentence gives it no name", () => {
    // A stock's close and a count that already says what it counts.
    expect(named("The stock closed at $36.75 on Thursday.", "$36.75")).toBe("$36.75");
    expect(named("Investors sold 28 million shares on Wednesday night.", "28 million shares")).toBe(
      "28 million shares",
    );
  });
});

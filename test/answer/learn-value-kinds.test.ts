import { describe, expect, it } from "vitest";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import { createValueKindCounts, VALUE_KINDS, valueKindsBeside } from "../../src/answer/learn-value-kinds.js";
import { termsOf } from "../../src/search/terms.js";
import type { Article } from "../../src/types.js";
import { article } from "./support.js";

/** An article's contribution, read from its indexed passages as the engine reads it. */
const contributionOf = (a: Article) =>
  valueKindsBeside(indexArticle(a).map((ip) => ({ text: ip.passage.text, values: ip.values })));

/** The kinds counted beside a term, as a record of the non-zero ones. */
function kindsOf(contribution: ReadonlyMap<string, number[]>, word: string): Record<string, number> {
  const counts = contribution.get(termsOf(word)[0]!) ?? [];
  return Object.fromEntries(VALUE_KINDS.flatMap((k, i) => (counts[i] ? [[k, counts[i]]] : [])));
}

describe("valueKindsBeside", () => {
  it("ties a value to a label before it, a noun a few function words before it, and a noun phrase after it", () => {
    // A bond exchange: three ways of writing the haircut.
    const counts = contributionOf(
      article(
        "vellmora-1",
        [
          "Haircut: 35% on the face value",
          "Vellmora Foods asked holders to accept a haircut of about 35% on its notes.",
          "Holders who tender early avoid a 35% haircut on the rest.",
        ].join("\n\n"),
      ),
    );
    expect(kindsOf(counts, "haircut")).toEqual({ percent: 3 });
  });

  it("tells a duration and an amount apart by what stands beside each", () => {
    // An IPO: the lock-up is a duration, the greenshoe an amount.
    const counts = contributionOf(
      article(
        "quendrick-1",
        "Quendrick Robotics agreed to a lock-up of 180 days and an overallotment of $12 million.",
      ),
    );
    expect(kindsOf(counts, "overallotment")).toEqual({ money: 1 });
    expect(kindsOf(counts, "lock-up")).toEqual({ duration: 1 });
  });

  it("ties no value to a verb before it or to a name", () => {
    // An acquisition: "pay" and "Tarnwell" are no nouns a value is of.
    const counts = contributionOf(
      article("tarnwell-1", "Harrowgate Pharma will pay $40 million to Tarnwell Bio shareholders."),
    );
    expect(kindsOf(counts, "pay")).toEqual({});
    expect(kindsOf(counts, "Tarnwell")).toEqual({});
    expect(kindsOf(counts, "shareholders")).toEqual({});
  });
});

describe("createValueKindCounts", () => {
  const kinds = (percent: number, money = 0) => [money, percent, 0, 0, 0];

  it("names a dominant kind only from three values on, most of one kind", () => {
    const counts = createValueKindCounts();
    counts.count(new Map([["haircut", kinds(2)]]), 1);
    expect(counts.dominantKind("haircut")).toBeUndefined();
    counts.count(new Map([["haircut", kinds(1)]]), 1);
    expect(counts.dominantKind("haircut")).toBe("percent");
    counts.count(new Map([["haircut", kinds(0, 3)]]), 1);
    expect(counts.dominantKind("haircut")).toBeUndefined();
  });

  it("takes an article's contribution away again, and restores saved counts", () => {
    const counts = createValueKindCounts();
    const first = new Map([["earnout", kinds(0, 2)]]);
    counts.count(first, 1);
    counts.count(new Map([["earnout", kinds(0, 2)]]), 1);
    expect(counts.dominantKind("earnout")).toBe("money");
    counts.count(first, -1);
    expect(counts.dominantKind("earnout")).toBeUndefined();
    expect(createValueKindCounts(counts.all()).all()).toEqual(counts.all());
  });
});

import { describe, expect, it } from "vitest";
import { createPassageIndex } from "../../src/search/passage-index.js";
import { termsOf } from "../../src/search/terms.js";
import type { Passage } from "../../src/types.js";

function passages(articleId: string, texts: string[], heading?: string): Passage[] {
  return texts.map((text, index) => ({
    id: `${articleId}:${index}`,
    articleId,
    index,
    kind: "sentence",
    text,
    heading,
    paragraph: 0,
  }));
}

const alpha = passages("alpha", [
  "The partnership is valued at $38 billion.",
  "AWS will deploy NVIDIA GB200 and GB300 accelerators.",
  "Investors reacted positively to the announcement.",
]);
const beta = passages(
  "beta",
  ["It is a colossal $3.8 billion commitment.", "Microsoft remains the largest investor."],
  "Market reaction",
);

function build(...groups: Passage[][]) {
  const index = createPassageIndex();
  for (const g of groups) index.add(g);
  return index;
}

describe("createPassageIndex", () => {
  it("finds passages by canonical terms, best match first", () => {
    const index = build(alpha, beta);
    const hits = index.search(termsOf("which GPUs will AWS deploy"), 5);
    expect(hits[0]?.passageId).toBe("alpha:1");
    expect(hits[0]?.terms).toEqual(expect.arrayContaining(termsOf("chips AWS")));
  });

  it("keeps only the passages a filter accepts, still best first and up to the limit", () => {
    const index = build(alpha, beta);
    const all = index.search(termsOf("worth"), 10);
    const within = index.search(termsOf("worth"), 10, (id) => id.startsWith("beta:"));
    expect(within.length).toBeGreaterThan(0);
    expect(within.every((h) => h.passageId.startsWith("beta:"))).toBe(true);
    expect(within.map((h) => h.passageId)).toEqual(
      all.filter((h) => h.passageId.startsWith("beta:")).map((h) => h.passageId),
    );
  });

  it("matches a synonym of the word the passage uses", () => {
    const index = build(alpha, beta);
    const ids = index.search(termsOf("worth"), 10).map((h) => h.passageId);
    // "valued" and "commitment" both fold into the value term.
    expect(ids).toEqual(expect.arrayContaining(["alpha:0", "beta:0"]));
  });

  it("searches the section heading too", () => {
    const index = build(alpha, beta);
    const ids = index.search(termsOf("market reaction"), 10).map((h) => h.passageId);
    expect(ids).toEqual(expect.arrayContaining(["beta:0", "beta:1"]));
  });

  it("returns nothing for no terms and at most `limit` hits", () => {
    const index = build(alpha, beta);
    expect(index.search([], 10)).toEqual([]);
    expect(index.search(termsOf("deal value billion investor chips"), 2)).toHaveLength(2);
  });

  it("counts the passages holding a term", () => {
    const index = build(alpha, beta);
    expect(index.documentFrequency(termsOf("billion")[0]!)).toBe(2);
    expect(index.documentFrequency(termsOf("investors")[0]!)).toBe(2);
    expect(index.documentFrequency("zebra")).toBe(0);
  });

  it("reports its size and ignores passages it already holds", () => {
    const index = build(alpha, beta);
    expect(index.size).toBe(5);
    index.add(alpha);
    expect(index.size).toBe(5);
  });

  it("drops a removed article's passages from results and counts", () => {
    const index = build(alpha, beta);
    index.remove(beta);
    expect(index.size).toBe(3);
    expect(index.search(termsOf("commitment"), 10).map((h) => h.passageId)).toEqual(["alpha:0"]);
    expect(index.documentFrequency(termsOf("billion")[0]!)).toBe(1);
    expect(index.search(termsOf("Microsoft"), 10)).toEqual([]);
  });

  it("takes a removed article back when it is added again", () => {
    const index = build(alpha, beta);
    index.remove(beta);
    index.add(beta);
    expect(index.search(termsOf("Microsoft"), 10).map((h) => h.passageId)).toEqual(["beta:1"]);
  });

  it("ignores removing passages it does not hold", () => {
    const index = build(alpha);
    index.remove(beta);
    expect(index.size).toBe(3);
  });

  it("forgives a typo in a long word", () => {
    const index = build(alpha, beta);
    expect(index.closestTerm(termsOf("announcment")[0]!)).toBe(termsOf("announcement")[0]);
    expect(index.closestTerm(termsOf("Microsfot")[0]!)).toBe(termsOf("Microsoft")[0]);
  });

  it("does not guess a typo in a short word", () => {
    const index = build(alpha, beta);
    // "AWX" is one letter from "AWS", but short words have too many neighbours to guess.
    expect(index.closestTerm(termsOf("AWX")[0]!)).toBeUndefined();
  });

  it("finds no close term for a long word unlike any in the passages", () => {
    const index = build(alpha, beta);
    expect(index.closestTerm("photosynthesis")).toBeUndefined();
  });
});

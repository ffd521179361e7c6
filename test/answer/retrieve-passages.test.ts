import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { retrievePassages, searchTerms, termWeight } from "../../src/answer/retrieve-passages.js";
import { createPassageIndex } from "../../src/search/passage-index.js";
import { termsOf } from "../../src/search/terms.js";
import { article } from "./support.js";

// A story where "bank" is in every sentence: a lookup by it alone would return them all.
const lender = article(
  "lender",
  [
    "The bank agreed to buy the smaller lender for $2.1 billion.",
    "The bank said the purchase adds 300 branches.",
    "The bank expects the deal to close in the third quarter.",
    "The bank will cut about 1,200 jobs after the merger.",
  ].join("\n\n"),
);
const index = createPassageIndex();
index.add(lender.passages);
const weight = termWeight(index);

describe("termWeight", () => {
  it("weighs an uninformative term as little as one every passage holds, other unknown terms the most", () => {
    const [bank, glad, fee] = [termsOf("bank")[0]!, termsOf("glad")[0]!, termsOf("fee")[0]!];
    const weigh = termWeight(index, new Set([glad]));
    expect(weigh(glad)).toBeCloseTo(weigh(bank));
    expect(weigh(fee)).toBeGreaterThan(weigh(termsOf("branches")[0]!));
  });
});

describe("termWeight: a word the articles say otherwise", () => {
  it("weighs a word no passage holds as its related words weigh, not as an unknown word", () => {
    // "left" in "how many years are left?" is "remaining" in the articles: a word they use, not a rarity.
    const [left, branches, fee] = [termsOf("left")[0]!, termsOf("branches")[0]!, termsOf("fee")[0]!];
    const weigh = termWeight(index, undefined, new Map([[left, index.documentFrequency(branches)]]));
    expect(weigh(left)).toBeCloseTo(weigh(branches));
    expect(weigh(left)).toBeLessThan(weigh(fee));
  });
});

describe("retrievePassages", () => {
  it("leaves the commonest term out of the lookup while the rarer ones carry the question", () => {
    const terms = searchTerms(analyzeQuestion("how many branches does the bank add?"), index, weight);
    expect(terms).toContain(termsOf("branches")[0]);
    expect(terms).not.toContain(termsOf("bank")[0]);
  });

  it("leaves a word a value names out of the lookup first, so the question's other words find the move", () => {
    // Three deals' sentences: "Monday" is the commoner word here, but "shares rose 12%" is the stock's
    // reaction without the word "stock", so the lookup must go by "Monday" too.
    const moves = createPassageIndex();
    for (const a of [
      article("glass", "Vitrea shares rose 12% on Monday after the glassmaker agreed to be bought."),
      article(
        "rail",
        "On Monday the rail operator said the bid undervalued it; analysts expect a stock sale.",
      ),
      article("salt", "On Monday Halite said the mine purchase would close in May."),
    ])
      moves.add(a.passages);
    const terms = searchTerms(
      analyzeQuestion("how did the stock react on Monday?"),
      moves,
      termWeight(moves),
    );
    expect(terms).toContain(termsOf("Monday")[0]);
  });

  it("finds the passage holding the question's rarer words first", () => {
    const hits = retrievePassages(analyzeQuestion("how many jobs will the bank cut?"), index, weight);
    const jobs = lender.passages.find((p) => p.text.includes("jobs"))!;
    expect(hits[0]?.passageId).toBe(jobs.id);
  });

  it("weighs a rare term more than a common one", () => {
    expect(weight(termsOf("branches")[0]!)).toBeGreaterThan(weight(termsOf("bank")[0]!));
  });
});

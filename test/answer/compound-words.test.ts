import { describe, expect, it } from "vitest";
import { compoundRelatives } from "../../src/answer/compound-words.js";
import { lowerCaseWords, processTerm, termsOf } from "../../src/search/terms.js";

/** The terms and lower-case words of three deals' sentences, as the engine counts them. */
function corpus(sentences: readonly string[]) {
  const df = new Map<string, number>();
  const lower = new Set<string>();
  for (const s of sentences) {
    for (const t of new Set(termsOf(s))) df.set(t, (df.get(t) ?? 0) + 1);
    for (const w of lowerCaseWords(s)) lower.add(w);
  }
  return { df: (t: string) => df.get(t) ?? 0, writes: (w: string) => lower.has(w) };
}

const { df, writes } = corpus([
  "Corbel Foods will pay $90 million upfront for the frozen-meals unit.",
  "Underwriters of the Quorvex listing hold an over-allotment option on 2 million more shares.",
  "The buyer of the ferry routes pays nothing up front and the rest in 2028.",
]);
const related = (question: string) => {
  const terms = termsOf(question);
  return Object.fromEntries(compoundRelatives(question, terms, df, writes, new Map()));
};

describe("compoundRelatives", () => {
  it("relates two words of the question to the one word the articles join them into", () => {
    // "up" is a function word: "up front" is the term "front", the articles' "upfront" another.
    expect(related("how much will Corbel pay up front?")).toEqual({ front: [processTerm("upfront")] });
  });

  it("relates a word the articles write parted by a hyphen or after a function word to its parts", () => {
    expect(related("how big is the overallotment option?")).toEqual({
      [processTerm("overallotment")!]: [processTerm("allotment")],
    });
    const ferry = corpus(["The buyer of the ferry routes pays nothing up front and the rest in 2028."]);
    const question = "what does the ferry buyer pay upfront?";
    expect(
      Object.fromEntries(compoundRelatives(question, termsOf(question), ferry.df, ferry.writes, new Map())),
    ).toEqual({ upfront: ["front"] });
  });

  it("relates nothing where the articles spell the compound as the question does", () => {
    expect(related("what is the over-allotment option?")).toEqual({});
    expect(related("how much is paid upfront for the meals unit?")).toEqual({});
  });
});

import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import {
  correctSpelling,
  correctTypos,
  oneEditAway,
  type Vocabulary,
} from "../../src/answer/correct-spelling.js";
import { createPassageIndex } from "../../src/search/passage-index.js";
import { termsOf } from "../../src/search/terms.js";
import { article } from "./support.js";

const index = createPassageIndex();
index.add(
  article(
    "brewery",
    "The brewer agreed to acquire the distillery for $4 billion.\n\nRegulators must still approve the transaction.",
  ).passages,
);

describe("correctSpelling", () => {
  it("replaces a misspelt word by the articles' own spelling", () => {
    const { analysis } = correctSpelling(analyzeQuestion("who must aprove the transacton?"), index);
    expect(analysis.terms).toContain(termsOf("transaction")[0]);
  });

  it("reports a capitalised name the articles never use, with its neighbouring capitalised words", () => {
    const { unknownName } = correctSpelling(analyzeQuestion("what did Jane Roe say?"), index);
    expect(unknownName).toBe("Jane Roe");
  });

  it("reports a name with letters beyond ASCII whole", () => {
    expect(correctSpelling(analyzeQuestion("did Société Générale bid?"), index).unknownName).toBe(
      "Société Générale",
    );
    expect(correctSpelling(analyzeQuestion("what did Zoë Ørsted say?"), index).unknownName).toBe(
      "Zoë Ørsted",
    );
  });

  it("reads a capitalised abbreviation of a word the articles write out as no name", () => {
    const asked = analyzeQuestion("where is the ERP rollout?");
    expect(correctSpelling(asked, index).unknownName).toBe("ERP");
    expect(correctSpelling(asked, index, (w) => w === "ERP").unknownName).toBeUndefined();
  });

  it("keeps terms the articles use as they are", () => {
    const asked = analyzeQuestion("how much is the distillery deal?");
    expect(correctSpelling(asked, index).analysis.terms).toEqual(asked.terms);
  });
});

describe("correctTypos", () => {
  // The words of three deals' articles (a brewer's purchase, a funding round, a power contract), with how
  // many passages use each; a small English lexicon and WordNet's rarer words.
  const counts = new Map(
    Object.entries({ deal: 6, share: 9, worth: 3, raise: 2, contract: 4, long: 2, dead: 1, premium: 3 }),
  );
  const vocabulary: Vocabulary = {
    corpusCount: (w) => counts.get(w.replace(/s$/, "")) ?? 0,
    isCommon: (w) => ["shaker", "feel", "franc", "the", "much"].includes(w),
    isEnglish: (w) => ["wroth", "shaker", "feel", "franc", "deer"].includes(w),
  };

  it("replaces a word one slip from a word of the articles by the one they use most", () => {
    expect(correctTypos("how much is the deel worth?", vocabulary)).toBe("how much is the deal worth?");
    expect(correctTypos("what is the price per shaer?", vocabulary)).toBe("what is the price per share?");
    expect(correctTypos("how lnog is the contract?", vocabulary)).toBe("how long is the contract?");
  });

  it("reads an interjection the articles never use as chat, not as a slip of their words", () => {
    // "yeah" is one slip from the articles' "year", "yes" from "yet": neither is meant.
    const chat: Vocabulary = {
      ...vocabulary,
      corpusCount: (w) => ({ year: 5, yet: 3, hold: 2 })[w] ?? 0,
      isInterjection: (w) => ["yeah", "yes", "wat", "hey"].includes(w),
    };
    expect(correctTypos("yeah when does it close?", chat)).toBe(" when does it close?");
    expect(correctTypos("has the fund said yes?", chat)).toBe("has the fund said ?");
    // One letter left out of a function word is still that word.
    expect(correctTypos("wat is the stake?", chat)).toBe("what is the stake?");
  });

  it("replaces a slip of a function word, the question's first word included", () => {
    expect(correctTypos("Wher is the deal?", vocabulary)).toBe("Where is the deal?");
    expect(correctTypos("when wil it raise?", vocabulary)).toBe("when will it raise?");
  });

  it("reads a rare English word one slip from the articles' word as that word, an everyday one as itself", () => {
    expect(correctTypos("how much is it wroth?", vocabulary)).toBe("how much is it worth?");
    expect(correctTypos("how many franc?", vocabulary)).toBe("how many franc?");
  });

  it("keeps a word in everyday use though the lexicon at hand misses it and it is one slip from the articles'", () => {
    // A story that writes "shock" (a ratings agency's "credit shock") and never "stock".
    const shock: Vocabulary = {
      corpusCount: (w) => (w === "shock" ? 3 : 0),
      isCommon: (w) => ["did", "the", "fall"].includes(w),
      isEnglish: (w) => ["stock", "shock"].includes(w),
    };
    expect(correctTypos("did the stock fall?", shock)).toBe("did the shock fall?");
    expect(correctTypos("did the stock fall?", { ...shock, isFamiliar: (w) => w === "stock" })).toBe(
      "did the stock fall?",
    );
  });

  it("reads chat shorthand as the articles' word it shortens, before any slip", () => {
    const withShorthand: Vocabulary = {
      ...vocabulary,
      expandShorthand: (w) => ({ ppl: "people", yrs: "years" })[w],
    };
    expect(correctTypos("how many ppl work at the brewery?", withShorthand)).toBe(
      "how many people work at the brewery?",
    );
    expect(correctTypos("how many yrs does the contract run?", withShorthand)).toBe(
      "how many years does the contract run?",
    );
  });

  it("leaves names, short words and words with no neighbour as typed", () => {
    expect(correctTypos("did Shaer bid?", vocabulary)).toBe("did Shaer bid?");
    expect(correctTypos("is it ok?", vocabulary)).toBe("is it ok?");
    expect(correctTypos("what about zzkrr?", vocabulary)).toBe("what about zzkrr?");
  });
});

describe("oneEditAway", () => {
  it("lists deletions, swaps, replacements and insertions, a letter left out as the likeliest", () => {
    const edits = oneEditAway("dael");
    expect(edits.get("deal")).toBe(1);
    expect(edits.get("dail")).toBe(2);
    expect(edits.get("dal")).toBe(3);
    expect(oneEditAway("offr").get("offer")).toBe(0);
    expect(edits.has("dael")).toBe(false);
  });
});

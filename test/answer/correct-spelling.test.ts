import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { correctSpelling } from "../../src/answer/correct-spelling.js";
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

  it("keeps terms the articles use as they are", () => {
    const asked = analyzeQuestion("how much is the distillery deal?");
    expect(correctSpelling(asked, index).analysis.terms).toEqual(asked.terms);
  });
});

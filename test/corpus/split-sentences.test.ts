import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/corpus/split-sentences.js";

const sentences = (text: string, max?: number): string[] =>
  splitSentences(text, max).map((span) => text.slice(span.start, span.end));

describe("splitSentences", () => {
  it("splits plain sentences and trims the spaces between them", () => {
    expect(sentences("One thing. Another thing!  A third?")).toEqual([
      "One thing.",
      "Another thing!",
      "A third?",
    ]);
  });

  it("keeps decimals and dotted acronyms inside a sentence", () => {
    expect(sentences("They plan to spend $1.4 trillion to power 25 million U.S. homes. Next.")).toEqual([
      "They plan to spend $1.4 trillion to power 25 million U.S. homes.",
      "Next.",
    ]);
  });

  it("keeps a short month before its day inside the sentence, and ends one at a month that ends it", () => {
    expect(sentences("Holders vote at a meeting on Dec. 12. The board backs it.")).toEqual([
      "Holders vote at a meeting on Dec. 12.",
      "The board backs it.",
    ]);
    expect(sentences("The offer expires Sept. 30, the bidder said.")).toEqual([
      "The offer expires Sept. 30, the bidder said.",
    ]);
    expect(sentences("It opened in Jan. The rest followed.")).toEqual([
      "It opened in Jan.",
      "The rest followed.",
    ]);
  });

  it("does not split after an acronym before a proper noun", () => {
    expect(sentences("The U.S. Army signed a deal. It is big.")).toEqual([
      "The U.S. Army signed a deal.",
      "It is big.",
    ]);
  });

  it("splits after an acronym that ends a sentence", () => {
    expect(sentences("Data centres are in the U.S. The rest are abroad.")).toEqual([
      "Data centres are in the U.S.",
      "The rest are abroad.",
    ]);
  });

  it("does not split after titles, e.g., i.e. or initials", () => {
    expect(sentences("Dr. Smith met J. R. R. Tolkien. Chips, e.g. GPUs, matter. Done.")).toEqual([
      "Dr. Smith met J. R. R. Tolkien.",
      "Chips, e.g. GPUs, matter.",
      "Done.",
    ]);
  });

  it("does not split after a company's legal suffix unless a sentence opens after it", () => {
    expect(
      sentences(
        "Informatica Inc. (NYSE: INFA) has signed the merger agreement. Harbor Co. agreed. It sold Tarn Ltd. The price was fair.",
      ),
    ).toEqual([
      "Informatica Inc. (NYSE: INFA) has signed the merger agreement.",
      "Harbor Co. agreed.",
      "It sold Tarn Ltd.",
      "The price was fair.",
    ]);
  });

  it("does not split after a legal suffix set off by a comma, as press releases write it", () => {
    expect(
      sentences(
        "Vorn Labs, Inc. (NYSE: VRN) and Kell Robotics, Inc. (Nasdaq: KELL) today announced a merger. It bought Quobel Mining, Ltd. The price was fair.",
      ),
    ).toEqual([
      "Vorn Labs, Inc. (NYSE: VRN) and Kell Robotics, Inc. (Nasdaq: KELL) today announced a merger.",
      "It bought Quobel Mining, Ltd.",
      "The price was fair.",
    ]);
  });

  it("keeps a closing quote with the sentence it ends", () => {
    expect(
      sentences("He stated that “Scaling frontier AI requires massive, reliable compute.” Altman agreed."),
    ).toEqual(["He stated that “Scaling frontier AI requires massive, reliable compute.”", "Altman agreed."]);
  });

  it("keeps a sentence whole after a quoted exclamation or question it goes on from", () => {
    expect(sentences("“Wow!” he said. He asked “why?” and left. “Why?” Nobody knew.")).toEqual([
      "“Wow!” he said.",
      "He asked “why?” and left.",
      "“Why?”",
      "Nobody knew.",
    ]);
  });

  it("cuts an over-long sentence at clause boundaries", () => {
    const long = `${"word ".repeat(30)}; ${"more, ".repeat(30)}end.`;
    const parts = sentences(long, 100);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(100);
    expect(parts.join(" ").replace(/\s+/g, " ")).toBe(long.replace(/\s+/g, " ").trim());
  });

  it("returns trimmed, non-empty spans within the limit for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 1200 }), (text) => {
        for (const { start, end } of splitSentences(text)) {
          const sentence = text.slice(start, end);
          expect(sentence.length).toBeGreaterThan(0);
          expect(sentence.length).toBeLessThanOrEqual(400);
          expect(sentence).toBe(sentence.trim());
        }
      }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import { termsOf } from "../../src/search/terms.js";
import { article, passageWith } from "./support.js";

const passages = indexArticle(
  article(
    "a",
    [
      "Market Reaction and Investors",
      "Altman praised the agreement with Amazon. He said it was vital. What could this mean for India?",
      "The weather was fine, they added.",
    ].join("\n"),
  ),
);
const at = (fragment: string) => passageWith(passages, fragment);
const term = (word: string) => termsOf(word)[0]!;

describe("indexArticle", () => {
  it("indexes every passage of the article, headings included, in order", () => {
    expect(passages.map((ip) => ip.passage.index)).toEqual(passages.map((_, i) => i));
    expect(passages[0]?.passage.kind).toBe("heading");
  });

  it("gives a sentence the terms of the one before it in its paragraph as context", () => {
    // "He" points to Altman: the sentence before names him.
    const he = at("He said");
    expect(he.terms.has(term("Altman"))).toBe(false);
    expect(he.contextTerms.has(term("Altman"))).toBe(true);
  });

  it("gives a sentence its section heading's terms as context", () => {
    expect(at("He said").contextTerms.has(term("investors"))).toBe(true);
  });

  it("does not carry context over from another paragraph", () => {
    const aside = at("weather");
    expect(aside.contextTerms.has(term("India"))).toBe(false);
  });

  it("precomputes its terms, values and whether it asks rather than states", () => {
    const praised = at("Altman praised");
    expect(praised.terms.has(term("agreement"))).toBe(true);
    expect(praised.values.names.map((n) => n.text)).toEqual(["Altman", "Amazon"]);
    expect(praised.informative).toBe(true);
    expect(praised.asks).toBe(false);
    expect(at("What could this mean").asks).toBe(true);
    expect(at("weather").informative).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { createShorthandIndex, looksShorthand } from "../../src/answer/shorthand.js";
import { lowerCaseWords } from "../../src/search/terms.js";

describe("createShorthandIndex", () => {
  // Lower-case words of three deals' articles: a brewer's purchase, a state grant to a battery plant and a
  // shipping line's results.
  const index = createShorthandIndex();
  for (const sentence of [
    "About 450 people work at the brewery, and the people there keep their jobs.",
    "The government grant covers a third of the plant; the government said the pipeline of projects is full.",
    "Its management expects the new ships to earn back their cost within six years.",
    "The principal lender took a pupil of the trade as its adviser.",
  ]) {
    for (const w of lowerCaseWords(sentence)) index.count(w, 1);
  }

  it("reads a shorthand as the articles' word with its first letter and consonants, most used first", () => {
    // "pipeline" holds p…p…l too but does not end on its "l"; "principal" and "pupil" fit, used less.
    expect(index.expansions("ppl")).toEqual(["people", "principal", "pupil"]);
    expect(index.expansions("govt")).toEqual(["government"]);
    expect(index.expansions("mgmt")).toEqual(["management"]);
    expect(index.expansions("yrs")).toEqual(["years"]);
  });

  it("forgets a word when the last article using it goes", () => {
    const one = createShorthandIndex();
    one.count("management", 1);
    one.count("management", -1);
    expect(one.expansions("mgmt")).toEqual([]);
  });

  it("takes words with vowels for words, not shorthand", () => {
    expect(looksShorthand("deal")).toBe(false);
    expect(looksShorthand("co")).toBe(false);
    expect(looksShorthand("ppl")).toBe(true);
    expect(looksShorthand("govt")).toBe(true);
    expect(index.expansions("pay")).toEqual([]);
  });
});

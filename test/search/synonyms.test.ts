import { describe, expect, it } from "vitest";
import stem from "wink-porter2-stemmer";
import { SYNONYM_GROUPS } from "../../src/search/synonyms.js";
import { STOP_WORDS } from "../../src/search/terms.js";

describe("SYNONYM_GROUPS", () => {
  it("puts no stem in two groups, so what a word folds to never depends on group order", () => {
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    SYNONYM_GROUPS.forEach((group, i) => {
      for (const word of group) {
        const s = stem(word);
        const before = owner.get(s);
        if (before !== undefined && before !== i)
          clashes.push(`${word} (${SYNONYM_GROUPS[before]![0]} / ${group[0]})`);
        owner.set(s, i);
      }
    });
    expect(clashes).toEqual([]);
  });

  it("folds no size adjective or kind of money into a value: they mean other things in a sentence", () => {
    // "a big step", "funding round" and "new money" are not the deal's value; "how big is the deal?"
    // is cued by analyze-question.ts instead.
    const value = SYNONYM_GROUPS.find((g) => g[0] === "value")!;
    for (const word of ["big", "large", "size", "money", "dollars", "funds", "funding"])
      expect(value).not.toContain(word);
  });

  it("holds no stop word, which would never reach the folding", () => {
    expect(SYNONYM_GROUPS.flat().filter((w) => STOP_WORDS.has(w))).toEqual([]);
  });
});

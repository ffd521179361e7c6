import { describe, expect, it } from "vitest";
import { extractValues } from "../../src/answer/extract-values.js";
import { describesParty } from "../../src/answer/kind-noun.js";
import { describedPartyTerms, learnDescriptions } from "../../src/answer/learn-descriptions.js";
import { sharedWordNet } from "../../src/search/related-words.js";
import { termsOf } from "../../src/search/terms.js";

const wordNet = sharedWordNet();

/** An article's paragraphs as the indexer sees them: each with the names the engine extracts. */
function learn(...paragraphs: string[]) {
  return learnDescriptions(
    paragraphs.map((text) => ({ text, names: extractValues(text, (w) => w).names })),
    (word, slot) => describesParty(word, wordNet, slot),
    termsOf,
  );
}

describe("learnDescriptions", () => {
  it("learns a description written before a name (a mining offtake)", () => {
    const d = learn("Carmaker Ostrava Motors signed a supply deal with miner Kelvance Resources on Tuesday.");
    expect(d.get("miner")).toEqual(termsOf("Kelvance Resources"));
    expect(d.get("carmaker")).toEqual(termsOf("Ostrava Motors"));
  });

  it("learns a description in apposition after a name (a port concession, a software buyout)", () => {
    const d = learn(
      "Halbrook Infrastructure, a Toronto pension fund, leads the group.",
      "The terminal goes to Pennick Holdings, the consortium formed by three investors.",
    );
    // "fund" alone is money first in WordNet: only "the pension fund" points back.
    expect(d.get("pension fund")).toEqual(termsOf("Halbrook Infrastructure"));
    expect(d.has("fund")).toBe(false);
    expect(d.get("consortium")).toEqual(termsOf("Pennick Holdings"));
  });

  it("learns both words of a two-word description before a name, and a head with the noun modifying it", () => {
    // A spin-off pushed by an activist; a terminal sale to a shipping line.
    const d = learn(
      "The split follows pressure from activist investor Tamberly Peak.",
      "Qorvath Shipping, the Danish container line, agreed to buy the terminal.",
    );
    expect(d.get("activist")).toEqual(termsOf("Tamberly Peak"));
    expect(d.get("investor")).toEqual(termsOf("Tamberly Peak"));
    expect(d.get("container line")).toEqual(termsOf("Qorvath Shipping"));
  });

  it("learns a noun modifier after a hyphenated place word, and finds the description later", () => {
    // A chip startup's funding round.
    const d = learn("Ferrand Labs, a London-based chip startup, raised $40 million.");
    expect(d.get("chip startup")).toEqual(termsOf("Ferrand Labs"));
    const later = "The chip startup will hire 50 engineers.";
    expect(describedPartyTerms(later, d, new Set(termsOf(later)))).toEqual(termsOf("Ferrand Labs"));
    // "London-based" is no noun modifier, and "startup" alone is an act in WordNet: nothing is learned.
    expect([...learn("Ferrand Labs, a London-based startup, raised $40 million.").keys()]).toEqual([]);
  });

  it("drops a noun given to two different parties, and keeps one party named two ways", () => {
    const d = learn(
      "Rival bidder Larchmont Foods offered more.",
      "The court preferred bidder Vellanby Brands.",
      "Lender Quaystone Bank and lender Quaystone agreed.",
    );
    expect(d.has("bidder")).toBe(false);
    expect(d.get("lender")).toEqual(termsOf("Quaystone Bank"));
  });

  it("does not read a number, an adjective or a verb before a name as a description, nor a noun before the verb", () => {
    const d = learn(
      "Five Larchmont directors resigned.",
      "The best Vellanby stores stay open.",
      "The league picked Brightwave for the rights.",
    );
    expect([...d.keys()]).toEqual([]);
  });
});

describe("describedPartyTerms", () => {
  const d = new Map([["miner", termsOf("Kelvance Resources")]]);

  it("gives the described party's terms where a passage uses the definite description", () => {
    const text = "The Nevada miner will deliver 30,000 tonnes a year.";
    expect(describedPartyTerms(text, d, new Set(termsOf(text)))).toEqual(termsOf("Kelvance Resources"));
  });

  it("gives nothing where the passage names the party itself or only an indefinite one", () => {
    const named = "Kelvance Resources, the miner, will deliver lithium.";
    expect(describedPartyTerms(named, d, new Set(termsOf(named)))).toEqual([]);
    const indefinite = "A miner in Chile will deliver lithium too.";
    expect(describedPartyTerms(indefinite, d, new Set(termsOf(indefinite)))).toEqual([]);
  });
});

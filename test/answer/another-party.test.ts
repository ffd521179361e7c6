import { describe, expect, it } from "vitest";
import { anotherPartysDeal, datedEarlier } from "../../src/answer/another-party.js";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import { termsOf } from "../../src/search/terms.js";
import { article, passageWith } from "./support.js";

// A wind-power contract for a data-centre operator, set beside other buyers' contracts.
const passages = indexArticle(
  article(
    "wind-1",
    [
      "Tessel Data signed a 25-year contract to buy power from Brannock Wind.",
      "Compare Corvane Cloud's Ashby contract in 2025: 400 megawatts for 15 years.",
      "Rival Corvane Cloud signed a 15-year deal last year.",
      "Sam Reyes, an analyst at Halvard Research, puts the contract price at about $60 per megawatt-hour.",
      "The contract follows a 10-year agreement in 2023 to buy power from a solar park.",
    ].join("\n\n"),
    { published: "2026-05-04" },
  ),
);
const asked = { dealTerms: ["deal"], names: [] };
const actors = new Set(["tessel data", "brannock wind"]);

describe("anotherPartysDeal", () => {
  it("tells another party's deal by an organisation standing as a party and no main actor", () => {
    expect(anotherPartysDeal(passageWith(passages, "Compare Corvane"), asked, actors)).toBe(true);
    expect(anotherPartysDeal(passageWith(passages, "Rival Corvane"), asked, actors)).toBe(true);
  });

  it("keeps the story's own deal, an analyst's employer, and any question naming a party", () => {
    expect(anotherPartysDeal(passageWith(passages, "Tessel Data signed"), asked, actors)).toBe(false);
    expect(anotherPartysDeal(passageWith(passages, "Sam Reyes"), asked, actors)).toBe(false);
    const named = { dealTerms: ["deal"], names: ["Corvane"] };
    expect(anotherPartysDeal(passageWith(passages, "Rival Corvane"), named, actors)).toBe(false);
  });
});

describe("datedEarlier", () => {
  it("reads a value whose clause names an earlier year as an earlier deal's", () => {
    const ip = passageWith(passages, "10-year agreement");
    const at = ip.passage.text.indexOf("10-year");
    expect(datedEarlier(ip, at, "10-year".length)).toBe(true);
  });

  it("leaves a value its clause does not date", () => {
    const ip = passageWith(passages, "Tessel Data signed");
    const at = ip.passage.text.indexOf("25-year");
    expect(datedEarlier(ip, at, "25-year".length)).toBe(false);
  });
});

describe("anotherPartysDeal: a deal the question names by its role", () => {
  // A bankrupt grocer's auction: the stalking horse is named, not one of the story's main actors.
  const auction = indexArticle(
    article(
      "auction-1",
      [
        "Ketterby Foods won the auction for Lathby Grocers.",
        "Marrick Partners, the stalking horse, had agreed to pay $140 million.",
        "Rival Marrick Partners signed a $90 million deal for a bakery.",
      ].join("\n\n"),
    ),
  );
  const grocers = new Set(["ketterby foods", "lathby grocers"]);
  const stalkingHorse = { dealTerms: termsOf("bid"), names: [], terms: termsOf("stalking horse bid") };

  it("keeps a sentence holding every word saying which deal is asked, whoever it names", () => {
    expect(anotherPartysDeal(passageWith(auction, "the stalking horse"), stalkingHorse, grocers)).toBe(false);
    // Another party's deal not holding those words is still set aside.
    expect(anotherPartysDeal(passageWith(auction, "a bakery"), stalkingHorse, grocers)).toBe(true);
  });
});

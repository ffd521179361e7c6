import { describe, expect, it } from "vitest";
import { anotherPartysDeal, datedEarlier } from "../../src/answer/another-party.js";
import { indexArticle } from "../../src/answer/indexed-passage.js";
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

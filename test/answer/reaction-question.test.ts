import { describe, expect, it } from "vitest";
import { askedReaction, isSecurity } from "../../src/answer/reaction-question.js";
import { sharedWordNet } from "../../src/search/related-words.js";

const reaction = (q: string) => askedReaction(q, sharedWordNet());

describe("isSecurity", () => {
  it("tells securities from other nouns by WordNet's kinds", () => {
    for (const w of ["shares", "stock", "bonds", "notes", "warrants"])
      expect(isSecurity(w, sharedWordNet())).toBe(true);
    for (const w of ["investors", "landlords", "plant", "units"])
      expect(isSecurity(w, sharedWordNet())).toBe(false);
  });
});

describe("askedReaction", () => {
  it("reads a security's reaction as a market move, a traded noun by its verb of trading", () => {
    expect(reaction("how did tambrook's bonds fare?")).toMatchObject({ market: true, security: ["bonds"] });
    expect(reaction("how did the trust's units trade on the news?")).toMatchObject({
      market: true,
      verb: "trade",
      security: ["units"],
    });
  });

  it("reads a party's reaction as no market move, news reacted to being no subject", () => {
    expect(reaction("how did pendrel's investors take the news?")).toEqual({
      verb: "take",
      market: false,
      security: [],
      stimulus: ["the", "news"],
    });
    // A sale reacted to says which reaction is asked.
    expect(reaction("how did the tenants respond to the sale?")).toMatchObject({
      market: false,
      stimulus: [],
    });
  });

  it("asks no reaction of taking something other than news, or of doing with no security", () => {
    expect(reaction("how did vostrick take control of the mine?")).toBeUndefined();
    expect(reaction("how did the buyer do it?")).toBeUndefined();
    expect(reaction("how did the plant trade its output?")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { namesOfficeHolder, namesOrganizations } from "../../src/answer/kind-noun.js";
import { sharedWordNet } from "../../src/search/related-words.js";

describe("namesOrganizations", () => {
  const wordNet = sharedWordNet();

  it("knows kinds of organisation and person by WordNet's filing of their commonest senses", () => {
    for (const noun of ["banks", "lenders", "insurers", "advisers", "regulators", "suppliers"])
      expect(namesOrganizations(noun, wordNet), noun).toBe(true);
  });

  it("leaves things, and kinds of place, to be named by their own word", () => {
    for (const noun of ["chips", "drugs", "disease", "countries", "cities", "voltline"])
      expect(namesOrganizations(noun, wordNet), noun).toBe(false);
  });
});

describe("namesOfficeHolder", () => {
  it("knows offices people hold, below 'leader' in WordNet", () => {
    for (const noun of ["commissioner", "chairman", "ceo", "minister", "governor", "mayor", "coach"])
      expect(namesOfficeHolder(noun, sharedWordNet()), noun).toBe(true);
  });

  it("knows an official's, a treasurer's and a chair's office, and a hyphenated title", () => {
    for (const noun of ["judge", "treasurer", "chair", "vice-chair", "vice-chairman"])
      expect(namesOfficeHolder(noun, sharedWordNet()), noun).toBe(true);
  });

  it("does not take the roles companies fill in a deal, or a rank of nobility, for offices", () => {
    for (const noun of [
      "buyer",
      "bidder",
      "lender",
      "investor",
      "adviser",
      "supplier",
      "regulator",
      "shareholder",
    ])
      expect(namesOfficeHolder(noun, sharedWordNet()), noun).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  describesParty,
  isPartyNoun,
  namesOfficeHolder,
  namesOrganizations,
  officeWords,
} from "../../src/answer/kind-noun.js";
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

describe("officeWords", () => {
  it("gives an office's other words and kinds, not persons WordNet lists as instances of it", () => {
    const lawyer = officeWords("lawyer", sharedWordNet());
    for (const word of ["attorney", "counsel", "solicitor"]) expect(lawyer, word).toContain(word);
    expect(lawyer).not.toContain("lincoln");
    expect(officeWords("judge", sharedWordNet())).toContain("magistrate");
  });

  it("gives nothing for a role companies fill", () => {
    expect(officeWords("adviser", sharedWordNet())).toEqual([]);
    expect(officeWords("bidder", sharedWordNet())).toEqual([]);
  });
});

describe("namesOfficeHolder", () => {
  it("knows offices people hold, below 'leader' in WordNet", () => {
    for (const noun of ["commissioner", "chairman", "ceo", "minister", "governor", "mayor", "coach"])
      expect(namesOfficeHolder(noun, sharedWordNet()), noun).toBe(true);
  });

  it("knows a professional's and an officeholder's office: a lawyer, an officer", () => {
    for (const noun of ["lawyer", "attorney", "officer"])
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

describe("describesParty", () => {
  const wordNet = sharedWordNet();

  it("takes a kind of organisation or person written bare before a name as its description", () => {
    for (const word of ["miner", "carmaker", "investor", "bidder", "lender", "regulator", "bank"])
      expect(describesParty(word, wordNet), word).toBe(true);
  });

  it("does not take a number, or a word mostly used otherwise, before a name for a description", () => {
    for (const word of ["five", "best", "more", "let", "said"])
      expect(describesParty(word, wordNet), word).toBe(false);
  });

  it("takes a description's head alone only where its commonest sense is a kind of party", () => {
    for (const word of ["miner", "consortium", "company"])
      expect(describesParty(word, wordNet, "head"), word).toBe(true);
    for (const word of ["yard", "fund", "deal"])
      expect(describesParty(word, wordNet, "head"), word).toBe(false);
  });

  it("takes any noun modifying a description's head, where only a noun can stand", () => {
    for (const word of ["container", "tower", "private-equity"])
      expect(describesParty(word, wordNet, "modifier"), word).toBe(true);
    expect(describesParty("agreed", wordNet, "modifier")).toBe(false);
  });
});

describe("isPartyNoun", () => {
  it("is true where a noun's commonest sense is a kind of person or group, and only there", () => {
    const wordNet = sharedWordNet();
    for (const noun of ["bidder", "liquidators", "consortium"])
      expect(isPartyNoun(noun, wordNet), noun).toBe(true);
    for (const noun of ["fund", "yard", "tonnes"]) expect(isPartyNoun(noun, wordNet), noun).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { namesOrganizations } from "../../src/answer/kind-noun.js";
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

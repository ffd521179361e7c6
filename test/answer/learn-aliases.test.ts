import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import { foldAliases, learnAliases } from "../../src/answer/learn-aliases.js";
import { article } from "./support.js";

describe("learnAliases", () => {
  it("learns a short form from a name followed by its initials in brackets", () => {
    expect(learnAliases("The deal was cleared by the Federal Trade Commission (FTC) on Friday.")).toEqual([
      { long: "Federal Trade Commission", short: "FTC" },
    ]);
  });

  it("lets 'of' and 'and' go without a letter", () => {
    expect(learnAliases("Shares of Bank of Nova Scotia (BNS) rose.")).toEqual([
      { long: "Bank of Nova Scotia", short: "BNS" },
    ]);
  });

  it("ignores brackets that are not the name's initials", () => {
    expect(learnAliases("Harbor Distillers (NYSE: HRB) rose 4%.")).toEqual([]);
    expect(learnAliases("Northwind Brewing (the buyer) paid cash.")).toEqual([]);
  });

  it("rewrites a long form to its short form in any case", () => {
    expect(
      foldAliases("what did the federal trade commission say?", [
        { long: "Federal Trade Commission", short: "FTC" },
      ]),
    ).toBe("what did the FTC say?");
  });
});

describe("aliases in the engine", () => {
  const engine = createEngine(
    [
      article("lender-1", "Pacific Harbor Bank (PHB) agreed to buy a regional lender for $1.2 billion."),
      article("lender-2", "PHB said the purchase adds 140 branches in the west."),
    ],
    { publicBaseUrl: "http://localhost:3000" },
  );

  it("finds the sentence that uses the short form for a question using the long one", () => {
    expect(engine.answer("how many branches does Pacific Harbor Bank add?").answer).toBe("140 branches");
  });

  it("finds the sentence that uses the long form for a question using the short one", () => {
    expect(engine.answer("how much is PHB paying for the lender?").answer).toBe("$1.2 billion");
  });
});

import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import {
  acronymNames,
  acronymRelatives,
  createAliasTable,
  expandAcronyms,
  foldAliases,
  learnAliases,
  phraseAcronyms,
} from "../../src/answer/learn-aliases.js";
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

  it("learns and folds a name with accented letters", () => {
    const aliases = learnAliases("Électricité Réseau Distribution (ERD) agreed to buy the Açores grid.");
    expect(aliases).toEqual([{ long: "Électricité Réseau Distribution", short: "ERD" }]);
    expect(foldAliases("what did électricité réseau distribution pay?", aliases)).toBe("what did ERD pay?");
  });

  it("rewrites a long form to its short form in any case", () => {
    expect(
      foldAliases("what did the federal trade commission say?", [
        { long: "Federal Trade Commission", short: "FTC" },
      ]),
    ).toBe("what did the FTC say?");
  });
});

describe("createAliasTable", () => {
  const aliases = [
    { long: "Federal Trade Commission", short: "FTC" },
    { long: "Bank of Nova Scotia", short: "BNS" },
    { long: "FTC Review Board", short: "FRB" },
    { long: "AT&T Inc", short: "ATTI" },
    { long: "Pacific Harbor Bank", short: "PHB" },
  ];
  const table = createAliasTable(aliases);

  it("folds a text as trying every alias in turn would, including a long form a short form begins", () => {
    for (const text of [
      "what did the federal trade commission say?",
      "did the Federal   Trade Commission review board meet?",
      "is the bank of nova scotia or AT&T Inc buying Pacific Harbor Bank?",
      "nothing to fold here",
      "federal trade commissioner",
    ]) {
      expect(table.fold(text)).toBe(foldAliases(text, aliases));
    }
    expect(table.fold("did the federal trade commission review board meet?")).toBe("did the FRB meet?");
  });

  it("offers only the aliases whose long form's first word the text has, in the order learned", () => {
    // "Bank" begins "Bank of Nova Scotia" too: a candidate, which the long form's pattern then rules out.
    expect(table.within("Pacific Harbor Bank and the Federal Trade Commission")).toEqual([
      aliases[0],
      aliases[1],
      aliases[4],
    ]);
    expect(table.within("the lender's Novascotia unit, near Pacific")).toEqual([aliases[4]]);
  });

  it("keeps an alias's place when one with the same long form replaces it", () => {
    const t = createAliasTable(aliases);
    t.add({ long: "federal trade commission", short: "F.T.C." });
    expect(t.all().map((a) => a.short)).toEqual(["F.T.C.", "BNS", "FRB", "ATTI", "PHB"]);
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

describe("phraseAcronyms", () => {
  it("gives each run of three to six capitalised words its initials, inside longer runs too", () => {
    const found = phraseAcronyms(
      "Chief Financial Officer Lena Park said so. The Federal Trade Commission may object. Harbor Distillers agreed.",
    );
    expect(found.get("cfo")).toBe("Chief Financial Officer");
    expect(found.get("ftc")).toBe("Federal Trade Commission");
    expect(found.has("hd")).toBe(false);
  });

  it("lets 'of' and 'and' stand between the words without a letter", () => {
    expect(phraseAcronyms("The Bank of North Dakota lent it.").get("bnd")).toBe("Bank of North Dakota");
  });
});

describe("phraseAcronyms: lower-case compounds", () => {
  it("gives a hyphenated compound its initials, with and without its small words", () => {
    const found = phraseAcronyms(
      "The lender wants a mark-to-market clause and a going-out-of-business plan.",
    );
    expect(found.get("mtm")).toBe("mark-to-market");
    expect(found.get("goob")).toBe("going-out-of-business");
    expect(found.get("gob")).toBe("going-out-of-business");
    expect(found.has("cp")).toBe(false);
  });
});

describe("acronymRelatives", () => {
  const phrases = new Map([
    ["dip", "debtor-in-possession"],
    ["ftc", "Federal Trade Commission"],
  ]);
  const df = (t: string) => ({ debtor: 3, possess: 1, dip: 2, feder: 4, trade: 9, commiss: 2 })[t] ?? 0;
  const relatives = (q: string) => acronymRelatives(q, (i) => phrases.get(i), df);

  it("relates an acronym to the rarest word of the phrase the articles spell it as", () => {
    expect(relatives("how big is the DIP loan?")).toEqual(new Map([["dip", ["possess"]]]));
  });

  it("leaves a name's initials to the aliases its articles define in brackets", () => {
    expect(relatives("what did the FTC say?").size).toBe(0);
  });

  it("names by a name's initials the name one article spells out and another shortens, with no brackets", () => {
    expect(acronymNames("what did the FTC say?", (i) => phrases.get(i), df)).toEqual(
      new Map([["ftc", ["commiss"]]]),
    );
    expect(acronymNames("how big is the DIP loan?", (i) => phrases.get(i), df).size).toBe(0);
  });

  it("relates a spelt-out compound's words to the acronym the articles write", () => {
    expect(relatives("who leads the debtor-in-possession lenders?")).toEqual(
      new Map([
        ["debtor", ["dip"]],
        ["possess", ["dip"]],
      ]),
    );
  });

  it("relates nothing the articles do not write", () => {
    expect(relatives("how big is the ABL loan?").size).toBe(0);
    expect(relatives("is it a state-of-the-art plant?").size).toBe(0);
  });
});

describe("expandAcronyms", () => {
  const phrases = new Map([["cfo", "Chief Financial Officer"]]);
  const expand = (q: string, unknown = (_: string) => true) =>
    expandAcronyms(q, (i) => phrases.get(i), unknown);

  it("reads an acronym no article spells as the phrase the articles write", () => {
    expect(expand("what did the CFO say?")).toBe("what did the Chief Financial Officer say?");
    expect(expand("who are the CFOs?")).toBe("who are the Chief Financial Officers?");
  });

  it("leaves an acronym the articles spell, or one no phrase has, as it is", () => {
    expect(expand("what did the CFO say?", () => false)).toBe("what did the CFO say?");
    expect(expand("what did the CTO say?")).toBe("what did the CTO say?");
  });
});

import { describe, expect, it } from "vitest";
import {
  canonicalOf,
  foldPhrases,
  lowerCaseWords,
  processTerm,
  STOP_WORDS,
  stemsOf,
  stemTerm,
  termsOf,
  tokenize,
} from "../../src/search/terms.js";

describe("termsOf", () => {
  it("leaves a token longer than any word unstemmed: the stemmer's patterns would cost its length for nothing", () => {
    const blob = `${"x".repeat(60)}ings`;
    expect(stemTerm(blob)).toBe(blob);
    expect(stemTerm("greetings")).not.toBe("greetings");
  });

  it("drops stop words and question words", () => {
    expect(termsOf("What is the deal about and when will it be done?")).toEqual(["deal"]);
    expect(termsOf("how much is it")).toEqual([]);
  });

  it("drops negated auxiliaries, written with or without their apostrophe", () => {
    expect(termsOf("if the buyer can't close, what does it owe?")).toEqual(
      termsOf("if the buyer close, what does it owe?"),
    );
    expect(termsOf("the lender doesnt and wont fund it")).toEqual(termsOf("the lender fund it"));
  });

  it("drops contracted pronouns, but not the words some of them spell without an apostrophe", () => {
    expect(termsOf("what's the most they'll spend in a year?")).toEqual(termsOf("most spend year"));
    expect(termsOf("you're sure it'll close?")).toEqual(termsOf("sure close"));
    expect(termsOf("how well did it sell?")).toContain(termsOf("well")[0]);
  });

  it("stems inflected forms to one Porter2 stem", () => {
    expect(termsOf("deployments")).toEqual(termsOf("deployment"));
    expect(termsOf("restructuring")).toEqual(termsOf("restructured"));
    expect(termsOf("investments")).toEqual(["invest"]);
  });

  it("folds chips, GPUs and accelerators to one term", () => {
    const chip = termsOf("chips");
    expect(chip).toHaveLength(1);
    expect(termsOf("GPUs")).toEqual(chip);
    expect(termsOf("accelerators")).toEqual(chip);
    expect(termsOf("graphics processing units")).toEqual(chip);
  });

  it("folds both ways of naming a market share to one term, apart from stock shares", () => {
    const marketShare = termsOf("market share")[0]!;
    expect(termsOf("AWS's cloud market share")).toContain(marketShare);
    expect(termsOf("share of the cloud market")).toContain(marketShare);
    expect(termsOf("Amazon shares jumped")).not.toContain(marketShare);
  });

  it("reads irregular forms as their base, and keeps words of similar meaning apart", () => {
    expect(termsOf("Wired wrote")).toContain(termsOf("writes")[0]);
    expect(termsOf("she said")).toEqual(termsOf("says"));
    // Related words are WordNet's to find at question time, weighted below the word asked.
    expect(termsOf("purchase")).not.toEqual(termsOf("acquisition"));
    expect(termsOf("risks")).not.toEqual(termsOf("challenges"));
  });

  it("folds worth, value, price tag and commitment to one term", () => {
    const value = termsOf("value");
    expect(termsOf("worth")).toEqual(value);
    expect(termsOf("price tag")).toEqual(value);
    expect(termsOf("commitment")).toEqual(value);
    expect(termsOf("valued")).toEqual(value);
  });

  it("folds chief executive officer, chief and boss into CEO", () => {
    expect(termsOf("chief executive officer")).toEqual(["ceo"]);
    expect(termsOf("boss")).toEqual(termsOf("CEO"));
    expect(termsOf("chief")).toEqual(termsOf("CEO"));
  });

  it("keeps 'run' apart from CEO, since a deal also runs for years", () => {
    // "who runs X" becomes a CEO question in analyze-question.ts, for person questions only.
    expect(termsOf("how long does the deal run")).not.toContain("ceo");
  });

  it("rewrites 'initial public offering' and 'going public' to ipo", () => {
    expect(termsOf("an initial public offering")).toEqual(["ipo"]);
    expect(termsOf("OpenAI is going public")).toEqual(["openai", "ipo"]);
    expect(termsOf("IPOs")).toEqual(["ipo"]);
  });

  it("keeps model numbers and decimals whole", () => {
    expect(tokenize("GB200 and GB300")).toEqual(["GB200", "and", "GB300"]);
    const [gb200, gb300] = termsOf("GB200 and GB300");
    expect(gb200).toBe("gb200");
    // Porter2 rewrites "gb300" oddly; what matters is that both spellings meet and the models stay apart.
    expect(termsOf("gb300")).toEqual([gb300]);
    expect(gb300).not.toBe(gb200);
    expect(termsOf("$1.4 trillion")).toEqual(["1.4", "trillion"]);
  });

  it("returns each term once, in order of first appearance", () => {
    expect(termsOf("Nvidia deal, Nvidia chips, deal")).toEqual(["nvidia", "deal", "chip"]);
  });

  it("treats possessives and curly apostrophes like the bare word", () => {
    expect(termsOf("AWS’s infrastructure")).toEqual(termsOf("AWS infrastructure"));
    expect(termsOf("OpenAI's")).toEqual(["openai"]);
  });
});

describe("stemsOf", () => {
  it("keeps the stem as written instead of folding synonyms", () => {
    expect([...stemsOf("GPUs")]).not.toEqual([...stemsOf("chips")]);
    expect(stemsOf("worth").has("worth")).toBe(true);
    expect(stemsOf("worth").has(canonicalOf("worth"))).toBe(false);
  });

  it("drops stop words like termsOf does", () => {
    expect([...stemsOf("what is the worth")]).toEqual(["worth"]);
  });
});

describe("processTerm and stemTerm", () => {
  it("returns null for stop words and the canonical term otherwise", () => {
    expect(processTerm("the")).toBeNull();
    expect(processTerm("GPUs")).toBe(processTerm("chip"));
    expect(stemTerm("Deployments")).toBe("deploy");
  });

  it("keeps plain numbers as they are", () => {
    expect(stemTerm("2026")).toBe("2026");
    expect(stemTerm("3.8")).toBe("3.8");
  });

  it("lists function words among the stop words", () => {
    for (const word of ["the", "what", "how", "which", "is"]) expect(STOP_WORDS.has(word)).toBe(true);
  });
});

describe("tokenize and foldPhrases", () => {
  it("splits on punctuation but keeps apostrophes inside words", () => {
    expect(tokenize("OpenAI–Amazon: a $38 billion deal.")).toEqual([
      "OpenAI",
      "Amazon",
      "a",
      "38",
      "billion",
      "deal",
    ]);
  });

  it("folds multi-word expressions before splitting", () => {
    expect(foldPhrases("The Chief Executive runs data centers")).toBe("The ceo runs datacenter");
  });
});

describe("lowerCaseWords", () => {
  it("lists the words a text writes in lower case, never the lower-case tail of a capitalised word", () => {
    expect(lowerCaseWords("Northwind co-founder said GB200 chips and OpenAI models rose")).toEqual([
      "co-founder",
      "said",
      "chips",
      "and",
      "models",
      "rose",
    ]);
  });
});

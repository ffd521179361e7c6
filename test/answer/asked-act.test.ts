import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { actPositions, kindVerbOf } from "../../src/answer/asked-act.js";
import { indexArticle } from "../../src/answer/indexed-passage.js";
import { selectValues } from "../../src/answer/select-values.js";
import { sharedWordNet } from "../../src/search/related-words.js";
import { processTerm } from "../../src/search/terms.js";
import { article, PLAIN_SELECT, passageWith } from "./support.js";

const wordNet = sharedWordNet();

describe("actPositions", () => {
  // A ferry order, a mine takeover, a spectrum licence.
  const passages = indexArticle(
    article(
      "acts",
      [
        "Rellan Yards has won a $640 million contract to build six ferries for Hobart Lines.",
        "Marrick Mining acquired the Trevane copper mine from Pellory Resources last year.",
        "The shares of Fennick Telecom rose after Fennick obtained the licence.",
      ].join("\n"),
    ),
  );
  const acted = (fragment: string, verb: string) => {
    const ip = passageWith(passages, fragment);
    const text = ip.passage.text;
    return actPositions(text, ip.positions, processTerm(verb) ?? undefined, verb, wordNet).map((p) =>
      /^\S+/.exec(text.slice(p.at))![0].toLowerCase(),
    );
  };

  it("finds a verb doing the asked act by another word, and not a noun of that word", () => {
    expect(acted("Rellan", "got")).toEqual(["won"]);
    expect(acted("Marrick", "bought")).toEqual(["acquired"]);
    // "The shares" are no act of getting; "obtained" is.
    expect(acted("Fennick", "got")).toEqual(["obtained"]);
  });

  it("keeps to the asked verb itself where the sentence uses it", () => {
    expect(acted("Marrick", "acquired")).toEqual(["acquired"]);
  });
});

describe("who got …?", () => {
  const deals = indexArticle(
    article(
      "got",
      [
        "Rellan Yards has won a $640 million contract to build six ferries for Hobart Lines.",
        "Shares in Rellan Yards rose 7% after the shipbuilder won a contract from Hobart Lines.",
        "Marrick Mining got the Trevane mine from Pellory Resources for $1.2 billion.",
        "Welbeck Telecom received the spectrum licence from the Strathy regulator in March.",
      ].join("\n"),
    ),
  );
  const who = (question: string, fragment: string) =>
    selectValues(passageWith(deals, fragment), analyzeQuestion(question), PLAIN_SELECT).map((v) => v.text);

  it("answers with the doer of a related act, and none where the sentence names no doer", () => {
    expect(analyzeQuestion("who got the contract?").agentAct).toBe("got");
    expect(who("who got the contract?", "has won")).toEqual(["Rellan Yards"]);
    // The doer there is "the shipbuilder": the sentence names no one who got it.
    expect(who("who got the contract?", "shipbuilder")).toEqual([]);
    expect(who("who has got the mine?", "Marrick")).toEqual(["Marrick Mining"]);
    expect(who("who got the spectrum licence?", "Welbeck")).toEqual(["Welbeck Telecom"]);
  });
});

describe("kindVerbOf", () => {
  it("reads no doer's verb into a passive question: the kind receives the act", () => {
    expect(kindVerbOf("which banks were hired to run the sale?", wordNet)).toBeUndefined();
    expect(kindVerbOf("which lenders were chosen?", wordNet)).toBeUndefined();
  });

  it("reads the verb after a kind of one to four words, past an auxiliary", () => {
    expect(kindVerbOf("which banks advised Fennick?", wordNet)).toBe("advised");
    expect(kindVerbOf("which banks and law firms are advising Hobart?", wordNet)).toBe("advising");
    expect(kindVerbOf("which lenders will fund the plant?", wordNet)).toBe("fund");
    // A present form right after the kind may still be the kind's own words ("which bank funds").
    expect(kindVerbOf("which bank funds are left?", wordNet)).toBeUndefined();
  });
});

describe("which <kind> VERB …?", () => {
  // A telecom merger, a mine takeover, a chip-plant loan: the sentences never write the asked kind.
  const deals = indexArticle(
    article(
      "kinds",
      [
        "Welbeck Securities and Strathy Partners advised Fennick, while Marrick Capital advised Hobart.",
        "Pellory Resources said on Monday that the offer from Trevane undervalued the mine.",
        "Kellan Credit and Eskdale Trust will fund the plant, Pennard said.",
        "Marrick's first offer proposed selling 58 stores; the Saxby Authority pushed for more.",
      ].join("\n"),
    ),
  );
  const which = (question: string, fragment: string) =>
    selectValues(passageWith(deals, fragment), analyzeQuestion(question), PLAIN_SELECT).map((v) => v.text);

  it("answers with the names doing the asked verb in the active voice, and none where no one does it", () => {
    expect(which("which banks advised Fennick?", "Welbeck")).toEqual([
      "Welbeck Securities",
      "Strathy Partners",
    ]);
    expect(which("which banks advised Pellory?", "undervalued")).toEqual([]);
    // "pushed" (for more) is two steps below advising in WordNet: too far to be advising.
    expect(which("which banks advised Marrick?", "pushed")).toEqual([]);
    expect(which("which lenders will fund the plant?", "Kellan")).toEqual(["Kellan Credit", "Eskdale Trust"]);
  });
});

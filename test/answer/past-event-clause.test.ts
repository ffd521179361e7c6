import { describe, expect, it } from "vitest";
import { pastEventClauses } from "../../src/answer/past-event-clause.js";
import { sharedWordNet } from "../../src/search/related-words.js";

const clauses = (q: string) => pastEventClauses(q, sharedWordNet());

describe("pastEventClauses", () => {
  it("finds a clause of time whose verb is past, by a conjunction or a noun of time heading it", () => {
    expect(clauses("where did ollerby shares close after the board approved the sale?")).toEqual([
      "after the board approved the sale",
    ]);
    expect(clauses("what did tambrook stock open at the morning the merger came out?")).toEqual([
      "the morning the merger came out",
    ]);
    expect(clauses("did the units fall when the offer was announced, or later?")).toEqual([
      "when the offer was announced",
    ]);
  });

  it("leaves a condition in the present, a question word and a phrase with no verb alone", () => {
    // "once output passes …", "if it wins": which figure is asked depends on them.
    expect(clauses("what royalty does pendrel get once output passes 5,000 tonnes?")).toEqual([]);
    expect(clauses("how many staff would vostrick cut if it wins?")).toEqual([]);
    expect(clauses("how much is paid when the first turbine is installed?")).toEqual([]);
    expect(clauses("when did the sale close?")).toEqual([]);
    expect(clauses("how much has the owner taken out since 2019?")).toEqual([]);
    // "the deal" heads no clause, "the combined company" is no verb.
    expect(clauses("what did the deal the combined company signed cost?")).toEqual([]);
  });
});

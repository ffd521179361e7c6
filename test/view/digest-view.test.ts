import { describe, expect, it } from "vitest";
import { alsoNewLine, digestView, factView } from "../../src/view/digest-view.js";
import { noAnswer, quote004, withConflict } from "../fixtures/answers.js";
import { digestReply, quoteOnly, quoteUntitled } from "../fixtures/replies.js";

describe("factView", () => {
  it("shows the short answer, its agreement and that sources disagree", () => {
    expect(factView("Value", withConflict)).toMatchObject({
      value: { kind: "answer", text: "$38 billion" },
      agreement: { sources: 4, of: 5 },
      disagree: true,
    });
  });

  it("shows the quote of a fact found with no short answer", () => {
    const fact = factView("Said", quoteOnly);
    expect(fact.value).toEqual({ kind: "quote", text: quoteUntitled.text });
    expect(fact.agreement).toEqual({ sources: 2, of: 5, alone: false });
  });

  it("has no value and no agreement for a fact not in the sources", () => {
    const fact = factView("Rate", noAnswer);
    expect(fact.value).toBeUndefined();
    expect(fact.agreement).toBeUndefined();
  });
});

describe("digestView", () => {
  it("names new articles as everywhere else and keeps their gist's text", () => {
    if (digestReply.type !== "digest") throw new Error("fixture");
    const view = digestView(digestReply.digest);
    expect(view.newArticles.map((a) => a.source.title)).toEqual([quote004.title, quoteUntitled.label]);
    expect(view.newArticles[0]?.gist).toBe(quote004.text);
    expect(view.facts.map((f) => f.label)).toEqual(["Value", "Said", "Rate"]);
    expect(view.changedFacts).toEqual([{ label: "Value", change: "now 4 of 5 sources agree" }]);
  });
});

describe("alsoNewLine", () => {
  it("names the other stories with news and how to follow one, and is absent without them", () => {
    if (digestReply.type !== "digest") throw new Error("fixture");
    const digest = {
      ...digestReply.digest,
      alsoNew: [{ id: "quanta", title: "Quanta · $300 million", newSources: 2 }],
    };
    expect(alsoNewLine(digestView(digest))).toBe(
      "Also new: “Quanta · $300 million” (2 new sources). Follow a story (/deal follow) to get its digest.",
    );
    expect(alsoNewLine(digestView(digestReply.digest))).toBeUndefined();
  });
});

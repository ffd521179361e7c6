import { describe, expect, it } from "vitest";
import type { AnswerResult } from "../../src/types.js";
import { answerView, factAgreementNote, listingView, moreSourcesView } from "../../src/view/answer-view.js";
import { answered, noAnswer, quote001, quote003, quote004, withConflict } from "../fixtures/answers.js";
import { listingUntitled, quoteOnly, quoteUntitled, withStory } from "../fixtures/replies.js";

describe("answerView", () => {
  it("leads with the best quote, credited to its publisher and linked to the sentence", () => {
    const view = answerView(answered);
    expect(view.status).toBe("answered");
    if (view.status !== "answered") return;
    expect(view.answer).toBe("seven years");
    expect(view.quote.source).toEqual({
      articleId: quote003.articleId,
      title: quote003.title,
      credit: "makhanamornings.in",
      publisher: "makhanamornings.in",
      day: "2025-11-04",
      url: quote003.url,
      aiGenerated: false,
    });
    expect(view.supporting).toEqual([]);
    expect(view.followUp).toEqual({ moreSources: false, tryCommands: [] });
    expect(view.story).toBeUndefined();
  });

  it("shows a yes/no answer as Yes or No alone when its evidence is the quote below it, and keeps other words", () => {
    const evidence = quote003.text.length > 60 ? `${quote003.text.slice(0, 60)}…` : quote003.text;
    const withAnswer = (answer: string) => answerView({ ...answered, answer } as AnswerResult);
    const yes = withAnswer(`Yes: ${quote003.text}`);
    const cut = withAnswer(`No: ${evidence}`);
    const other = withAnswer("Yes: only the chips were named");
    if (yes.status !== "answered" || cut.status !== "answered" || other.status !== "answered") {
      throw new Error("expected answers");
    }
    expect(yes.answer).toBe("Yes");
    expect(cut.answer).toBe("No");
    expect(other.answer).toBe("Yes: only the chips were named");
  });

  it("keeps the quote of an answer with no short answer, and names an untitled source by its opening words", () => {
    const view = answerView(quoteOnly);
    if (view.status !== "answered") throw new Error("expected an answer");
    expect(view.answer).toBe("");
    expect(view.quote.text).toBe(quoteUntitled.text);
    expect(view.quote.source.title).toBe(quoteUntitled.label);
    expect(view.quote.source.credit).toBe(quoteUntitled.label);
    expect(view.supporting.map((q) => q.passageId)).toEqual([quote003.passageId]);
    expect(view.followUp.moreSources).toBe(true);
  });

  it("says a lone source stands alone when the others are silent, and counts it when another disagrees", () => {
    const lone = answerView({ ...answered, agreement: { sources: 1, of: 5 }, conflicts: [] });
    expect(lone.agreement).toEqual({ sources: 1, of: 5, alone: true });
    const disputed = answerView({ ...withConflict, agreement: { sources: 1, of: 5 } });
    expect(disputed.agreement.alone).toBe(false);
    expect(answerView(answered).agreement.alone).toBe(false);
    // A story of one source: its answer stands alone, never "1 of 1 sources agree".
    const only = answerView({ ...answered, agreement: { sources: 1, of: 1 }, conflicts: [] });
    expect(only.agreement.alone).toBe(true);
  });

  it("lists every side of a conflict with its quotes and marks the AI-generated one", () => {
    const [conflict] = answerView(withConflict).conflicts;
    expect(conflict?.about).toBe("deal value");
    expect(conflict?.sides.map((s) => [s.value, s.articles, s.aiGenerated])).toEqual([
      ["$38 billion", 2, false],
      ["$3.8 billion", 1, true],
    ]);
    expect(conflict?.sides[1]?.quotes[0]?.source.credit).toBe("Nishadil");
  });

  it("carries the story an answer comes from", () => {
    expect(answerView(withStory).story).toEqual({ id: "cloud-deal", title: "A cloud contract" });
  });

  it("gives the reason and the commands to try when there is no answer", () => {
    const view = answerView(noAnswer);
    if (view.status !== "no_answer") throw new Error("expected no answer");
    expect(view.reason).toBe(noAnswer.status === "no_answer" ? noAnswer.reason : "");
    expect(view.followUp.tryCommands).toEqual(["value", "timeline"]);
    expect(view.closest).toEqual([]);
  });
});

describe("moreSourcesView", () => {
  it("lists the answer's quotes, then each quote stating another value, each once", () => {
    const view = moreSourcesView(withConflict);
    expect(view.quotes.map((q) => q.passageId)).toEqual([quote001.passageId, quote003.passageId]);
    expect(view.instead).toEqual([
      { value: "$3.8 billion", quotes: [expect.objectContaining({ text: quote004.text })] },
    ]);
  });
});

describe("listingView", () => {
  it("names a listed source the way quotes name it, linked to where it is read", () => {
    const view = listingView(listingUntitled);
    expect(view.title).toBe(quoteUntitled.label);
    expect(view.url).toBe(listingUntitled.url);
    expect(view.passages).toBe(7);
  });
});

describe("factAgreementNote", () => {
  it("counts agreeing sources, says when one stands alone, and says nothing for a one-article story", () => {
    expect(factAgreementNote({ sources: 4, of: 5, alone: false })).toBe("4 of 5 agree");
    expect(factAgreementNote({ sources: 1, of: 5, alone: true })).toBe("only 1 of 5 sources");
    expect(factAgreementNote({ sources: 1, of: 1, alone: true })).toBeUndefined();
  });
});

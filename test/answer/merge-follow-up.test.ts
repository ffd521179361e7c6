import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { createEngine } from "../../src/answer/create-engine.js";
import { isFollowUp, mergeFollowUp } from "../../src/answer/merge-follow-up.js";
import { loadArticles } from "../../src/corpus/load-articles.js";
import { termsOf } from "../../src/search/terms.js";

const term = (word: string) => termsOf(word)[0]!;

describe("isFollowUp", () => {
  it.each([
    "and when?",
    "which chips then?",
    "what about Microsoft?",
    "also the value?",
    "how about Google?",
  ])("reads %j as a follow-up", (question) => {
    expect(isFollowUp(analyzeQuestion(question))).toBe(true);
  });

  it.each([
    "how much is the deal worth?",
    "which chips will AWS deploy?",
    "who is the CEO of AWS?",
  ])("reads %j as a full question", (question) => {
    expect(isFollowUp(analyzeQuestion(question))).toBe(false);
  });
});

describe("mergeFollowUp", () => {
  it("borrows the earlier question's subject and keeps its own answer type", () => {
    const merged = mergeFollowUp(
      analyzeQuestion("and when?"),
      "how much did the brewer pay for the distillery?",
    );
    expect(merged.answerType).toBe("date");
    expect(merged.terms).toContain(term("distillery"));
  });

  it("borrows the answer type when the follow-up asks for none", () => {
    const merged = mergeFollowUp(
      analyzeQuestion("what about the rival bid?"),
      "how much did the brewer pay?",
    );
    expect(merged.answerType).toBe("money");
  });

  it("replaces the earlier question's names with the follow-up's own, keeping what was asked of them", () => {
    const names = new Set(["dunravel", "brennock", "teralith", "norvance"].map(term));
    const isName = (t: string) => names.has(t);
    const ceo = mergeFollowUp(
      analyzeQuestion("and Brennock's?"),
      "who's the chief executive of Dunravel?",
      isName,
    );
    expect(ceo.answerType).toBe("person");
    expect(ceo.terms).toContain(term("brennock"));
    expect(ceo.terms).not.toContain(term("dunravel"));
    expect([...ceo.terms, ...ceo.cueTerms]).toContain(termsOf("chief executive")[0]);
    const shares = mergeFollowUp(
      analyzeQuestion("what about Norvance?"),
      "how much did Teralith shares rise?",
      isName,
    );
    expect(shares.terms).toEqual(expect.arrayContaining([term("norvance"), term("shares"), term("rise")]));
    expect(shares.terms).not.toContain(term("teralith"));
    // Without a way to tell names, nothing is replaced, only added.
    expect(
      mergeFollowUp(analyzeQuestion("what about Norvance?"), "how much did Teralith shares rise?").terms,
    ).toContain(term("teralith"));
  });

  it("replaces the thing the earlier question counted with the follow-up's own", () => {
    const merged = mergeFollowUp(
      analyzeQuestion("and branches?"),
      "how many jobs will the bank cut?",
      () => false,
    );
    expect(merged.answerType).toBe("count");
    expect(merged.focus).toBe(term("branches"));
    expect(merged.terms).toContain(term("branches"));
    expect(merged.terms).not.toContain(term("jobs"));
    // A follow-up asking its own type keeps the earlier thing: "and when?" is about the same jobs.
    expect(
      mergeFollowUp(analyzeQuestion("and when?"), "how many jobs will the bank cut?", () => false).terms,
    ).toContain(term("jobs"));
  });

  it("leaves a full question unchanged", () => {
    const own = analyzeQuestion("who is the chief financial officer of the lender?");
    expect(mergeFollowUp(own, "how much did the brewer pay?")).toBe(own);
  });
});

describe("follow-ups through the engine", () => {
  it("asks the earlier question of the follow-up's own name or thing", async () => {
    const loaded = await loadArticles(join("..", "shared", "seeds"));
    if (!loaded.ok) throw new Error(loaded.error);
    const engine = createEngine(loaded.articles, { publicBaseUrl: "http://localhost:3000" });
    const ceo = "who's the ceo of aws?";
    expect(engine.answer(ceo).answer).toBe("Matt Garman");
    expect(engine.answer("and openai's?", { previousQuestion: ceo }).answer).toBe("Sam Altman");
    const gpus = "how many gpus?";
    expect(engine.answer(gpus).answer).toMatch(/GPU/);
    expect(engine.answer("and cpus?", { previousQuestion: gpus }).answer).toBe("tens of millions of CPUs");
  }, 60_000);
});

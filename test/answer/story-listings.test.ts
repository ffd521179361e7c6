import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import type { Engine } from "../../src/answer/engine.js";
import { type AnswerResult, AnswerResultSchema } from "../../src/types.js";
import { seedEngine } from "../fixtures/seed-engine.js";
import { article } from "./support.js";

// Listing questions reach answerStoryListing through the engine, as every question does.
let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

function ask(question: string): AnswerResult {
  const result = engine.answer(question);
  expect(AnswerResultSchema.safeParse(result).success).toBe(true);
  return result;
}

describe("answerStoryListing: who the story quotes", () => {
  it("answers 'who said what about the deal?' with each quoted person and one remark of theirs", () => {
    const result = ask("who said what about the deal?");
    expect(result.status).toBe("answered");
    expect(result.answer).toMatch(/Sam Altman/);
    expect(result.answer).toMatch(/Matt Garman/);
    // One quote per speaker, each the sentence that quotes them.
    expect(result.quotes.some((q) => /Altman/.test(q.text))).toBe(true);
    expect(result.quotes.some((q) => /Garman/.test(q.text))).toBe(true);
  });

  it("reads 'who commented on …' about one matter as an ordinary question", () => {
    // A grocery merger: only one article covers the store closures, so the question is about them.
    const stories = createEngine(
      [
        article(
          "m1",
          "Kelmart agreed to buy Duvall Foods for $2 billion. “This is about scale,” said Kelmart chief Ana Ruiz.",
        ),
        article(
          "m2",
          "Kelmart's $2 billion purchase of Duvall Foods needs approval. Ruiz said the deal would close in 2027.",
        ),
        article(
          "m3",
          "Duvall Foods holders back the Kelmart deal. Union leader Sam Okoye said the 40 store closures would hurt towns.",
        ),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    );
    const listing = stories.answer("who commented on the Kelmart deal?");
    expect(listing.status).toBe("answered");
    expect(listing.answer).toBe("Ana Ruiz and Sam Okoye");
    // Drawn from every article quoting either of them: never "only this source" beside the others.
    expect(listing.agreement).toEqual({ sources: 3, of: 3 });
    const matter = stories.answer("who commented on the store closures?");
    expect(matter.answer).not.toBe(listing.answer);
  });
});

describe("answerStoryListing: the story's timeline", () => {
  it("answers 'what is the timeline of the deal?' with the dates several sources give, in time order", () => {
    const result = ask("what is the timeline of the deal?");
    expect(result.status).toBe("answered");
    expect(result.answerType).toBe("date");
    expect(result.answer).toMatch(/end of 2026.*2027/);
    expect(result.quotes.length).toBeGreaterThanOrEqual(2);
  });
});

describe("answerStoryListing: the story's terms", () => {
  it("answers 'what does the deal include?' with a figure of each kind, each with its sentence", () => {
    for (const question of ["what does the deal include?", "what are the terms of the deal?"]) {
      const result = ask(question);
      expect(result).toMatchObject({ status: "answered", answerType: "things" });
      expect(result.answer).toMatch(/^\$38 billion[^;]*; .*seven-year.*GPUs/);
      // One quote a sentence (never the same sentence twice), and the $3.8 billion one source gives is no
      // term of the deal.
      const quoted = result.quotes.map((q) => q.passageId);
      expect(new Set(quoted).size).toBe(quoted.length);
      expect(result.quotes.length).toBeGreaterThanOrEqual(2);
      expect(result.quotes.length).toBeLessThanOrEqual(result.answer.split("; ").length);
      expect(result.answer).not.toContain("3.8");
    }
  });

  it("reads 'what does the plant include?' about one thing as an ordinary question", () => {
    expect(ask("what does the data center include?").answer).not.toMatch(/; /);
  });
});

describe("answerStoryListing: the parties", () => {
  it("answers 'who is the deal between?' with the story's parties and a sentence naming both", () => {
    const result = ask("who is the deal between?");
    expect(result.status).toBe("answered");
    expect(result.answer).toBe("OpenAI and Amazon");
    expect(result.quotes[0]!.text).toMatch(/OpenAI/);
    expect(result.quotes[0]!.text).toMatch(/Amazon/);
  });

  it("quotes the earliest article naming both parties, and counts the articles that do", () => {
    // A drug licence: the later newsletter names both too; the wire story came first.
    const licence = createEngine(
      [
        article("l2", "Brenner said Everlight will pay Sunmo Bio $90 million upfront for the pill.", {
          published: "2026-03-04",
        }),
        article("l1", "Everlight licensed Sunmo Bio's psoriasis pill on Monday for $90 million upfront.", {
          published: "2026-03-02",
        }),
        article("l3", "Sunmo Bio shares rose 12% in Seoul after the licence.", { published: "2026-03-03" }),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    );
    const result = licence.answer("who are the parties?");
    // The parties as the story names them in short, whichever leads.
    expect(result.answer).toMatch(/^(Everlight and Sunmo|Sunmo and Everlight)/);
    expect(result.quotes[0]!.passageId.startsWith("l1")).toBe(true);
    expect(result.agreement).toEqual({ sources: 2, of: 3 });
  });
});

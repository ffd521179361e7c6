import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import { suggestNames, suggestTopics } from "../../src/answer/suggest-topics.js";
import { dealEngine } from "../fixtures/deal-stories.js";

const topics = [
  { name: "value", question: "how much is the deal worth?" },
  { name: "timeline", question: "when will the deal close?" },
  { name: "people", question: "who leads the company?" },
  { name: "regulators", question: "which regulators must approve it?" },
];

describe("suggestTopics", () => {
  it("puts topics sharing the question's words first", () => {
    expect(suggestTopics(analyzeQuestion("do regulators need to approve the sale?"), topics)[0]).toBe(
      "regulators",
    );
  });

  it("falls back to the first topics, three at most, when none is related", () => {
    expect(suggestTopics(analyzeQuestion("zzkrr blorf"), topics)).toEqual(["value", "timeline", "people"]);
  });
});

describe("suggestNames", () => {
  it("offers up to three of the story's names, most prominent first, leaving out names the question uses", () => {
    const names = ["Lena Park", "Omar Reyes", "Mara Quist", "Pinecrest"];
    expect(suggestNames(names, "what did Omar say?")).toEqual([
      "ask what does it mean for Lena Park?",
      "ask what does it mean for Mara Quist?",
      "ask what does it mean for Pinecrest?",
    ]);
    expect(suggestNames([], "anything")).toEqual([]);
  });

  it("suggests the chosen story's own notable names when it has no answer, read off its articles", () => {
    const engine = dealEngine();
    const story = engine.storyOf("brew-1")!;
    expect(story.names.length).toBeGreaterThan(0);
    const result = engine.answer("who is the head chef at Harbor Distillers?");
    expect(result).toMatchObject({ status: "no_answer", story: { id: story.id } });
    if (result.status !== "no_answer") throw new Error("expected no answer");
    const offered = result.suggestions.filter((s) => s.startsWith("ask what does it mean for "));
    expect(offered).toEqual(story.names.slice(0, 3).map((n) => `ask what does it mean for ${n}?`));
    // Names of the other deals are never offered for this one.
    expect(offered.join(" ")).not.toMatch(/Quist|Reyes/);
  });
});

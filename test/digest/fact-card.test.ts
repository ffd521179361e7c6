import { describe, expect, it } from "vitest";
import { TOPICS } from "../../src/commands/topic-questions.js";
import {
  answerFacts,
  describeChange,
  FACTS,
  readSnapshot,
  snapshotFacts,
} from "../../src/digest/fact-card.js";
import { answered, withConflict } from "../fixtures/answers.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";

const state = { answer: "$38 billion", sources: 3, of: 5, conflicts: [] as string[] };

describe("fact card", () => {
  it("asks the engine each fixed question, in card order", () => {
    const engine = createFakeEngine();
    const facts = answerFacts(engine);
    // The fake engine has nothing on the timeline, so its other wording is asked after it.
    const timeline = TOPICS.find((t) => t.name === "timeline")!;
    expect(engine.asked).toEqual([...FACTS.map((f) => f.question), ...(timeline.alternatives ?? [])]);
    expect(facts.map((f) => f.label)).toEqual(["Value", "Parties", "Terms", "Timeline"]);
  });

  it("asks a topic's other wordings where the story has nothing on the first, as the commands do", () => {
    // A funding round: nothing is "worth" anything, but money is raised.
    const engine = createFakeEngine();
    const raised = TOPICS.find((t) => t.name === "value")!.alternatives![0]!;
    const facts = answerFacts({
      ...engine,
      answer: (question, options) =>
        question === raised ? { ...answered, question } : { ...engine.answer("nothing", options), question },
    });
    expect(facts[0]).toMatchObject({ label: "Value", result: { status: "answered", question: raised } });
  });

  it("snapshots answer, agreement and conflicts and reads the snapshot back", () => {
    const snapshot = snapshotFacts([
      { label: "Value", result: withConflict },
      { label: "Duration", result: answered },
    ]);
    expect(snapshot.Value!.conflicts).toHaveLength(withConflict.conflicts.length);
    expect(snapshot.Value!.sources).toBe(withConflict.agreement.sources);
    const stored = { stories: { "openai-aws": snapshot } };
    expect(readSnapshot(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    // A bare card, as stored before digests followed stories, reads as the legacy card.
    expect(readSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual({ stories: {}, legacy: snapshot });
    expect(readSnapshot({ Value: "garbage" })).toBeUndefined();
  });

  it("reports no change without a previous card or when only the source total grew", () => {
    expect(describeChange(undefined, state)).toBeUndefined();
    expect(describeChange(state, { ...state, of: 6 })).toBeUndefined();
  });

  it("describes a change in agreement, answer and conflicts", () => {
    expect(describeChange(state, { ...state, sources: 4, of: 6 })).toBe("4 of 6 sources agree (was 3 of 5)");
    expect(describeChange(state, { ...state, answer: "$40 billion" })).toBe(
      "now $40 billion (was $38 billion)",
    );
    expect(describeChange(state, { ...state, conflicts: ["deal value: $3.8 billion | $38 billion"] })).toBe(
      "new conflict — deal value: $3.8 billion | $38 billion",
    );
    expect(describeChange({ ...state, conflicts: ["x: 1 | 2"] }, state)).toBe("conflict settled — x: 1 | 2");
  });
});

import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import { article } from "./support.js";

// The role is named in one sentence and the remark in another, the remark by the full name.
const engine = createEngine(
  [
    article(
      "grocer",
      [
        "The grocer's chief executive, Maria Olsen, led the talks.",
        'Maria Olsen said the merger "will lower prices for shoppers in every region we serve".',
      ].join("\n\n"),
    ),
    article("grocer-2", "The grocer agreed to buy the rival chain for $3 billion in cash."),
  ],
  { publicBaseUrl: "http://localhost:3000" },
);

describe("answerRoleSpeaker (through the engine)", () => {
  it("finds who holds the role, then what that person said", () => {
    const r = engine.answer("what did the grocer's CEO say?");
    expect(r.status).toBe("answered");
    expect(r.question).toBe("what did the grocer's CEO say?");
    expect(r.answer).toContain("lower prices");
  });

  it("declines when no article names who holds the role", () => {
    const r = engine.answer("what did the grocer's chairman say?");
    expect(r.status).toBe("no_answer");
  });
});

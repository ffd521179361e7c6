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

describe("answerRoleSpeaker: an office WordNet knows, not only a company's titles", () => {
  // A mill's reopening, a sports franchise's sale, a chip plant's grant: a town's mayor, a league's
  // commissioner and a state's governor are named with their office once, then quoted by name.
  const offices = createEngine(
    [
      article(
        "mill",
        [
          "Fallowmere Mayor Orla Torrick welcomed the reopening of the paper mill.",
          'Orla Torrick said the mill "will put two hundred people back to work".',
        ].join("\n\n"),
      ),
      article("mill-2", "Kelvedon Paper agreed to buy the Fallowmere mill for $40 million."),
      article(
        "franchise",
        [
          "League Commissioner Lorcan Dunstall approved the sale of the Wyvern franchise on Monday.",
          'Lorcan Dunstall said the new owners "know what this club means to the city".',
        ].join("\n\n"),
      ),
      article(
        "fab",
        [
          "Governor Cressida Edevane signed off on the state grant for the chip plant.",
          'Cressida Edevane said the plant "puts the state back in the semiconductor business".',
        ].join("\n\n"),
      ),
    ],
    { publicBaseUrl: "http://localhost:3000" },
  );

  it("finds who holds a public office, then what that person said", () => {
    expect(offices.answer("what did the Fallowmere mayor say?").answer).toContain("two hundred people");
    expect(offices.answer("what did the commissioner say about the sale?").answer).toContain("this club");
    expect(offices.answer("what did the governor say about the plant?").answer).toContain(
      "semiconductor business",
    );
  });
});

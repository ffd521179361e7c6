import { describe, expect, it } from "vitest";
import { classifyBlock, listItemBodyStart } from "../../src/corpus/classify-block.js";

describe("classifyBlock", () => {
  it.each([
    "Breakdown",
    "Why This Matters",
    "Implications for India's Tech Ecosystem",
    "A Cloud Giant Rises: OpenAI's $3.8 Billion Bet on Amazon Web Services",
    "Details of the Agreement – A $38 Billion Deal",
    "What are the future prospects?",
  ])("reads %j as a heading", (block) => {
    expect(classifyBlock(block)).toBe("heading");
  });

  it.each([
    "Amazon partners with OpenAI in a $38 billion deal to boost global AI infrastructure.",
    "A deeper integration between OpenAI and AWS could lead to several benefits:",
    "He stated that “Scaling frontier AI requires massive, reliable compute.”",
    "Is this the start of a long and expensive bet on cloud computing by the company that makes ChatGPT?",
  ])("reads %j as prose", (block) => {
    expect(classifyBlock(block)).toBe("paragraph");
  });

  it.each([
    "- Enhanced Access: Indian developers gain access.",
    "• GPUs",
    "1. First point",
    "2) Second",
  ])("reads %j as a list item", (block) => {
    expect(classifyBlock(block)).toBe("list-item");
  });
});

describe("listItemBodyStart", () => {
  it("points past the list marker", () => {
    const block = "- Enhanced Access: faster models.";
    expect(block.slice(listItemBodyStart(block))).toBe("Enhanced Access: faster models.");
  });
});

import { describe, expect, it } from "vitest";
import { context, fitBlocks, section, sectionsFromLines } from "../../adapters/slack/blocks.js";

describe("sectionsFromLines", () => {
  it("packs lines into sections of at most 3,000 characters without splitting a line", () => {
    const lines = Array.from({ length: 10 }, (_, i) => `${i}${"x".repeat(999)}`);
    const sections = sectionsFromLines(lines);
    expect(sections).toHaveLength(5); // two 1,000-character lines fit, three do not
    const texts = sections.map((s) => (s.type === "section" ? (s.text?.text ?? "") : ""));
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(3000);
    expect(texts.join("\n")).toBe(lines.join("\n"));
  });
});

describe("fitBlocks", () => {
  it("keeps 50 blocks, announces what was cut, and keeps the buttons last", () => {
    const blocks = [
      ...Array.from({ length: 60 }, (_, i) => section(`s${i}`)),
      { type: "actions" as const, elements: [] },
    ];
    const fitted = fitBlocks(blocks);
    expect(fitted).toHaveLength(50);
    expect(fitted.at(-2)).toEqual(context("…12 more not shown"));
    expect(fitted.at(-1)?.type).toBe("actions");
  });

  it("leaves a message within the limit alone", () => {
    const blocks = [section("a"), context("b")];
    expect(fitBlocks(blocks)).toEqual(blocks);
  });
});

describe("context", () => {
  it("keeps at most 10 elements", () => {
    const block = context(...Array.from({ length: 12 }, (_, i) => `e${i}`));
    expect(block.type === "context" && block.elements).toHaveLength(10);
  });
});

import { describe, expect, it } from "vitest";
import { embedsLength, fitEmbeds, joinLinesWithin, LIMITS, truncate } from "../../adapters/discord/limits.js";

describe("truncate", () => {
  it("leaves short text alone and cuts long text to the limit with an ellipsis", () => {
    expect(truncate("seven years", 20)).toBe("seven years");
    expect(truncate("a".repeat(300), 256)).toBe(`${"a".repeat(255)}…`);
  });

  it("never leaves half of a surrogate pair", () => {
    const cut = truncate(`${"a".repeat(9)}😀😀`, 11);
    expect(cut).toBe(`${"a".repeat(9)}…`);
    expect(cut.length).toBeLessThanOrEqual(11);
  });
});

describe("joinLinesWithin", () => {
  it("keeps whole lines and says how many more there were", () => {
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i}`);
    const joined = joinLinesWithin(lines, 40);
    expect(joined.length).toBeLessThanOrEqual(40);
    expect(joined).toBe("line 0\nline 1\nline 2\nline 3\n…and 6 more");
  });

  it("joins everything that fits", () => {
    expect(joinLinesWithin(["a", "b"], 100)).toBe("a\nb");
  });
});

describe("fitEmbeds", () => {
  it("drops trailing fields first to get under 6,000 characters", () => {
    const fields = Array.from({ length: 25 }, (_, i) => ({ name: `field ${i}`, value: "v".repeat(1000) }));
    const [embed] = fitEmbeds([{ title: "t", description: "d", fields }]);
    expect(embedsLength([embed!])).toBeLessThanOrEqual(LIMITS.total);
    expect(embed!.fields!.map((f) => f.name)).toEqual([
      "field 0",
      "field 1",
      "field 2",
      "field 3",
      "field 4",
    ]);
    expect(embed!.description).toBe("d");
  });

  it("caps fields at 25, embeds at 10 and drops embeds left empty", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `${i}`, value: "x" }));
    const fitted = fitEmbeds([
      { fields: many },
      ...Array.from({ length: 12 }, () => ({ description: "y".repeat(600) })),
    ]);
    expect(fitted[0]!.fields).toHaveLength(25);
    expect(fitted.length).toBeLessThanOrEqual(10);
    expect(embedsLength(fitted)).toBeLessThanOrEqual(LIMITS.total);
  });

  it("replaces an empty field name or value, which Discord refuses", () => {
    const [embed] = fitEmbeds([{ fields: [{ name: "", value: "" }] }]);
    expect(embed!.fields![0]).toEqual({ name: "\u200b", value: "\u200b" });
  });
});

import { describe, expect, it } from "vitest";
import { openingFiller } from "../../src/answer/opening-filler.js";

describe("openingFiller", () => {
  it("splits chat's opening filler from the question word", () => {
    expect(openingFiller("ok, who will chair the merged bank?")).toEqual({
      opening: "ok, ",
      rest: "who will chair the merged bank?",
    });
    expect(openingFiller("So what's the break fee?").rest).toBe("what's the break fee?");
    expect(openingFiller("hey, quick one: how much did the lab raise?").rest).toBe(
      "hey, quick one: how much did the lab raise?",
    );
    expect(openingFiller("yeah but is the refinery sale done?").rest).toBe("is the refinery sale done?");
  });

  it("keeps a name, a noun or a '-ly' qualifier before the question word", () => {
    for (const q of [
      "Harbor, what did it pay?",
      "roughly how many turbines are ordered?",
      "the premium, how big is it?",
      "who is the chief executive?",
    ])
      expect(openingFiller(q)).toEqual({ opening: "", rest: q });
  });
});

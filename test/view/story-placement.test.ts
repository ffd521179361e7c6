import { describe, expect, it } from "vitest";
import { storyPlacement } from "../../src/view/story-placement.js";

describe("storyPlacement", () => {
  it("says which story an added article joined, with its sources, or that it started one", () => {
    const title = "Contoso–Fabrikam · $4 billion takeover";
    expect(storyPlacement({ title, sources: 6, started: false })).toBe(`Added to ${title} (6 sources)`);
    expect(storyPlacement({ title, sources: 1, started: true })).toBe(`Started a new story: ${title}`);
  });
});

import { describe, expect, it } from "vitest";
import { createSeenEvents } from "../../adapters/slack/dedupe-events.js";

describe("createSeenEvents", () => {
  it("reports an event id seen within the TTL and forgets it afterwards", () => {
    let now = 0;
    const seen = createSeenEvents(() => now, 1000);
    expect(seen.checkAndRecord("Ev1")).toBe(false);
    now = 999;
    expect(seen.checkAndRecord("Ev1")).toBe(true);
    now = 1001;
    expect(seen.checkAndRecord("Ev1")).toBe(false);
  });

  it("holds at most `max` ids, dropping the oldest", () => {
    const seen = createSeenEvents(() => 0, 1000, 2);
    seen.checkAndRecord("a");
    seen.checkAndRecord("b");
    seen.checkAndRecord("c");
    expect(seen.checkAndRecord("c")).toBe(true);
    expect(seen.checkAndRecord("a")).toBe(false);
  });
});

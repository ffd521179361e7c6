import { describe, expect, it } from "vitest";
import { asksFuture, beforePublication, dayOf, yearOf } from "../../src/answer/resolve-day.js";

describe("dayOf", () => {
  // 2026-03-05 is a Thursday.
  it("reads a past weekday as the last such day on or before publication", () => {
    expect(dayOf("on Tuesday", "2026-03-05", "past")).toBe("March 3, 2026");
    expect(dayOf("Thursday", "2026-03-05", "past")).toBe("March 5, 2026");
    expect(dayOf("on Friday", "2026-03-05", "past")).toBe("February 27, 2026");
  });

  it("reads a future weekday as the next such day on or after publication", () => {
    expect(dayOf("on Tuesday", "2026-03-05", "future")).toBe("March 10, 2026");
  });

  it("reads yesterday and today against a date-time too", () => {
    expect(dayOf("yesterday", "2026-03-01T08:30:00Z", "past")).toBe("February 28, 2026");
    expect(dayOf("today", "2026-03-01T08:30:00Z", "past")).toBe("March 1, 2026");
  });

  it("leaves other times and undated articles alone", () => {
    expect(dayOf("last week", "2026-03-05", "past")).toBeUndefined();
    expect(dayOf("on Tuesday", undefined, "past")).toBeUndefined();
    expect(dayOf("on Tuesday", "not a date", "past")).toBeUndefined();
  });
});

describe("yearOf", () => {
  it("reads a year named against the article's date, a part of it too", () => {
    expect(yearOf("the second half of next year", "2026-11-03")).toBe(2027);
    expect(yearOf("early this year", "2026-11-03T09:00:00Z")).toBe(2026);
    expect(yearOf("last year", "2026-01-15")).toBe(2025);
  });

  it("leaves other times and undated articles alone", () => {
    expect(yearOf("next week", "2026-11-03")).toBeUndefined();
    expect(yearOf("next year", undefined)).toBeUndefined();
    expect(yearOf("next year", "soon")).toBeUndefined();
  });
});

describe("asksFuture", () => {
  it("tells a question about what will happen from one about what happened", () => {
    expect(asksFuture("when will the shareholders vote?")).toBe(true);
    expect(asksFuture("when was the deal announced?")).toBe(false);
  });
});

describe("asksFuture: a planned event", () => {
  it("reads 'supposed to' and 'expecting to' as asking about what is still to come", () => {
    expect(asksFuture("when is the merger supposed to close?")).toBe(true);
    expect(asksFuture("when are they expecting to close?")).toBe(true);
    expect(asksFuture("when do they expect to close this")).toBe(true);
    expect(asksFuture("when did the shares close?")).toBe(false);
  });
});

describe("beforePublication", () => {
  const undated = (text: string) => ({ text, kind: "undated" as const });
  it("places a weekday of a past act and a looking-back time before the article", () => {
    expect(
      beforePublication(undated("on Monday"), undefined, "The shares closed at $40 ", "2026-06-10"),
    ).toBe(true);
    expect(beforePublication(undated("last year"), undefined, "The fund closed ", "2026-06-10")).toBe(true);
  });

  it("places a day and month earlier in the article's year before it, unless the clause looks ahead", () => {
    expect(
      beforePublication(undated("on February 9"), undefined, "The company filed its bid ", "2026-03-03"),
    ).toBe(true);
    expect(
      beforePublication(undated("Feb. 9"), undefined, "Dentry Foods lodged the notice on ", "2026-03-03"),
    ).toBe(true);
    expect(
      beforePublication(undated("on February 9"), undefined, "The vote will be held ", "2026-03-03"),
    ).toBe(false);
    expect(beforePublication(undated("on December 9"), undefined, "Creditors meet ", "2026-03-03")).toBe(
      false,
    );
    // Early next year, seen from December; late last year, seen from January.
    expect(beforePublication(undated("on January 15"), undefined, "Holders vote ", "2025-12-20")).toBe(false);
    expect(beforePublication(undated("on December 9"), undefined, "The bid came ", "2026-01-05")).toBe(true);
    expect(
      beforePublication(undated("on February 9"), undefined, "The company filed its bid ", undefined),
    ).toBe(false);
  });

  it("leaves a weekday of what is still to come, and next year, after it", () => {
    expect(beforePublication(undated("on Monday"), undefined, "Holders will vote ", "2026-06-10")).toBe(
      false,
    );
    expect(
      beforePublication(undated("the first half of next year"), undefined, "Closing is ", "2026-06-10"),
    ).toBe(false);
  });

  it("compares a calendar stretch with the article's date", () => {
    const calendar = { text: "2025", kind: "calendar" as const };
    expect(beforePublication(calendar, [2025, 2026], "", "2026-06-10")).toBe(true);
    expect(beforePublication(calendar, [2026.5, 2026.75], "", "2026-06-10")).toBe(false);
    expect(beforePublication(calendar, [2025, 2026], "", undefined)).toBe(false);
  });
});

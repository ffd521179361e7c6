import { describe, expect, it } from "vitest";
import {
  dateRange,
  extractDates,
  milestonesAgree,
  namesDay,
  remarkDatedBy,
  remarkDatesEvent,
  sameDateValue,
} from "../../src/answer/extract-dates.js";
import { termsOf } from "../../src/search/terms.js";

const spans = (text: string) => extractDates(text).map((d) => [d.text, d.key, d.kind]);

describe("extractDates: times without a year", () => {
  it("reads a weekday, a month alone and a month with its day", () => {
    expect(spans("Quanta Robotics said on Thursday that the round had closed.")).toEqual([
      ["on Thursday", "date:thursday", "undated"],
    ]);
    expect(spans("Voltline's founder said in March that turbines were ordered.")).toEqual([
      ["in March", "date:march", "undated"],
    ]);
    expect(spans("From July 1, Harbor shares stop trading.")).toEqual([
      ["From July 1", "date:july 1", "undated"],
    ]);
  });

  it("reads 'today' beside a reported act as the article's day, not 'today' describing a state", () => {
    expect(spans("Vorn Labs, Inc. (NYSE: VRN) today announced a $90 million order.")).toEqual([
      ["today", "date:today", "undated"],
    ]);
    expect(spans("Sarnia Freight said today it had bought 40 locomotives.")).toEqual([
      ["today", "date:today", "undated"],
    ]);
    expect(spans("Dentry Foods today employs 900 people at the plant.")).toEqual([]);
    expect(spans("The sale will need today's vote of Dentry holders.")).toEqual([]);
    expect(spans("Today the mine is the largest in the province.")).toEqual([]);
  });

  it("reads a season, a split fiscal year and a span of years whole", () => {
    expect(spans("The rights run from the 2027-28 season.")).toEqual([
      ["from the 2027-28", "date:2027-2028", "calendar"],
    ]);
    expect(spans("Savings arrive in fiscal 2026/27, the lender said.")[0]?.[1]).toBe("date:fiscal 2026-2027");
    const [contract] = extractDates("The supply contract runs 2027–2032.");
    expect(contract?.text).toBe("2027–2032");
    expect(dateRange(contract!)).toEqual([2027, 2033]);
    // A month written after the year is no span.
    expect(spans("Filed 2026-03 with the regulator.")[0]?.[0]).toBe("2026");
  });

  it("reads a month shortened as news agencies write it, keyed as the month written out", () => {
    expect(spans("A special meeting is expected on Dec. 10, the bank said.")).toEqual([
      ["on Dec. 10", "date:december 10", "undated"],
    ]);
    expect(spans("The undisturbed close was 435p on 13 Jan.")[0]?.[1]).toBe("date:january 13");
    expect(spans("Bids came on January 14 and Feb 2.").map((d) => d[1])).toEqual([
      "date:january 14",
      "date:february 2",
    ]);
  });

  it("tells the time of saying from the time of the event said", () => {
    const text = "Albrecht said on Monday that the merger would close in the second quarter of 2027.";
    const [monday, quarter] = extractDates(text);
    expect(remarkDatedBy(text, monday!)).toMatch(/^ that the merger would close/);
    expect(remarkDatedBy(text, quarter!)).toBeUndefined();
    const announced = "Kelmart announced the purchase on Tuesday.";
    expect(remarkDatedBy(announced, extractDates(announced)[0]!)).toBeUndefined();
  });

  it("lets a time of saying date the event only when the remark reports that event done", () => {
    const asked = termsOf("when did Ferrow agree to buy Ostlund?");
    expect(remarkDatesEvent(" that it agreed to buy Ostlund", asked)).toBe(true);
    // Still to come, or another matter: the day of saying is not the event's.
    expect(remarkDatesEvent(" that it would agree to buy Ostlund", asked)).toBe(false);
    expect(remarkDatesEvent(" that the board had changed its mind", asked)).toBe(false);
  });

  it("lets a time naming no milestone stand with one naming any, but not a start with a completion", () => {
    const [start] = extractDates("Output is scheduled to start in 2029.");
    const [plain] = extractDates("Output is planned for 2029.");
    const [done] = extractDates("The plant is fully operational in 2029.");
    expect(milestonesAgree(start!, plain!)).toBe(true);
    expect(milestonesAgree(plain!, done!)).toBe(true);
    expect(milestonesAgree(start!, done!)).toBe(false);
  });

  it("counts two values one dated fact only when both are dates of one time with agreeing milestones", () => {
    const [start] = extractDates("Output is scheduled to start in 2029.");
    const [plain] = extractDates("Output is planned for 2029.");
    const [done] = extractDates("The plant is fully operational in 2029.");
    const [later] = extractDates("Output is planned for 2031.");
    expect(sameDateValue(start, plain)).toBe(true);
    expect(sameDateValue(start, done)).toBe(false);
    expect(sameDateValue(plain, later)).toBe(false);
    // A value of another kind with the same key is no date.
    expect(sameDateValue(plain, { key: plain!.key })).toBe(false);
    expect(sameDateValue(undefined, plain)).toBe(false);
  });

  it("never reads the modal 'may' as a month", () => {
    expect(extractDates("Regulators may still block the purchase.")).toEqual([]);
  });

  it("reads seasons and weeks named against the article's date", () => {
    expect(spans("The brewer will decide by the end of the summer.")[0]).toEqual([
      "by the end of the summer",
      "date:end summer",
      "undated",
    ]);
    expect(spans("Pinecrest closed a fund last week.")).toEqual([["last week", "date:last week", "undated"]]);
  });

  it("keeps the part of a year named against the article's date", () => {
    expect(spans("The lenders expect the merger to close in the second half of next year.")).toEqual([
      ["the second half of next year", "date:second half next year", "undated"],
    ]);
    expect(spans("The licence fee falls due early next year.")).toEqual([
      ["early next year", "date:early next year", "undated"],
    ]);
  });

  it("keeps a named event and the time beside it as one span", () => {
    expect(spans("At the Lisbon Robotics Summit in June, Quanta's chief showed the arm.")).toEqual([
      ["At the Lisbon Robotics Summit in June", "date:the lisbon robotics summit june", "undated"],
    ]);
  });
});

describe("extractDates: fiscal years and milestones", () => {
  it("reads a company's fiscal year with its part", () => {
    expect(spans("The purchase should close early in Northwind's fiscal year 2027.")).toEqual([
      ["early in Northwind's fiscal year 2027", "date:early fiscal 2027", "calendar"],
    ]);
    expect(spans("Harbor guided for FY2026 growth.")).toEqual([["FY2026", "date:fy 2026", "calendar"]]);
  });

  it("reads a milestone as an event, after any calendar date", () => {
    expect(spans("Harbor must pay a break fee if the deal falls through.")).toEqual([
      ["if the deal falls through", "date:event:the deal falls through", "event"],
    ]);
    expect(spans("Turbines start running once the plant is finished, in 2027.")).toEqual([
      ["once the plant is finished", "date:event:the plant is finished", "event"],
      ["in 2027", "date:2027", "calendar"],
    ]);
  });

  it("takes no condition about a party for a milestone, in any case of its first word", () => {
    // Cut at "or", this would leave just the name ("If Northwind").
    expect(spans("If Northwind or Harbor fail to keep pace, the deal could lag.")).toEqual([]);
    expect(spans("Once regulators approve it, Harbor joins Northwind.")).toEqual([
      ["Once regulators approve it", "date:event:regulators approve it", "event"],
    ]);
  });
});

describe("dateRange", () => {
  const range = (text: string) => dateRange(extractDates(text)[0]!);

  it("gives overlapping stretches to compatible phrasings of one time", () => {
    const late = range("It closes in late 2026.")!;
    const half = range("It closes in the second half of 2026.")!;
    expect(late[0]).toBeLessThan(half[1]);
    expect(half[0]).toBeLessThan(late[1]);
  });

  it("keeps different years and halves apart, and widens a fiscal year", () => {
    const first = range("It closes in the first half of 2026.")!;
    const late = range("It closes in late 2026.")!;
    expect(first[1]).toBeLessThanOrEqual(late[0]);
    expect(range("It closes early in Harbor's fiscal year 2027.")).toEqual([2026, 2028]);
  });

  it("has no stretch for a milestone or an undated time", () => {
    expect(range("It closes once regulators approve it.")).toBeUndefined();
    expect(range("It closed on Monday.")).toBeUndefined();
  });
});

describe("extractDates: quarters and what happens then", () => {
  it("keys a quarter named in words as its short form, so the two compare", () => {
    const [words] = extractDates("Drilling is due to begin in the second quarter of 2027.");
    const [short] = extractDates("Drilling begins in Q2 2027.");
    expect(words!.text).toBe("in the second quarter of 2027");
    expect(words!.key).toBe("date:q2 2027");
    expect(dateRange(words!)).toEqual(dateRange(short!));
  });

  it("takes the aspect from the word nearest the time, not the clause's first", () => {
    const dates = extractDates(
      "Turbines arrive in late 2027, with first power expected in 2028 and full output by 2030.",
    );
    expect(dates.map((d) => [d.text, d.aspect])).toEqual([
      ["in late 2027", "other"],
      ["in 2028", "start"],
      ["by 2030", "complete"],
    ]);
  });
});

describe("namesDay", () => {
  const days = (text: string) => extractDates(text).map((d) => [d.text, namesDay(d)]);
  it("holds for a calendar day, a day of a month and a weekday, not a year, a period or a milestone", () => {
    expect(days("Holders of record on February 12, 2027 get one share for every three.")).toEqual([
      ["February 12, 2027", true],
    ]);
    expect(days("The vote was held on Thursday.")).toEqual([["on Thursday", true]]);
    expect(days("The charter starts on April 14 and runs through 2031.")).toEqual([
      ["on April 14", true],
      ["through 2031", false],
    ]);
    expect(days("Output starts in the second quarter of 2027.").every(([, day]) => !day)).toBe(true);
    expect(days("It pays once the kiln is commissioned.")).toEqual([
      ["once the kiln is commissioned", false],
    ]);
  });
});

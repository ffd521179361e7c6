import { describe, expect, it } from "vitest";
import {
  canonicalTimezone,
  dueToday,
  localTime,
  normalizeTime,
  timeToMinutes,
} from "../../src/digest/local-clock.js";

describe("localTime", () => {
  it("reads the date and time of day in the timezone, across the date line", () => {
    const instant = new Date("2025-11-03T23:30:00Z");
    expect(localTime(instant, "UTC")).toEqual({ date: "2025-11-03", minutes: 23 * 60 + 30 });
    expect(localTime(instant, "Europe/Berlin")).toEqual({ date: "2025-11-04", minutes: 30 });
    expect(localTime(instant, "America/New_York")).toEqual({ date: "2025-11-03", minutes: 18 * 60 + 30 });
  });

  it("prints midnight as 00:00, not 24:00", () => {
    expect(localTime(new Date("2025-11-03T23:00:00Z"), "Europe/Berlin")).toEqual({
      date: "2025-11-04",
      minutes: 0,
    });
  });

  it("jumps from 02:00 to 03:00 at Berlin's spring-forward", () => {
    expect(localTime(new Date("2025-03-30T00:59:00Z"), "Europe/Berlin").minutes).toBe(60 + 59);
    expect(localTime(new Date("2025-03-30T01:00:00Z"), "Europe/Berlin").minutes).toBe(3 * 60);
  });
});

describe("normalizeTime and canonicalTimezone", () => {
  it("accepts 24-hour times with or without a leading zero", () => {
    expect(normalizeTime("8:30")).toBe("08:30");
    expect(normalizeTime("23:59")).toBe("23:59");
    expect(normalizeTime("24:00")).toBeUndefined();
    expect(normalizeTime("13pm")).toBeUndefined();
    expect(normalizeTime("9")).toBeUndefined();
    expect(timeToMinutes("08:30")).toBe(510);
  });

  it("reads 12-hour times as people type them", () => {
    expect(normalizeTime("9am")).toBe("09:00");
    expect(normalizeTime("8:00 PM")).toBe("20:00");
    expect(normalizeTime("12am")).toBe("00:00");
    expect(normalizeTime("12pm")).toBe("12:00");
    expect(normalizeTime("7.45p.m.")).toBe("19:45");
  });

  it("spells known zones as Intl does and rejects others", () => {
    expect(canonicalTimezone("europe/berlin")).toBe("Europe/Berlin");
    expect(canonicalTimezone("UTC")).toBe("UTC");
    expect(canonicalTimezone("Mars/Olympus")).toBeUndefined();
    expect(canonicalTimezone("08:30")).toBeUndefined();
  });
});

describe("dueToday", () => {
  const berlin = { time: "08:30", timezone: "Europe/Berlin", since: new Date("2025-11-01T00:00:00Z") };

  it("is due from the local time on, not before", () => {
    expect(dueToday(berlin, new Date("2025-11-03T07:29:00Z"))).toEqual({ date: "2025-11-03", due: false });
    expect(dueToday(berlin, new Date("2025-11-03T07:30:00Z"))).toEqual({ date: "2025-11-03", due: true });
    // Still due late in the day: a bot that was down at 08:30 posts when it returns.
    expect(dueToday(berlin, new Date("2025-11-03T22:59:00Z"))).toEqual({ date: "2025-11-03", due: true });
  });

  it("waits for the next day when the channel subscribed after today's time", () => {
    const late = { ...berlin, since: new Date("2025-11-03T09:00:00Z") };
    expect(dueToday(late, new Date("2025-11-03T12:00:00Z")).due).toBe(false);
    expect(dueToday(late, new Date("2025-11-04T07:30:00Z")).due).toBe(true);
  });

  it("is due right after a spring-forward gap that swallows the chosen time", () => {
    const gap = { ...berlin, time: "02:30", since: new Date("2025-03-01T00:00:00Z") };
    expect(dueToday(gap, new Date("2025-03-30T00:59:00Z")).due).toBe(false);
    // 01:00 UTC is 03:00 CEST: 02:30 never happened, so the digest is due now.
    expect(dueToday(gap, new Date("2025-03-30T01:00:00Z"))).toEqual({ date: "2025-03-30", due: true });
  });
});

import { describe, expect, it } from "vitest";
import { askedRateUnit, rateUnitAt, sameRateUnit } from "../../src/answer/rate-unit.js";

describe("rateUnitAt", () => {
  it.each([
    ["a share in cash", "share"],
    ["per Dorrance share", "share"],
    ["per regular-season match, by one estimate", "match"],
    ["a season from 2028", "season"],
    ["an ounce of silver", "ounce"],
    ["annually until 2031", "year"],
    ["per annum", "year"],
  ])("reads the unit of %j as %j", (text, unit) => {
    expect(rateUnitAt(text)).toBe(unit);
  });

  it.each([
    ["a record for the sector"],
    ["a deal that analysts liked"],
    ["each company"],
    ["over the term"],
  ])("reads no unit in %j", (text) => {
    expect(rateUnitAt(text)).toBeUndefined();
  });
});

describe("askedRateUnit", () => {
  it.each([
    ["how much is Kestrel Media paying per match?", "match"],
    ["what's the per-tonne price Oldbury agreed?", "tonne"],
    ["how much does Brightfield pay each year?", "year"],
    ["what do Tamsin holders get a share?", "share"],
  ])("reads the rate %j asks for", (q, unit) => {
    expect(askedRateUnit(q)).toBe(unit);
  });

  it.each([
    ["how much did Corliss raise a year ago?"],
    ["what will the stake be worth in a year?"],
    ["how much is each bidder offering?"],
    ["how much is the deal worth?"],
  ])("reads no rate in %j", (q) => {
    expect(askedRateUnit(q)).toBeUndefined();
  });
});

describe("rates written per a unit WordNet does not list", () => {
  it.each([
    ["per MWh, a price the utility called fair", "mwh"],
    ["per megawatt-hour under the contract", "megawatt-hour"],
    ["per kWh for the first decade", "kwh"],
  ])("reads %j as a rate of %j", (text, unit) => {
    expect(rateUnitAt(text)).toBe(unit);
  });

  it("reads the abbreviated unit a question asks per", () => {
    expect(askedRateUnit("what is Solbeck paying per MWh for the wind farm's output?")).toBe("mwh");
  });

  it("matches a unit with its abbreviation, and no unit with another's", () => {
    expect(sameRateUnit("mwh", "megawatt-hour")).toBe(true);
    expect(sameRateUnit("megawatt-hour", "mwh")).toBe(true);
    expect(sameRateUnit("kwh", "kilowatt-hour")).toBe(true);
    expect(sameRateUnit("share", "share")).toBe(true);
    expect(sameRateUnit(undefined, undefined)).toBe(true);
    expect(sameRateUnit("mwh", "month")).toBe(false);
    expect(sameRateUnit("share", "year")).toBe(false);
    expect(sameRateUnit("mwh", undefined)).toBe(false);
  });

  it("takes WordNet's word for an abbreviation it lists, over letters in order", () => {
    expect(sameRateUnit("hr", "hour")).toBe(true);
    expect(sameRateUnit("mt", "tonne")).toBe(true);
    expect(sameRateUnit("mt", "month")).toBe(false);
    expect(sameRateUnit("mi", "minute")).toBe(false);
    expect(sameRateUnit("hr", "hectare")).toBe(false);
  });
});

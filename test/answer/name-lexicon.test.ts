import { describe, expect, it } from "vitest";
import { isCalendarWord, isDemonym, isPersonName, isPlace } from "../../src/answer/name-lexicon.js";

describe("isPersonName", () => {
  it.each([
    "Sam Altman",
    "Matt Garman",
    "Jensen Huang",
    "Andy Jassy",
  ])("knows %j by its given or family name", (name) => {
    expect(isPersonName(name, "Yesterday ")).toBe(true);
  });

  it.each([
    "Google Cloud",
    "Microsoft Azure",
    "Amazon Web Services",
    "GPU Access",
    "Trainium Inferentia",
  ])("does not take %j for a person", (name) => {
    expect(isPersonName(name, "Yesterday ")).toBe(false);
  });

  it("knows a person by the given name after an honorific", () => {
    expect(isPersonName("Dame Ines Carrow", "led by chair ")).toBe(true);
    expect(isPersonName("Sir Keir Lennox", "")).toBe(true);
    expect(isPersonName("Dame Quux Zorblat", "")).toBe(false);
  });

  it("takes an unknown two-word name for a person when a role or speech verb stands before it", () => {
    expect(isPersonName("Zorblat Quux", "")).toBe(false);
    expect(isPersonName("Zorblat Quux", "AWS CEO ")).toBe(true);
    expect(isPersonName("Zorblat Quux", "according to ")).toBe(true);
    expect(isPersonName("Zorblat Quux", "said the company's chief executive ")).toBe(true);
  });

  it("reads a double-barrelled surname with a capital after the hyphen as one word of a name", () => {
    expect(isPersonName("Asha Pellworth-Quist", "")).toBe(true);
    expect(isPersonName("Orvella Maskell-Walsh", "")).toBe(true);
    expect(isPersonName("Orvella Maskell-Quist", "")).toBe(false);
  });

  it("reads names in any script", () => {
    expect(isPersonName("Maria Müller", "")).toBe(true);
    expect(isPersonName("Zorblat Ørsted", "said finance chief ")).toBe(true);
  });

  it("takes a name set off by a comma after any chief's title for a person", () => {
    expect(isPersonName("Zorblat Quux", "Corvell's finance chief, ")).toBe(true);
    expect(isPersonName("Zorblat Quux", "The company's chief financial officer, ")).toBe(true);
    expect(isPersonName("Zorblat Quux", "Veltron's CTO ")).toBe(true);
  });

  it("needs two or three capitalised words", () => {
    expect(isPersonName("Altman", "CEO ")).toBe(false);
    expect(isPersonName("Sam Altman Junior Fourth", "")).toBe(false);
    expect(isPersonName("sam altman", "")).toBe(false);
    expect(isPersonName("GB200 Chips", "CEO ")).toBe(false);
  });
});

describe("isDemonym", () => {
  it("knows a nationality word from a company's name", () => {
    expect(isDemonym("Indian")).toBe(true);
    expect(isDemonym("American")).toBe(true);
    expect(isDemonym("Oracle")).toBe(false);
    expect(isDemonym("Nvidia")).toBe(false);
  });
});

describe("isPlace", () => {
  it("knows a place written with its own letters ('Wrocław', 'São Paulo', 'Zürich')", () => {
    expect(["Wrocław", "São Paulo", "Zürich", "Malmö"].map(isPlace)).toEqual([true, true, true, true]);
  });

  it("knows cities, countries and regions from companies", () => {
    expect(["New York", "Tel Aviv", "India"].map(isPlace)).toEqual([true, true, true]);
    expect(["Google", "Wiz", "Oracle"].map(isPlace)).toEqual([false, false, false]);
  });
});

describe("isCalendarWord", () => {
  it("knows days and months from companies", () => {
    expect(["Monday", "May", "Sept", "November"].map(isCalendarWord)).toEqual([true, true, true, true]);
    expect(["Amazon", "Oracle", "Neutral"].map(isCalendarWord)).toEqual([false, false, false]);
  });

  it("takes no given name that opens like a month for the month (V8's parser reads 'Maria' as March)", () => {
    expect(["Maria", "Janet", "Julian", "Mayer", "Decker"].map(isCalendarWord)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(["Mar", "Sep", "Dec"].map(isCalendarWord)).toEqual([true, true, true]);
  });
});

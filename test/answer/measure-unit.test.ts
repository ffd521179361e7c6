import { describe, expect, it } from "vitest";
import { isCurrencyWord, isMeasureUnit } from "../../src/answer/measure-unit.js";

describe("isMeasureUnit", () => {
  it("knows units of measure as news writes them after a number, abbreviated, compound or irregular", () => {
    // Spectrum, floor space, fibre, ore and a frequency band's width.
    for (const unit of ["MHz", "square feet", "square-foot", "km", "tonnes", "hectares", "cubic metres"])
      expect(isMeasureUnit(unit), unit).toBe(true);
  });

  it("takes no counted thing, time, multiple, number word or currency for a unit", () => {
    for (const word of [
      "stores",
      "people",
      "shares",
      "vessels",
      "years",
      "times",
      "percent",
      "billion",
      "euros",
      // First a mass, but also the British currency: "20 million pounds" is money.
      "pounds",
    ])
      expect(isMeasureUnit(word), word).toBe(false);
  });
});

describe("isCurrencyWord", () => {
  it("reads a currency WordNet lists as one, and a counted thing as none", () => {
    for (const word of ["yuan", "francs", "rand", "pesos", "euros"]) expect(isCurrencyWord(word)).toBe(true);
    for (const word of ["shares", "tonnes", "people", "stores"]) expect(isCurrencyWord(word)).toBe(false);
  });
});

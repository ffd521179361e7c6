import { describe, expect, it } from "vitest";
import { isEnglish } from "../../src/answer/detect-english.js";

const corpus = new Set(["informatica", "brewer"]);
const knownWord = (w: string) => corpus.has(w);

describe("isEnglish", () => {
  it.each([
    "how much is the deal worth?",
    "who is Informatica's CEO?",
    "deal value",
    "when does the brewer close the purchase",
  ])("reads %j as English", (q) => {
    expect(isEnglish(q, knownWord)).toBe(true);
  });

  it.each([
    "Wie viel ist der Vertrag wert?",
    "Was ist der Wert des Vertrags?",
    "Combien vaut l'accord avec le fonds?",
    "¿Cuánto pagó la empresa por la compra?",
    "这笔交易值多少钱？",
  ])("reads %j as another language", (q) => {
    expect(isEnglish(q, knownWord)).toBe(false);
  });

  it("does not guess a language from two words", () => {
    expect(isEnglish("zzkrr blorf", knownWord)).toBe(true);
  });
});

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

  it("asks about the articles' words only while the share of English words is undecided", () => {
    const asked: string[] = [];
    const counting = (w: string) => {
      asked.push(w);
      return corpus.has(w);
    };
    // Function words and lexicon words already make half: no word need be looked up in the articles.
    expect(isEnglish("how many Zorbex900 chips will Quandrix supply", counting)).toBe(true);
    expect(asked).toEqual([]);
    // Three unknown words of five: the first one the articles use settles it.
    expect(isEnglish("informatica zzkrr blorf the deal", counting)).toBe(true);
    expect(asked).toEqual(["informatica"]);
    // Once half can no longer be reached, the rest are not looked up.
    asked.length = 0;
    expect(isEnglish("zzkrr blorf quxx vlim deal", counting)).toBe(false);
    expect(asked).toEqual(["zzkrr", "blorf", "quxx"]);
  });
});

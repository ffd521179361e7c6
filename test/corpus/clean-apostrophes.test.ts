import { describe, expect, it } from "vitest";
import { cleanApostrophes } from "../../src/corpus/clean-apostrophes.js";

describe("cleanApostrophes", () => {
  it("turns a left curly quote used as an apostrophe into a plain one", () => {
    expect(cleanApostrophes("OpenAI‘s advanced models")).toBe("OpenAI's advanced models");
  });

  it("turns right curly apostrophes inside words into plain ones", () => {
    expect(cleanApostrophes("it’s the world’s leading provider; isn’t it")).toBe(
      "it's the world's leading provider; isn't it",
    );
  });

  it("leaves single quotation marks around words alone", () => {
    expect(cleanApostrophes("the ‘lagging behind’ tag")).toBe("the ‘lagging behind’ tag");
  });

  it("leaves double curly quotes alone", () => {
    expect(cleanApostrophes("“scaling frontier AI”")).toBe("“scaling frontier AI”");
  });
});

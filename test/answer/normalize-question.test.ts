import { describe, expect, it } from "vitest";
import { analyzeQuestion } from "../../src/answer/analyze-question.js";
import {
  clipQuestion,
  MAX_QUESTION_CHARS,
  normalizeQuestion,
  stripMarkup,
  unshout,
  withApostrophes,
} from "../../src/answer/normalize-question.js";
import { termsOf } from "../../src/search/terms.js";
import { seedEngine } from "../fixtures/seed-engine.js";

const term = (word: string) => termsOf(word)[0]!;

describe("stripMarkup", () => {
  it("removes Slack mentions, channel pings and control characters", () => {
    expect(stripMarkup("<!channel> <@U123ABC> how much\u0007 is it <#C1|general>?")).toBe("how much is it ?");
  });

  it("keeps a link's label and drops its address", () => {
    expect(stripMarkup("see <https://example.com/a|the article> now")).toBe("see the article now");
  });

  it("is applied by analyzeQuestion, so markup never reaches the terms", () => {
    const a = analyzeQuestion("<!here> <@U1> how much is the deal worth?");
    expect(a.text).toBe("how much is the deal worth?");
    expect(a.answerType).toBe("money");
    expect(a.terms).toEqual([term("deal")]);
  });
});

describe("normalizeQuestion", () => {
  it("cuts a 10,000-character question to the limit before reading it", () => {
    const long = "how much is the deal worth ".repeat(400);
    expect(normalizeQuestion(long).length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  });

  it("echoes a long question cut with an ellipsis, and a short one unchanged", () => {
    expect(clipQuestion("x".repeat(MAX_QUESTION_CHARS + 5))).toBe(`${"x".repeat(MAX_QUESTION_CHARS)}…`);
    expect(clipQuestion("who bought it?")).toBe("who bought it?");
  });
});

describe("foldUnicode through normalizeQuestion", () => {
  it("reads full-width letters as plain ones", () => {
    expect(normalizeQuestion("ｗｈｏ bought the brewery?")).toBe("who bought the brewery?");
  });

  it("joins words split by a zero-width space or a soft hyphen", () => {
    expect(normalizeQuestion("how much is the ac\u200bquisi\u00adtion worth?")).toBe(
      "how much is the acquisition worth?",
    );
  });

  it("drops emoji, emoji shortcodes and @everyone / @here mentions", () => {
    expect(normalizeQuestion("@everyone 🚀🔥 how big is the round? :rocket: 👍🏽")).toBe(
      "how big is the round?",
    );
  });
});

describe("unshout", () => {
  // The articles write these words in lower case; "Kelmart" and "Duvall" only capitalised.
  const common = new Set(["who", "is", "the", "deal", "between", "how", "much", "did", "pay", "for"]);
  const isCommon = (w: string) => common.has(w);

  it("writes a question in capitals or Title Case as the articles write its words", () => {
    expect(unshout("WHO IS THE DEAL BETWEEN", isCommon)).toBe("who is the deal between");
    expect(unshout("How Much Did Kelmart Pay For Duvall?", isCommon)).toBe(
      "how much did Kelmart pay for Duvall?",
    );
    expect(unshout("HOW MUCH DID KELMART PAY?", isCommon)).toBe("how much did Kelmart pay?");
  });

  it("leaves a question typed in ordinary case, and a short one, as it is", () => {
    expect(unshout("how much did Kelmart pay for Duvall?", isCommon)).toBe(
      "how much did Kelmart pay for Duvall?",
    );
    expect(unshout("AWS CEO?", isCommon)).toBe("AWS CEO?");
  });
});

describe("withApostrophes", () => {
  it("restores the apostrophes chat drops, so the question reads as written", () => {
    expect(withApostrophes("whats the premium")).toBe("what's the premium");
    expect(withApostrophes("Whos running Wirrabel? wheres the mine")).toBe(
      "Who's running Wirrabel? where's the mine",
    );
    expect(withApostrophes("why doesnt the board back it, and isnt there a vote?")).toBe(
      "why doesn't the board back it, and isn't there a vote?",
    );
    expect(withApostrophes("how long's the go-shop window?")).toBe("how long is the go-shop window?");
  });

  it("leaves a possessive 'its' and words that only end alike as they are", () => {
    for (const q of ["how much is its stake?", "whatsoever it costs, who pays?"]) {
      expect(withApostrophes(q)).toBe(q);
    }
  });

  it("answers a question typed without apostrophes as the one typed with them", async () => {
    const engine = await seedEngine();
    expect(engine.answer("whats the deal worth").answer).toBe(engine.answer("what's the deal worth?").answer);
  });
});

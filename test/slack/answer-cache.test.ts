import { describe, expect, it } from "vitest";
import { createAnswerCache } from "../../adapters/slack/answer-cache.js";
import { decodeButtonValue } from "../../adapters/slack/button-value.js";
import { answered } from "../fixtures/answers.js";

describe("answer cache", () => {
  it("returns the cached answer a button refers to", () => {
    const cache = createAnswerCache(10, () => "id1");
    const value = decodeButtonValue(
      cache.put({ reply: { type: "answer", result: answered }, text: "years" }),
    );
    expect(value).toEqual({ k: "id1", q: "years" });
    expect(cache.resolve(value as NonNullable<typeof value>)?.reply.result).toBe(answered);
  });

  it("gives nothing for an id it does not hold (a restart or an eviction), whatever question the button carries", () => {
    const cache = createAnswerCache(1);
    const first = decodeButtonValue(
      cache.put({ reply: { type: "answer", result: answered }, text: "years" }),
    );
    cache.put({ reply: { type: "answer", result: answered }, text: "value" });
    expect(cache.resolve(first as NonNullable<typeof first>)).toBeUndefined();
    expect(cache.resolve({ k: "missing", q: "and what value?", p: "who signed?" })).toBeUndefined();
  });

  it("gives every answer a different random id by default", () => {
    const cache = createAnswerCache();
    const keys = new Set(
      Array.from(
        { length: 50 },
        () => decodeButtonValue(cache.put({ reply: { type: "answer", result: answered }, text: "x" }))?.k,
      ),
    );
    expect(keys.size).toBe(50);
  });
});

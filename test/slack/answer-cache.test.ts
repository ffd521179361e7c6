import { describe, expect, it } from "vitest";
import { createAnswerCache } from "../../adapters/slack/answer-cache.js";
import { decodeButtonValue } from "../../adapters/slack/button-value.js";
import { slackEnvelope } from "../../adapters/slack/deps.js";
import { createCore } from "../../src/core.js";
import { answered } from "../fixtures/answers.js";
import { createFakeEngine } from "../fixtures/fake-engine.js";

describe("answer cache", () => {
  const envelope = slackEnvelope("T1", "C1", "U1");

  it("returns the cached answer a button refers to without asking again", async () => {
    const engine = createFakeEngine();
    const core = createCore({ engine });
    const cache = createAnswerCache(10, () => "id1");
    const value = decodeButtonValue(
      cache.put({ reply: { type: "answer", result: answered }, text: "years" }),
    );
    expect(value).toEqual({ k: "id1", q: "years" });
    const entry = await cache.resolve(value as NonNullable<typeof value>, core, envelope);
    expect(entry?.reply.result).toBe(answered);
    expect(engine.asked).toEqual([]);
  });

  it("re-asks the button's question, with its earlier question, on a cache miss", async () => {
    const engine = createFakeEngine();
    const cache = createAnswerCache();
    const entry = await cache.resolve(
      { k: "missing", q: "and what value?", p: "who signed?" },
      createCore({ engine }),
      envelope,
    );
    expect(entry?.reply.result.answer).toBe("$38 billion");
    expect(engine.asked).toEqual(["and what value? | after: who signed?"]);
  });

  it("gives nothing when the re-asked text is no longer an answer", async () => {
    const cache = createAnswerCache();
    const core = createCore({ engine: createFakeEngine() });
    expect(await cache.resolve({ k: "missing", q: "help" }, core, envelope)).toBeUndefined();
    expect(await cache.resolve({ k: "missing", q: "" }, core, envelope)).toBeUndefined();
  });
});

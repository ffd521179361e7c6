import { afterEach, describe, expect, it } from "vitest";
import { createAnswerCache, createSharedAnswerCache } from "../../adapters/slack/answer-cache.js";
import { decodeButtonValue } from "../../adapters/slack/button-value.js";
import { silentLogger } from "../digest/support.js";
import { answered } from "../fixtures/answers.js";
import { storeBackends } from "../store/backends.js";

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

describe.each(storeBackends)("shared answer cache on $name", (backend) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("resolves on another replica (its own memory empty) the answer one replica rendered, as soon as put resolves", async () => {
    const opened = await backend.open();
    cleanups.push(opened.cleanup);
    const other = await opened.reopen();
    let t = Date.parse("2025-11-03T08:00:00Z");
    const now = () => new Date(t);
    const renderer = createSharedAnswerCache(opened.stores.buttons, silentLogger, now);
    const clicked = createSharedAnswerCache(other.buttons, silentLogger, now);
    const value = decodeButtonValue(
      await renderer.put({ reply: { type: "answer", result: answered }, text: "years" }),
    )!;
    expect((await clicked.resolve(value))?.reply).toEqual({ type: "answer", result: answered });
    // A week later the answer has expired everywhere.
    t += 8 * 24 * 60 * 60 * 1000;
    expect(await clicked.resolve(value)).toBeUndefined();
    expect(await clicked.resolve({ k: "never-stored", q: "years" })).toBeUndefined();
  });
});

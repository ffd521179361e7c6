import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeButtonValue, encodeButtonValue } from "../../adapters/slack/button-value.js";

describe("button values", () => {
  it("round-trips a short value", () => {
    const value = { k: "abc", q: "how much <is> it & why?", p: "earlier" };
    expect(decodeButtonValue(encodeButtonValue(value))).toEqual(value);
  });

  it("stays within Slack's 2,000 characters for any question, even one made of quotes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.string({ maxLength: 3000 }), (q, p) => {
        expect(encodeButtonValue({ k: "0123456789abcdef", q, p }).length).toBeLessThanOrEqual(2000);
      }),
    );
    expect(encodeButtonValue({ k: "k", q: '"\\'.repeat(1000) }).length).toBeLessThanOrEqual(2000);
  });

  it("never carries a raw <!channel>", () => {
    expect(encodeButtonValue({ k: "k", q: "<!channel> hi" })).not.toContain("<!channel>");
  });

  it("rejects values that are not ours", () => {
    expect(decodeButtonValue("not json")).toBeUndefined();
    expect(decodeButtonValue(JSON.stringify({ q: "no key" }))).toBeUndefined();
    expect(decodeButtonValue(undefined)).toBeUndefined();
  });
});

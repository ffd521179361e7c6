import { describe, expect, it } from "vitest";
import { parseDigestArgs } from "../../src/digest/parse-digest-args.js";

describe("parseDigestArgs", () => {
  it("reads time, timezone and mode in any order", () => {
    expect(parseDigestArgs(["verbose", "europe/berlin", "8:30"])).toEqual({
      ok: true,
      options: { time: "08:30", timezone: "Europe/Berlin", verbose: true },
    });
  });

  it("takes a timezone alone, as in `digest on Europe/Berlin`", () => {
    expect(parseDigestArgs(["Europe/Berlin", undefined, undefined])).toEqual({
      ok: true,
      options: { timezone: "Europe/Berlin" },
    });
  });

  it("returns no options for a bare `digest on`", () => {
    expect(parseDigestArgs([undefined, undefined])).toEqual({ ok: true, options: {} });
  });

  it("names the word it cannot read", () => {
    const bad = parseDigestArgs(["25:00"]);
    expect(bad).toMatchObject({ ok: false });
    if (!bad.ok) expect(bad.error).toContain("`25:00`");
    const unknown = parseDigestArgs(["Berlin"]);
    if (!unknown.ok) expect(unknown.error).toContain("`Berlin` is not a time");
    expect(unknown.ok).toBe(false);
  });

  it("reads noon, midday and midnight as times, not as timezone abbreviations", () => {
    expect(parseDigestArgs(["noon", "Europe/London"])).toEqual({
      ok: true,
      options: { time: "12:00", timezone: "Europe/London" },
    });
    expect(parseDigestArgs(["Midday"])).toEqual({ ok: true, options: { time: "12:00" } });
    expect(parseDigestArgs(["midnight"])).toEqual({ ok: true, options: { time: "00:00" } });
  });
});

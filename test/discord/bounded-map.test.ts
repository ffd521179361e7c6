import { describe, expect, it } from "vitest";
import { createBoundedMap } from "../../adapters/discord/bounded-map.js";

describe("createBoundedMap", () => {
  it("forgets the least recently used entry beyond its size", () => {
    const map = createBoundedMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1); // "b" is now the oldest
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
    expect(map.size).toBe(2);
  });

  it("refuses a size that is not a positive integer", () => {
    expect(() => createBoundedMap(0)).toThrow("got 0");
  });
});

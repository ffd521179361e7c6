import { describe, expect, it } from "vitest";
import { createBoundedMap } from "../src/bounded-map.js";

describe("createBoundedMap", () => {
  it("evicts the least recently used entry when full", () => {
    const map = createBoundedMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    map.get("a");
    map.set("c", 3);
    expect(map.has("a")).toBe(true);
    expect(map.has("b")).toBe(false);
    expect(map.get("c")).toBe(3);
    expect(map.size).toBe(2);
  });

  it("refuses a bound that is not a positive integer", () => {
    expect(() => createBoundedMap(0)).toThrow("max must be a positive integer, got 0");
  });
});

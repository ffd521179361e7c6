import { describe, expect, it } from "vitest";
import { flatPostings, LazyPostings } from "../../src/search/lazy-postings.js";

describe("LazyPostings", () => {
  it("reads as the Map its flat list describes, in the list's order", () => {
    const postings = new LazyPostings([7, 2, 3, 1, 12, 4]);
    expect(postings.size).toBe(3);
    expect(postings.get(3)).toBe(1);
    expect(postings.has(12)).toBe(true);
    expect(postings.get(5)).toBeUndefined();
    expect([...postings]).toEqual([
      [7, 2],
      [3, 1],
      [12, 4],
    ]);
    expect(new Map(postings)).toEqual(
      new Map([
        [7, 2],
        [3, 1],
        [12, 4],
      ]),
    );
  });

  it("takes updates before it was ever read, keeping the listed entries", () => {
    const added = new LazyPostings([1, 1, 2, 5]);
    added.set(9, 3);
    expect([...added.keys()]).toEqual([1, 2, 9]);
    const removed = new LazyPostings([1, 1, 2, 5]);
    expect(removed.delete(1)).toBe(true);
    expect([...removed.entries()]).toEqual([[2, 5]]);
    const seen: number[] = [];
    new LazyPostings([4, 1, 6, 2]).forEach((v, k) => {
      seen.push(k, v);
    });
    expect(seen).toEqual([4, 1, 6, 2]);
    const cleared = new LazyPostings([1, 1]);
    cleared.clear();
    expect(cleared.size).toBe(0);
  });

  it("round-trips through flatPostings", () => {
    const map = new Map([
      [10, 1],
      [4, 2],
    ]);
    expect(new Map(new LazyPostings(flatPostings(map)))).toEqual(map);
    expect(flatPostings(new LazyPostings([]))).toEqual([]);
  });
});

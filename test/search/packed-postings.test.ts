import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendPostings, PackedPostings } from "../../src/search/packed-postings.js";

const packed = (pairs: number[], before: number[] = [], after: number[] = []) =>
  new PackedPostings(
    Uint32Array.from([...before, ...pairs, ...after]),
    before.length,
    before.length + pairs.length,
  );

describe("PackedPostings", () => {
  it("reads as the Map its run of pairs describes, in the run's order, within a shared pool", () => {
    const postings = packed([3, 1, 7, 2, 12, 4], [1, 9], [20, 5]);
    expect(postings.size).toBe(3);
    expect(postings.get(3)).toBe(1);
    expect(postings.has(12)).toBe(true);
    // The pool's other runs are not this term's.
    expect(postings.has(1)).toBe(false);
    expect(postings.get(20)).toBeUndefined();
    expect([...postings]).toEqual([
      [3, 1],
      [7, 2],
      [12, 4],
    ]);
  });

  it("takes updates as a Map does: changed in place, deleted, and new entries after the run", () => {
    const added = packed([1, 1, 2, 5]);
    added.set(9, 3);
    added.set(1, 2);
    expect([...added.entries()]).toEqual([
      [1, 2],
      [2, 5],
      [9, 3],
    ]);
    const removed = packed([1, 1, 2, 5]);
    expect(removed.delete(1)).toBe(true);
    expect(removed.delete(1)).toBe(false);
    expect(removed.size).toBe(1);
    removed.set(1, 4);
    // Deleted and set again: last in order, as in a Map.
    expect([...removed.keys()]).toEqual([2, 1]);
    const seen: number[] = [];
    packed([4, 1, 6, 2]).forEach((v, k) => {
      seen.push(k, v);
    });
    expect(seen).toEqual([4, 1, 6, 2]);
    const cleared = packed([1, 1]);
    cleared.clear();
    expect(cleared.size).toBe(0);
    expect(cleared.get(1)).toBeUndefined();
  });

  it("reads a run not sorted by short id as its Map would", () => {
    const unsorted = packed([7, 2, 3, 1, 12, 4]);
    expect(unsorted.get(3)).toBe(1);
    expect([...unsorted.keys()]).toEqual([7, 3, 12]);
  });

  it("refuses a frequency a run cannot hold and a run outside its pool", () => {
    expect(() => packed([1, 1]).set(1, 0)).toThrow(/positive integer, not 0/);
    expect(() => new PackedPostings(new Uint32Array(4), 1, 4)).toThrow(/does not fit/);
  });

  it("behaves as a Map under any sequence of changes and reads", () => {
    const op = fc.oneof(
      fc.tuple(fc.constant("set" as const), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 9 })),
      fc.tuple(fc.constant("delete" as const), fc.integer({ min: 0, max: 30 }), fc.constant(0)),
      fc.tuple(fc.constant("clear" as const), fc.constant(0), fc.constant(0)),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 })),
        fc.boolean(),
        fc.array(op, { maxLength: 30 }),
        (keys, sorted, ops) => {
          const ordered = sorted ? [...keys].sort((a, b) => a - b) : keys;
          const model = new Map(ordered.map((k) => [k, (k % 5) + 1]));
          const postings = packed(ordered.flatMap((k) => [k, (k % 5) + 1]));
          for (const [name, key, value] of ops) {
            if (name === "set") {
              model.set(key, value);
              postings.set(key, value);
            } else if (name === "delete") expect(postings.delete(key)).toBe(model.delete(key));
            else {
              model.clear();
              postings.clear();
            }
            expect(postings.size).toBe(model.size);
            for (let k = 0; k <= 30; k++) expect(postings.get(k)).toBe(model.get(k));
          }
          expect([...postings]).toEqual([...model]);
        },
      ),
    );
  });

  it("writes a Map's entries as pairs in its order (appendPostings)", () => {
    const out = [9];
    expect(
      appendPostings(
        new Map([
          [10, 1],
          [4, 2],
        ]),
        out,
      ),
    ).toBe(2);
    expect(out).toEqual([9, 10, 1, 4, 2]);
  });
});

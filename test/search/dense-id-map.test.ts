import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DenseIdMap } from "../../src/search/dense-id-map.js";

describe("DenseIdMap", () => {
  it("behaves as a Map, iteration order included, after any sets, deletes and clears", () => {
    const op = fc.oneof(
      { arbitrary: fc.record({ set: fc.integer({ min: 0, max: 40 }), value: fc.string() }), weight: 5 },
      // Mostly the next key, as MiniSearch gives them; now and then far ahead or not a small integer.
      { arbitrary: fc.record({ next: fc.string() }), weight: 5 },
      { arbitrary: fc.record({ set: fc.constantFrom(-1, 0.5, 10_000), value: fc.string() }), weight: 1 },
      { arbitrary: fc.record({ delete: fc.integer({ min: 0, max: 40 }) }), weight: 3 },
      { arbitrary: fc.constant({ clear: true }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const dense = new DenseIdMap<string>();
        const map = new Map<number, string>();
        let next = 0;
        for (const o of ops) {
          if ("next" in o) {
            dense.set(next, o.next);
            map.set(next++, o.next);
          } else if ("set" in o) {
            dense.set(o.set, o.value);
            map.set(o.set, o.value);
          } else if ("delete" in o) expect(dense.delete(o.delete)).toBe(map.delete(o.delete));
          else {
            dense.clear();
            map.clear();
          }
          expect([...dense]).toEqual([...map]);
          expect([...dense.keys()]).toEqual([...map.keys()]);
          expect([...dense.values()]).toEqual([...map.values()]);
          expect(dense.size).toBe(map.size);
          for (const k of [0, 1, 7, 40, -1, 0.5, 10_000]) {
            expect(dense.get(k)).toBe(map.get(k));
            expect(dense.has(k)).toBe(map.has(k));
          }
        }
        const seen: [number, string][] = [];
        dense.forEach((v, k) => {
          seen.push([k, v]);
        });
        expect(seen).toEqual([...map]);
      }),
    );
  });

  it("keeps the entries of the Map it is made of, in order", () => {
    const map = new Map([
      [0, "grid merger"],
      [2, "frigate order"],
      [5, "tower lease"],
    ]);
    expect([...DenseIdMap.of(map)]).toEqual([...map]);
    expect(DenseIdMap.of(map)).toBeInstanceOf(Map);
  });
});

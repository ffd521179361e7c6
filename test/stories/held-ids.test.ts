import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHeldIds } from "../../src/stories/held-ids.js";

/** What the held ids replace: a Map from id to holder, searched by a pass over every id in order. */
function reference() {
  const map = new Map<string, string>();
  return {
    map,
    heldBy: (article: string) => [...map].filter(([, a]) => a === article).map(([id]) => id),
    firstHeldBy(articles: Iterable<string>) {
      const wanted = new Set(articles);
      for (const [id, a] of map) if (wanted.has(a)) return id;
      return undefined;
    },
  };
}

describe("createHeldIds", () => {
  it("finds the ids an article holds and the first given among several articles", () => {
    const held = createHeldIds();
    held.hold("tower-sale", "a3");
    held.hold("grid-merger", "a1");
    held.hold("tower-sale-2", "a1");
    expect(held.heldBy("a1")).toEqual(["grid-merger", "tower-sale-2"]);
    expect(held.firstHeldBy(["a1", "a3"])).toBe("tower-sale");
    // Passing an id to another article keeps its place: it was still given first.
    held.hold("tower-sale", "a1");
    expect(held.heldBy("a3")).toEqual([]);
    expect(held.firstHeldBy(["a1"])).toBe("tower-sale");
    expect(held.holder("tower-sale")).toBe("a1");
    // Dropped and given again, an id is the newest.
    held.drop("tower-sale");
    held.hold("tower-sale", "a1");
    expect(held.firstHeldBy(["a1"])).toBe("grid-merger");
    expect(held.has("frigate-order")).toBe(false);
    expect(held.firstHeldBy(["a9"])).toBeUndefined();
  });

  it("answers as a pass over every id in order would, after any holds and drops", () => {
    const id = fc.constantFrom("bid", "bid-2", "ipo", "lease", "lease-2", "auction");
    const article = fc.constantFrom("a1", "a2", "a3", "a4");
    const op = fc.oneof(
      fc.record({ hold: id, article }),
      fc.record({ drop: id }),
      fc.record({ first: fc.array(article, { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const held = createHeldIds();
        const ref = reference();
        for (const o of ops) {
          if ("hold" in o) {
            held.hold(o.hold, o.article);
            ref.map.set(o.hold, o.article);
          } else if ("drop" in o) {
            held.drop(o.drop);
            ref.map.delete(o.drop);
          } else expect(held.firstHeldBy(o.first)).toBe(ref.firstHeldBy(o.first));
          for (const a of ["a1", "a2", "a3", "a4"])
            expect([...held.heldBy(a)].sort()).toEqual(ref.heldBy(a).sort());
          for (const [i, a] of ref.map) expect(held.holder(i)).toBe(a);
        }
      }),
    );
  });
});

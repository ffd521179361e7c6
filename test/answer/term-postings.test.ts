import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTermPostings } from "../../src/answer/term-postings.js";

describe("createTermPostings", () => {
  it("lists the articles using a term, and forgets an article's terms when it is removed or replaced", () => {
    const postings = createTermPostings();
    postings.add("a", ["deal", "northwind", "deal"]);
    postings.add("b", ["deal", "contoso"]);
    postings.add("c", ["deal"]);
    expect(postings.articlesUsing("deal").sort()).toEqual(["a", "b", "c"]);
    expect(postings.articlesUsing("northwind")).toEqual(["a"]);
    postings.remove("a");
    expect(postings.articlesUsing("deal").sort()).toEqual(["b", "c"]);
    expect(postings.articlesUsing("northwind")).toEqual([]);
    postings.add("b", ["fabrikam"]);
    expect(postings.articlesUsing("deal")).toEqual(["c"]);
    expect(postings.articlesUsing("fabrikam")).toEqual(["b"]);
    postings.remove("missing");
    expect(postings.articlesUsing("unknown")).toEqual([]);
  });

  it("lists, after any adds (terms repeated or not), replacements and removals, the articles a Map of Sets lists", () => {
    const article = fc.constantFrom("a", "b", "c", "d");
    const term = fc.constantFrom("deal", "merger", "bid", "loan", "stake", "plant");
    const op = fc.oneof(
      fc.record({ add: article, terms: fc.array(term, { maxLength: 8 }) }),
      fc.record({ remove: article }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const postings = createTermPostings();
        // The simple version: each article's terms as a Set.
        const model = new Map<string, Set<string>>();
        for (const o of ops) {
          if ("add" in o) {
            postings.add(o.add, o.terms);
            model.set(o.add, new Set(o.terms));
          } else {
            postings.remove(o.remove);
            model.delete(o.remove);
          }
          for (const t of ["deal", "merger", "bid", "loan", "stake", "plant"]) {
            const expected = [...model].filter(([, terms]) => terms.has(t)).map(([id]) => id);
            expect(postings.articlesUsing(t).sort()).toEqual(expected.sort());
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

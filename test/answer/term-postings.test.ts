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
});

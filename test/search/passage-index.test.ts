import { describe, expect, it } from "vitest";
import {
  createPassageIndex,
  loadPassageIndex,
  type PassageIndexJson,
} from "../../src/search/passage-index.js";
import { termsOf } from "../../src/search/terms.js";
import type { Passage } from "../../src/types.js";

function passages(articleId: string, texts: string[], heading?: string): Passage[] {
  return texts.map((text, index) => ({
    id: `${articleId}:${index}`,
    articleId,
    index,
    kind: "sentence",
    text,
    heading,
    paragraph: 0,
  }));
}

const alpha = passages("alpha", [
  "The partnership is valued at $38 billion.",
  "AWS will deploy NVIDIA GB200 and GB300 accelerators.",
  "Investors reacted positively to the announcement.",
]);
const beta = passages(
  "beta",
  ["It is a colossal $3.8 billion commitment.", "Microsoft remains the largest investor."],
  "Market reaction",
);

function build(...groups: Passage[][]) {
  const index = createPassageIndex();
  for (const g of groups) index.add(g);
  return index;
}

describe("createPassageIndex", () => {
  it("finds passages by canonical terms, best match first", () => {
    const index = build(alpha, beta);
    const hits = index.search(termsOf("which GPUs will AWS deploy"), 5);
    expect(hits[0]?.passageId).toBe("alpha:1");
    expect(hits[0]?.terms).toEqual(expect.arrayContaining(termsOf("chips AWS")));
  });

  it("keeps only the passages a filter accepts, still best first and up to the limit", () => {
    const index = build(alpha, beta);
    const all = index.search(termsOf("worth"), 10);
    const within = index.search(termsOf("worth"), 10, (id) => id.startsWith("beta:"));
    expect(within.length).toBeGreaterThan(0);
    expect(within.every((h) => h.passageId.startsWith("beta:"))).toBe(true);
    expect(within.map((h) => h.passageId)).toEqual(
      all.filter((h) => h.passageId.startsWith("beta:")).map((h) => h.passageId),
    );
  });

  it("matches a synonym of the word the passage uses", () => {
    const index = build(alpha, beta);
    const ids = index.search(termsOf("worth"), 10).map((h) => h.passageId);
    // "valued" and "commitment" both fold into the value term.
    expect(ids).toEqual(expect.arrayContaining(["alpha:0", "beta:0"]));
  });

  it("searches the section heading too", () => {
    const index = build(alpha, beta);
    const ids = index.search(termsOf("market reaction"), 10).map((h) => h.passageId);
    expect(ids).toEqual(expect.arrayContaining(["beta:0", "beta:1"]));
  });

  it("returns nothing for no terms and at most `limit` hits", () => {
    const index = build(alpha, beta);
    expect(index.search([], 10)).toEqual([]);
    expect(index.search(termsOf("deal value billion investor chips"), 2)).toHaveLength(2);
  });

  it("counts the passages holding a term", () => {
    const index = build(alpha, beta);
    expect(index.documentFrequency(termsOf("billion")[0]!)).toBe(2);
    expect(index.documentFrequency(termsOf("investors")[0]!)).toBe(2);
    expect(index.documentFrequency("zebra")).toBe(0);
  });

  it("reports its size and ignores passages it already holds", () => {
    const index = build(alpha, beta);
    expect(index.size).toBe(5);
    index.add(alpha);
    expect(index.size).toBe(5);
  });

  it("drops a removed article's passages from results and counts", () => {
    const index = build(alpha, beta);
    index.remove(beta);
    expect(index.size).toBe(3);
    expect(index.search(termsOf("commitment"), 10).map((h) => h.passageId)).toEqual(["alpha:0"]);
    expect(index.documentFrequency(termsOf("billion")[0]!)).toBe(1);
    expect(index.search(termsOf("Microsoft"), 10)).toEqual([]);
  });

  it("takes a removed article back when it is added again", () => {
    const index = build(alpha, beta);
    index.remove(beta);
    index.add(beta);
    expect(index.search(termsOf("Microsoft"), 10).map((h) => h.passageId)).toEqual(["beta:1"]);
  });

  it("ignores removing passages it does not hold", () => {
    const index = build(alpha);
    index.remove(beta);
    expect(index.size).toBe(3);
  });

  it("forgives a typo in a long word", () => {
    const index = build(alpha, beta);
    expect(index.closestTerm(termsOf("announcment")[0]!)).toBe(termsOf("announcement")[0]);
    expect(index.closestTerm(termsOf("Microsfot")[0]!)).toBe(termsOf("Microsoft")[0]);
  });

  it("does not guess a typo in a short word", () => {
    const index = build(alpha, beta);
    // "AWX" is one letter from "AWS", but short words have too many neighbours to guess.
    expect(index.closestTerm(termsOf("AWX")[0]!)).toBeUndefined();
  });

  it("finds no close term for a long word unlike any in the passages", () => {
    const index = build(alpha, beta);
    expect(index.closestTerm("photosynthesis")).toBeUndefined();
  });
});

describe("loadPassageIndex", () => {
  const queries = ["how much is the partnership valued", "which accelerators will AWS deploy", "investor"];
  const gamma = passages("gamma", ["The commitment was valued at $2 billion by investors."]);
  // The terms' order is the radix tree's, which depends on the order they were inserted in.
  const byTerm = (json: PassageIndexJson) => {
    const index: Record<string, [number, number[]][]> = {};
    for (const chunk of json.index) {
      const bytes = Buffer.from(chunk.postings, "base64");
      const pairs = [...new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4)];
      let at = 0;
      for (const [term, fields] of chunk.terms) {
        index[term] = fields.map(([field, count]) => {
          at += 2 * count;
          return [field, pairs.slice(at - 2 * count, at)];
        });
      }
    }
    return { ...json, index };
  };

  it("ranks, counts and forgives typos as the index it was saved from, through a JSON round trip", () => {
    const saved = build(alpha, beta);
    const loaded = loadPassageIndex(JSON.parse(JSON.stringify(saved.toJSON())));
    expect(loaded.size).toBe(saved.size);
    for (const q of queries) {
      expect(loaded.search(termsOf(q), 5)).toEqual(saved.search(termsOf(q), 5));
      expect(loaded.fullSearch(termsOf(q))).toEqual(saved.fullSearch(termsOf(q)));
    }
    expect(loaded.documentFrequency("valu")).toBe(saved.documentFrequency("valu"));
    expect(loaded.closestTerm("acelerators")).toBe(saved.closestTerm("acelerators"));
    expect(byTerm(loaded.toJSON())).toEqual(byTerm(saved.toJSON()));
  });

  it("keeps the caller's passage ids, in order, and MiniSearch's own where they stop matching", () => {
    const saved = build(alpha, beta);
    const ids = [...alpha, ...beta].map((p) => p.id);
    for (const given of [ids, [...ids].reverse(), ids.slice(0, 1), []]) {
      const loaded = loadPassageIndex(JSON.parse(JSON.stringify(saved.toJSON())), given);
      for (const q of queries) expect(loaded.search(termsOf(q), 5)).toEqual(saved.search(termsOf(q), 5));
      loaded.remove(alpha);
      expect(loaded.size).toBe(beta.length);
    }
  });

  it("packs its documents given the passages' ids in order, and loads them back with those ids", () => {
    const saved = build(alpha, beta);
    saved.remove(alpha.slice(0, 1));
    const ids = [...alpha.slice(1), ...beta].map((p) => p.id);
    const json = saved.toJSON(ids);
    expect(json.documents).toEqual(expect.any(String));
    expect(json.documentIds).toEqual({});
    const loaded = loadPassageIndex(JSON.parse(JSON.stringify(json)), ids);
    expect(loaded.size).toBe(saved.size);
    for (const q of queries) {
      expect(loaded.search(termsOf(q), 5)).toEqual(saved.search(termsOf(q), 5));
      expect(loaded.fullSearch(termsOf(q))).toEqual(saved.fullSearch(termsOf(q)));
    }
    // Its plain serialisation is the saved index's: the same documents and field lengths.
    expect(loaded.toJSON()).toEqual(
      JSON.parse(JSON.stringify({ ...saved.toJSON(), index: loaded.toJSON().index })),
    );
    for (const index of [saved, loaded]) index.remove(beta.slice(0, 1));
    for (const q of queries) expect(loaded.search(termsOf(q), 5)).toEqual(saved.search(termsOf(q), 5));
    // Ids out of order, or not every passage's, leave the documents as MiniSearch writes them.
    for (const given of [[...ids].reverse(), ids.slice(1)])
      expect(saved.toJSON(given).documents).toBeUndefined();
    expect(() => loadPassageIndex(JSON.parse(JSON.stringify(json)))).toThrow(/without their ids/);
    expect(() => loadPassageIndex(JSON.parse(JSON.stringify(json)), ids.slice(1))).toThrow(/documents/);
  });

  it("takes passages added and removed after loading as the saved index does", () => {
    const saved = build(alpha, beta);
    const loaded = loadPassageIndex(JSON.parse(JSON.stringify(saved.toJSON())));
    for (const index of [saved, loaded]) {
      index.add(gamma);
      index.remove(alpha);
    }
    for (const q of queries) expect(loaded.search(termsOf(q), 5)).toEqual(saved.search(termsOf(q), 5));
    expect(byTerm(loaded.toJSON())).toEqual(byTerm(saved.toJSON()));
  });
});

describe("top-k search", () => {
  // A corpus where common words match most passages and ties are frequent (repeated sentences), the case
  // where a shortcut would most easily rank differently from scoring every match.
  const words = "deal value chips cloud billion shares market investors risk agreement years close".split(
    " ",
  );
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const sentence = () =>
    Array.from({ length: 3 + Math.floor(rand() * 12) }, () => words[Math.floor(rand() * words.length)]).join(
      " ",
    );
  const corpus = Array.from({ length: 60 }, (_, a) =>
    passages(
      `a${a}`,
      Array.from({ length: 8 }, () => (rand() < 0.2 ? "The deal is worth $38 billion." : sentence())),
      rand() < 0.5 ? "Deal value" : undefined,
    ),
  );
  const queries = [
    ["deal"],
    ["deal", "value"],
    termsOf("how much is the deal worth over the years"),
    termsOf("chips cloud market risk investors"),
    ["value", "value", "billion"],
    ["zebra", "deal"],
    termsOf("agreement close"),
  ];

  it("ranks exactly as MiniSearch's own search: same passages, scores and order, ties included", () => {
    const index = build(...corpus);
    for (const terms of queries) {
      for (const limit of [1, 5, 40, 1000]) {
        const expected = index.fullSearch(terms).slice(0, limit);
        expect(index.search(terms, limit)).toEqual(expected);
      }
    }
  });

  it("still ranks as MiniSearch after articles are removed and added back", () => {
    const index = build(...corpus);
    for (const group of corpus.slice(10, 30)) index.remove(group);
    index.add(corpus[12]!);
    for (const terms of queries)
      expect(index.search(terms, 25)).toEqual(index.fullSearch(terms).slice(0, 25));
  });

  it("keeps document frequencies exact as passages come and go", () => {
    const index = build(...corpus);
    for (const group of corpus.slice(0, 25)) index.remove(group);
    for (const term of ["deal", "value", "chip", "billion"]) {
      const holding = index
        .fullSearch([term])
        .filter((h) => h.terms.includes(term) && corpus.flat().find((p) => p.id === h.passageId)!.text);
      const inText = holding.filter((h) =>
        termsOf(corpus.flat().find((p) => p.id === h.passageId)!.text).includes(term),
      );
      expect(index.documentFrequency(term)).toBe(inText.length);
    }
  });

  it("searches within a scope: the best of those passages only, ranked as the full search", () => {
    const index = build(...corpus);
    const few = new Set(
      corpus
        .slice(3, 5)
        .flat()
        .map((p) => p.id),
    );
    const many = new Set(
      corpus
        .slice(0, 50)
        .flat()
        .map((p) => p.id),
    );
    for (const scope of [few, many]) {
      for (const terms of queries) {
        for (const limit of [1, 10, 40, 1000]) {
          const expected = index
            .fullSearch(terms)
            .filter((h) => scope.has(h.passageId))
            .slice(0, limit);
          expect(index.search(terms, limit, scope)).toEqual(expected);
        }
      }
    }
  });

  it("still ranks a scope as the full search after passages are removed and added back", () => {
    const index = build(...corpus);
    const scope = new Set(
      corpus
        .slice(0, 40)
        .flat()
        .map((p) => p.id),
    );
    const within = (terms: string[], limit: number) =>
      index
        .fullSearch(terms)
        .filter((h) => scope.has(h.passageId))
        .slice(0, limit);
    // Searched once before the change, so what the index keeps for the scope must follow the change.
    expect(index.search(queries[2]!, 10, scope)).toEqual(within(queries[2]!, 10));
    for (const group of corpus.slice(5, 15)) index.remove(group);
    index.add(corpus[7]!);
    for (const terms of queries) {
      for (const limit of [10, 1000]) expect(index.search(terms, limit, scope)).toEqual(within(terms, limit));
    }
  });
});

import { describe, expect, it } from "vitest";
import { createNameStatistics } from "../../src/answer/name-statistics.js";

/** The definition, counted from scratch over every article. */
function recount(articles: Map<string, Map<string, number>>, passages: number): Set<string> {
  const sources = new Map<string, number>();
  const mentions = new Map<string, number>();
  for (const names of articles.values()) {
    for (const [name, count] of names) {
      sources.set(name, (sources.get(name) ?? 0) + 1);
      mentions.set(name, (mentions.get(name) ?? 0) + count);
    }
  }
  const out = new Set<string>();
  for (const [name, n] of sources) {
    if (n >= 3 && n >= articles.size * 0.6 && mentions.get(name)! >= passages * 0.08) out.add(name);
  }
  return out;
}

describe("createNameStatistics", () => {
  it("finds the names most sources use often, as a full recount does, while articles come and go", () => {
    const stats = createNameStatistics();
    const articles = new Map<string, Map<string, number>>();
    let seed = 3;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const pool = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne"];
    let passages = 0;
    for (let step = 0; step < 400; step++) {
      const ids = [...articles.keys()];
      if (ids.length > 3 && rand() < 0.35) {
        const id = ids[Math.floor(rand() * ids.length)]!;
        stats.count(articles.get(id)!, -1);
        articles.delete(id);
        passages -= 10;
      } else {
        // The first names are popular, the last rare: a main actor and passers-by.
        const names = new Map<string, number>();
        for (const [i, name] of pool.entries())
          if (rand() < 0.9 / (i + 1)) names.set(name, 1 + Math.floor(rand() * 5));
        articles.set(`a${step}`, names);
        stats.count(names, 1);
        passages += 10;
      }
      expect(stats.actors(articles.size, passages, 0.6, 0.08)).toEqual(recount(articles, passages));
    }
  });

  it("names no actor with fewer than three sources", () => {
    const stats = createNameStatistics();
    stats.count(new Map([["acme", 5]]), 1);
    stats.count(new Map([["acme", 5]]), 1);
    expect(stats.actors(2, 10, 0.6, 0.08).size).toBe(0);
  });
});

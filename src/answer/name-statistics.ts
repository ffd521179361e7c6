/**
 * How often the articles name each name, kept up to date one article at a time: per name, how many articles
 * and how many passages name it. The main actors of a story — named by most sources, and often — are read
 * from the names with the most sources, found through their article counts without scanning every name.
 */

export interface NameStatistics {
  /** Adds (1) or subtracts (-1) one article's names: lower-cased name → how many of its passages name it. */
  count(names: ReadonlyMap<string, number>, delta: 1 | -1): void;
  /**
   * Names at least `shareOfSources` of `articles` (and three or more) name, in at least `shareOfPassages`
   * of `passages`. Costs the number of names above the source threshold, not all names.
   */
  actors(articles: number, passages: number, shareOfSources: number, shareOfPassages: number): Set<string>;
}

export function createNameStatistics(): NameStatistics {
  const sources = new Map<string, number>();
  const mentions = new Map<string, number>();
  /** Names by how many articles name them. */
  const bySources: (Set<string> | undefined)[] = [];
  return {
    count(names, delta) {
      for (const [name, count] of names) {
        const before = sources.get(name) ?? 0;
        const after = before + delta;
        bySources[before]?.delete(name);
        if (after > 0) {
          sources.set(name, after);
          let bucket = bySources[after];
          if (!bucket) {
            bucket = new Set();
            bySources[after] = bucket;
          }
          bucket.add(name);
        } else sources.delete(name);
        const m = (mentions.get(name) ?? 0) + delta * count;
        if (m > 0) mentions.set(name, m);
        else mentions.delete(name);
      }
    },
    actors(articles, passages, shareOfSources, shareOfPassages) {
      const out = new Set<string>();
      for (let n = Math.max(3, Math.floor(articles * shareOfSources)); n < bySources.length; n++) {
        if (n < articles * shareOfSources) continue;
        for (const name of bySources[n] ?? []) {
          if ((mentions.get(name) ?? 0) >= passages * shareOfPassages) out.add(name);
        }
      }
      return out;
    },
  };
}

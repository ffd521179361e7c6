/**
 * Groups articles into stories by a deterministic agglomerative pass: every article starts alone (or in
 * the story its front matter names), and the two most similar groups merge, again and again, while their
 * centroids' similarity reaches the threshold. Document frequencies come from the whole corpus and ties
 * break by article id, so the grouping never depends on the order articles arrived in — unlike the single
 * online pass of Miranda et al. (EMNLP 2018), whose similarity this uses (see story-similarity.ts).
 *
 * Only candidate pairs are ever compared, never all n² (see candidate-neighbours.ts): each article's
 * nearest articles by its most telling features, and after a merge the merged group's neighbours. Pairs
 * wait in a max-heap, stale entries skipped when popped (the usual sparse agglomerative clustering), so a
 * pass costs about O(n·k log n) for k neighbours an article.
 */
import type { ArticleProfile } from "./article-profile.js";
import { createCandidateIndex, NEIGHBOURS } from "./candidate-neighbours.js";
import {
  type GroupVector,
  groupOf,
  groupSimilarity,
  type Idf,
  idfOf,
  mergeGroup,
  weigh,
} from "./story-similarity.js";

/** Two groups whose centroids are at least this similar are one story (tuned on development stories). */
export const SAME_STORY = 0.24;

/** A group of articles: ids sorted, and the story id its front matter fixed, if any. */
export interface ArticleGroup {
  articleIds: string[];
  fixedId?: string;
}

/** A group while clustering, with its vector and the groups it may merge with. */
export interface ClusterGroup extends ArticleGroup {
  vector: GroupVector;
  neighbours: Set<ClusterGroup>;
  alive: boolean;
  /** Bumped on every merge, so heap entries computed before it are known to be stale. */
  version: number;
  /** Position in sorted order of its first article: the tie-breaker. */
  rank: number;
}

interface Pair {
  sim: number;
  a: ClusterGroup;
  b: ClusterGroup;
  va: number;
  vb: number;
}

/** Better pair first: higher similarity, then lower ranks (the order a scan by article id would take). */
function before(x: Pair, y: Pair): boolean {
  if (x.sim !== y.sim) return x.sim > y.sim;
  if (x.a.rank !== y.a.rank) return x.a.rank < y.a.rank;
  return x.b.rank < y.b.rank;
}

/** A binary max-heap of pairs. */
class PairHeap {
  private readonly items: Pair[] = [];
  get size(): number {
    return this.items.length;
  }
  push(p: Pair): void {
    const h = this.items;
    h.push(p);
    let i = h.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!before(h[i]!, h[up]!)) break;
      [h[i], h[up]] = [h[up]!, h[i]!];
      i = up;
    }
  }
  pop(): Pair | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && before(h[l]!, h[best]!)) best = l;
        if (r < h.length && before(h[r]!, h[best]!)) best = r;
        if (best === i) break;
        [h[i], h[best]] = [h[best]!, h[i]!];
        i = best;
      }
    }
    return top;
  }
}

/** Front matter fixing two different stories keeps them apart whatever their content. */
function mayMerge(a: ClusterGroup, b: ClusterGroup): boolean {
  return !(a.fixedId && b.fixedId && a.fixedId !== b.fixedId);
}

/**
 * Merges, best pair first, while a pair reaches `threshold`; `groups` are mutated (merged ones marked
 * dead) and the live ones returned. Each group's `neighbours` must already hold its candidates.
 */
export function agglomerate(groups: readonly ClusterGroup[], threshold: number): ClusterGroup[] {
  const heap = new PairHeap();
  const offer = (a: ClusterGroup, b: ClusterGroup) => {
    if (!mayMerge(a, b)) return;
    const [x, y] = a.rank < b.rank ? [a, b] : [b, a];
    const sim = groupSimilarity(x.vector, y.vector);
    if (sim >= threshold) heap.push({ sim, a: x, b: y, va: x.version, vb: y.version });
  };
  for (const g of groups) for (const n of g.neighbours) if (g.rank < n.rank) offer(g, n);
  for (let pair = heap.pop(); pair; pair = heap.pop()) {
    const { a, b } = pair;
    if (!a.alive || !b.alive || a.version !== pair.va || b.version !== pair.vb) continue;
    // The merged group keeps the lower rank (its first article comes first in id order).
    mergeGroup(a.vector, b.vector);
    a.articleIds = [...a.articleIds, ...b.articleIds].sort();
    const fixed = a.fixedId ?? b.fixedId;
    if (fixed) a.fixedId = fixed;
    b.alive = false;
    a.version++;
    for (const n of b.neighbours) {
      n.neighbours.delete(b);
      if (n !== a) {
        n.neighbours.add(a);
        a.neighbours.add(n);
      }
    }
    a.neighbours.delete(b);
    a.neighbours.delete(a);
    for (const n of a.neighbours) if (n.alive) offer(a, n);
  }
  return groups.filter((g) => g.alive);
}

const byId = (a: ArticleProfile, b: ArticleProfile) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The stories among `profiles`, each a sorted list of article ids; groups ordered by their first id.
 * `threshold` is the similarity at which two groups are one story; `idf` defaults to the profiles' own.
 */
export function clusterStories(
  profiles: readonly ArticleProfile[],
  threshold = SAME_STORY,
  idf: Idf = idfOf(profiles),
): ArticleGroup[] {
  const sorted = [...profiles].sort(byId);
  const features = sorted.map((p) => weigh(p, idf));
  const candidates = createCandidateIndex();
  sorted.forEach((p, i) => {
    candidates.add(p.id, features[i]!);
  });

  // Seed groups: each article alone, except those front matter puts in one story together.
  const groupOfArticle = new Map<string, ClusterGroup>();
  const groups: ClusterGroup[] = [];
  const byFixed = new Map<string, ClusterGroup>();
  sorted.forEach((p, i) => {
    const vector = groupOf(features[i]!, p.day);
    const shared = p.story ? byFixed.get(p.story) : undefined;
    if (shared) {
      mergeGroup(shared.vector, vector);
      shared.articleIds.push(p.id);
      groupOfArticle.set(p.id, shared);
      return;
    }
    const group: ClusterGroup = {
      articleIds: [p.id],
      ...(p.story ? { fixedId: p.story } : {}),
      vector,
      neighbours: new Set(),
      alive: true,
      version: 0,
      rank: groups.length,
    };
    if (p.story) byFixed.set(p.story, group);
    groups.push(group);
    groupOfArticle.set(p.id, group);
  });
  sorted.forEach((p, i) => {
    const g = groupOfArticle.get(p.id)!;
    for (const id of candidates.nearest(features[i]!, NEIGHBOURS, p.id)) {
      const n = groupOfArticle.get(id)!;
      if (n !== g) {
        g.neighbours.add(n);
        n.neighbours.add(g);
      }
    }
  });
  return agglomerate(groups, threshold)
    .map((g) => ({ articleIds: g.articleIds, ...(g.fixedId ? { fixedId: g.fixedId } : {}) }))
    .sort((a, b) => (a.articleIds[0]! < b.articleIds[0]! ? -1 : 1));
}

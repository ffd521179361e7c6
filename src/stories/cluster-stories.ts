/**
 * Groups articles into stories by a deterministic agglomerative pass: every article starts alone (or in
 * the story its front matter names), and the two most similar groups merge, again and again, while their
 * centroids' similarity reaches the threshold. Inverse document frequencies come from the whole corpus and
 * ties break by article id, so the grouping never depends on the order articles arrived in — unlike the
 * single online pass of Miranda et al. (EMNLP 2018), whose similarity this uses (see story-similarity.ts);
 * corpora at load are small enough (hundreds of articles) to regroup on every change.
 */
import type { ArticleProfile } from "./article-profile.js";
import { centroid, type DaySpan, type Features, idfOf, similarity, weigh } from "./story-similarity.js";

/** Two groups whose centroids are at least this similar are one story (tuned on development stories). */
export const SAME_STORY = 0.24;

/** A group of articles: ids sorted, and the story id its front matter fixed, if any. */
export interface ArticleGroup {
  articleIds: string[];
  fixedId?: string;
}

interface Group extends ArticleGroup {
  members: Features[];
  features: Features;
  days?: DaySpan;
}

function spanOf(profiles: readonly ArticleProfile[]): DaySpan | undefined {
  const days = profiles.flatMap((p) => (p.day === undefined ? [] : [p.day]));
  return days.length ? { first: Math.min(...days), last: Math.max(...days) } : undefined;
}

/**
 * The stories among `profiles`, each a sorted list of article ids; groups ordered by their first id.
 * `threshold` is the similarity at which two groups are one story.
 */
export function clusterStories(profiles: readonly ArticleProfile[], threshold = SAME_STORY): ArticleGroup[] {
  const sorted = [...profiles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const idf = idfOf(sorted);
  const byFixed = new Map<string, ArticleProfile[]>();
  const seedGroups: ArticleProfile[][] = [];
  for (const p of sorted) {
    if (!p.story) {
      seedGroups.push([p]);
      continue;
    }
    const g = byFixed.get(p.story);
    if (g) {
      g.push(p);
      continue;
    }
    const fresh = [p];
    byFixed.set(p.story, fresh);
    seedGroups.push(fresh);
  }
  const groups: Group[] = seedGroups.map((members) => {
    const features = members.map((p) => weigh(p, idf));
    const days = spanOf(members);
    return {
      articleIds: members.map((p) => p.id),
      ...(members[0]!.story ? { fixedId: members[0]!.story } : {}),
      members: features,
      features: centroid(features),
      ...(days ? { days } : {}),
    };
  });
  const daysOf = new Map(sorted.map((p) => [p.id, p.day]));

  // Pairwise similarities, recomputed only for a merged group's row.
  const sim = (a: Group, b: Group) =>
    a.fixedId && b.fixedId && a.fixedId !== b.fixedId
      ? -1
      : similarity(a.features, b.features, a.days, b.days);
  const table: number[][] = groups.map((a, i) => groups.map((b, j) => (j > i ? sim(a, b) : -1)));
  const alive = groups.map(() => true);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < groups.length; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < groups.length; j++) {
        if (alive[j] && table[i]![j]! > best) [best, bi, bj] = [table[i]![j]!, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
    const a = groups[bi]!;
    const b = groups[bj]!;
    a.articleIds = [...a.articleIds, ...b.articleIds].sort();
    a.members = [...a.members, ...b.members];
    a.features = centroid(a.members);
    const fixed = a.fixedId ?? b.fixedId;
    if (fixed) a.fixedId = fixed;
    const days = a.articleIds.flatMap((id) => {
      const d = daysOf.get(id);
      return d === undefined ? [] : [d];
    });
    if (days.length) a.days = { first: Math.min(...days), last: Math.max(...days) };
    alive[bj] = false;
    for (let k = 0; k < groups.length; k++) {
      if (k === bi || !alive[k]) continue;
      const s = sim(a, groups[k]!);
      if (k < bi) table[k]![bi] = s;
      else table[bi]![k] = s;
    }
  }
  return groups
    .filter((_, i) => alive[i])
    .map((g) => ({ articleIds: g.articleIds, ...(g.fixedId ? { fixedId: g.fixedId } : {}) }))
    .sort((a, b) => (a.articleIds[0]! < b.articleIds[0]! ? -1 : 1));
}

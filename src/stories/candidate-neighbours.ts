/**
 * Which articles are worth comparing with an article, without comparing it with all of them: an inverted
 * index from each article's most telling features (its anchors: the highest TF-IDF weights of each
 * sub-vector) to the articles that have them, and a query that scores articles by the anchors they share —
 * the candidate generation ("blocking") step of large-scale clustering and near-duplicate detection.
 * Articles of one deal share their parties' names, the deal's figure and its rarer words, so their
 * nearest anchors find each other; an anchor so common that it says nothing is left out of the index.
 */
import { type Features, PARTS, type Part } from "./story-similarity.js";

/** How many neighbours each article gets as merge candidates. */
export const NEIGHBOURS = 16;
/** How many anchors each sub-vector contributes: its highest-weighted features. */
const ANCHORS: Record<Part, number> = { lead: 3, names: 6, terms: 8, figures: 3 };
/** An anchor shared by more articles than this is not indexed for more (too common to tell stories apart). */
const MAX_POSTING = 400;

/** An anchor ("part:feature") and its weight. */
export type Anchor = [string, number];

export interface CandidateIndex {
  /** Indexes an article's anchors (replacing any it had). */
  add(articleId: string, features: Features): void;
  /** Indexes anchors `anchorsOf` gave before (a start from a snapshot: no features to weigh again). */
  addAnchors(articleId: string, anchors: readonly Anchor[]): void;
  /** The anchors an article is indexed under, with their weights (for a snapshot). */
  anchorsOf(articleId: string): Anchor[];
  remove(articleId: string): void;
  /**
   * Up to `k` article ids sharing the most anchor weight with `features`, best first (ties by id),
   * `exclude` left out. Cost: the postings of the query's anchors, each capped at `MAX_POSTING`.
   */
  nearest(features: Features, k: number, exclude?: string): string[];
}

/** An article's anchors: "part:feature" → weight. */
function anchorsOf(features: Features): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of PARTS) {
    const top = [...features[part]]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, ANCHORS[part]);
    for (const [key, w] of top) out.set(`${part}:${key}`, w);
  }
  return out;
}

export function createCandidateIndex(): CandidateIndex {
  const postings = new Map<string, Map<string, number>>();
  const anchorsByArticle = new Map<string, string[]>();
  const remove = (articleId: string) => {
    for (const anchor of anchorsByArticle.get(articleId) ?? []) {
      const posting = postings.get(anchor);
      posting?.delete(articleId);
      if (posting && !posting.size) postings.delete(anchor);
    }
    anchorsByArticle.delete(articleId);
  };
  const addAnchors = (articleId: string, anchors: Iterable<Anchor>) => {
    remove(articleId);
    const kept: string[] = [];
    for (const [anchor, w] of anchors) {
      const posting = postings.get(anchor) ?? new Map<string, number>();
      postings.set(anchor, posting);
      if (posting.size >= MAX_POSTING) continue;
      posting.set(articleId, w);
      kept.push(anchor);
    }
    anchorsByArticle.set(articleId, kept);
  };
  return {
    add: (articleId, features) => addAnchors(articleId, anchorsOf(features)),
    addAnchors,
    anchorsOf: (articleId) =>
      (anchorsByArticle.get(articleId) ?? []).map((a) => [a, postings.get(a)!.get(articleId)!]),
    remove,
    nearest(features, k, exclude) {
      const scores = new Map<string, number>();
      for (const [anchor, w] of anchorsOf(features)) {
        for (const [id, v] of postings.get(anchor) ?? []) {
          if (id !== exclude) scores.set(id, (scores.get(id) ?? 0) + w * v);
        }
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, k)
        .map(([id]) => id);
    },
  };
}

/**
 * How alike two groups of articles are, after Miranda et al., "Multilingual Clustering of Streaming News"
 * (EMNLP 2018): each article is a set of TF-IDF sub-vectors — here the names in its headline and lead, all
 * its names, its terms and its amounts of money (the paper, too, keeps title and body apart) — compared by cosine with a story's centroid (the normalised sum of its articles' vectors), the
 * similarities combined with fixed weights and damped by the gap between publication times. The paper
 * learns the weights; ours are set by hand on development stories and are the same for every corpus.
 */
import type { ArticleProfile } from "./article-profile.js";

/** A sparse vector: feature → weight. */
export type Vector = Map<string, number>;

/** The three sub-vectors of an article or of a story's centroid. */
export interface Features {
  lead: Vector;
  names: Vector;
  terms: Vector;
  figures: Vector;
}

/** Inverse document frequencies of each sub-vector's features over the articles being grouped. */
export interface Idf {
  lead: Map<string, number>;
  names: Map<string, number>;
  terms: Map<string, number>;
  figures: Map<string, number>;
  count: number;
}

/**
 * Names weigh most: what a deal is about is who it is between, and the lead names the parties even where
 * the rest of an article wanders (a filing's legal names, a column's asides). Figures tell apart two deals
 * of the same companies; terms catch an article that names the parties differently.
 */
const WEIGHTS = { lead: 0.15, names: 0.25, terms: 0.35, figures: 0.25 } as const;
const PARTS = ["lead", "names", "terms", "figures"] as const;
/** Coverage of one deal comes in bursts; past this many days apart, similarity starts to fade… */
const SAME_NEWS_DAYS = 7;
/** …by a factor e every this many days more… */
const FADE_DAYS = 30;
/** …but never below this share: a deal's closing, months after its announcement, still belongs to it. */
const TIME_FLOOR = 0.5;

/**
 * Articles assumed to exist beside the corpus that use none of its features (add-k smoothing of the
 * document frequency): without them, a corpus holding a single story makes that story's own parties,
 * named by every article, weigh as little as stop words, and its articles fall apart.
 */
const BACKGROUND = 20;

/** Document frequencies of every feature, for `weigh`. */
export function idfOf(profiles: readonly ArticleProfile[]): Idf {
  const df = (pick: (p: ArticleProfile) => Map<string, number>) => {
    const out = new Map<string, number>();
    for (const p of profiles) for (const k of pick(p).keys()) out.set(k, (out.get(k) ?? 0) + 1);
    const n = profiles.length;
    for (const [k, d] of out) out.set(k, Math.log((n + BACKGROUND + 1) / (d + 1)) + 1);
    return out;
  };
  return {
    lead: df((p) => new Map([...p.lead].map((k) => [k, 1]))),
    names: df((p) => p.names),
    terms: df((p) => p.terms),
    figures: df((p) => p.figures),
    count: profiles.length,
  };
}

function normalise(v: Vector): Vector {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

/** An article's unit-length TF-IDF sub-vectors (sublinear term frequency, 1 + log tf). */
export function weigh(profile: ArticleProfile, idf: Idf): Features {
  const one = (counts: Map<string, number>, df: Map<string, number>, raw = false) => {
    const v: Vector = new Map();
    for (const [k, tf] of counts) v.set(k, (raw ? tf : 1 + Math.log(tf)) * (df.get(k) ?? 1));
    return normalise(v);
  };
  return {
    lead: one(new Map([...profile.lead].map((k) => [k, 1])), idf.lead),
    // Names keep raw counts: a party named throughout outweighs a company named once in passing.
    names: one(profile.names, idf.names, true),
    terms: one(profile.terms, idf.terms),
    figures: one(profile.figures, idf.figures),
  };
}

/** The unit-length centroid of several articles' features. */
export function centroid(members: readonly Features[]): Features {
  const sum = (pick: (f: Features) => Vector) => {
    const v: Vector = new Map();
    for (const m of members) for (const [k, w] of pick(m)) v.set(k, (v.get(k) ?? 0) + w);
    return normalise(v);
  };
  return {
    lead: sum((f) => f.lead),
    names: sum((f) => f.names),
    terms: sum((f) => f.terms),
    figures: sum((f) => f.figures),
  };
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) dot += w * (large.get(k) ?? 0);
  return dot;
}

/** The span of days a group's articles were published over, where known. */
export interface DaySpan {
  first: number;
  last: number;
}

/** 1 within `SAME_NEWS_DAYS`, fading beyond to `TIME_FLOOR`; 1 when either side's dates are unknown. */
function timeFactor(a: DaySpan | undefined, b: DaySpan | undefined): number {
  if (!a || !b) return 1;
  const gap = Math.max(0, a.first - b.last, b.first - a.last);
  return gap <= SAME_NEWS_DAYS ? 1 : Math.max(TIME_FLOOR, Math.exp(-(gap - SAME_NEWS_DAYS) / FADE_DAYS));
}

/**
 * Similarity of two centroids in [0, 1]: the weighted mean of the sub-vectors' cosines (a sub-vector empty
 * on either side, such as figures in an article that states none, leaves the mean), times the time factor.
 */
export function similarity(a: Features, b: Features, aDays?: DaySpan, bDays?: DaySpan): number {
  let total = 0;
  let weight = 0;
  for (const key of PARTS) {
    if (!a[key].size || !b[key].size) continue;
    total += WEIGHTS[key] * cosine(a[key], b[key]);
    weight += WEIGHTS[key];
  }
  return weight ? (total / weight) * timeFactor(aDays, bDays) : 0;
}

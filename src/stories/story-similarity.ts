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

/** What `weigh` reads of document frequencies: each feature's count (absent: 0) and the article count. */
export interface IdfView {
  lead: Pick<Map<string, number>, "get">;
  names: Pick<Map<string, number>, "get">;
  terms: Pick<Map<string, number>, "get">;
  figures: Pick<Map<string, number>, "get">;
  count: number;
}

/** Document frequencies of each sub-vector's features over the articles being grouped. */
export interface Idf extends IdfView {
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
export const PARTS = ["lead", "names", "terms", "figures"] as const;
export type Part = (typeof PARTS)[number];
/** Coverage of one deal comes in bursts; past this many days apart, similarity starts to fade… */
const SAME_NEWS_DAYS = 7;
/**
 * …by a factor e every this many days more (a quarter: a deal's own coverage runs on for months as bids
 * are raised, regulators rule and the deal closes, its figures changing as it goes)…
 */
const FADE_DAYS = 90;
/**
 * …but never below this share: a deal's closing, months after its announcement, still belongs to it, while
 * two deals between the same companies months apart (same names, other figures) fall below the threshold.
 */
const TIME_FLOOR = 0.4;

/**
 * Articles assumed to exist beside the corpus that use none of its features (add-k smoothing of the
 * document frequency): without them, a corpus holding a single story makes that story's own parties,
 * named by every article, weigh as little as stop words, and its articles fall apart.
 */
const BACKGROUND = 20;

const featuresOf = (p: ArticleProfile, part: Part): Iterable<string> =>
  part === "lead" ? p.lead : p[part].keys();

/**
 * Adds (`by` 1) or takes away (`by` −1) one article's features from document frequencies kept up to date
 * as articles come and go: O(features of that article), never a pass over the corpus. `signed` keeps
 * counts below zero, for a record of changes (see `idfBefore`).
 */
export function countFeatures(idf: Idf, profile: ArticleProfile, by: 1 | -1, signed = false): void {
  for (const part of PARTS) {
    const df = idf[part];
    for (const k of featuresOf(profile, part)) {
      const n = (df.get(k) ?? 0) + by;
      if (n > 0 || (signed && n !== 0)) df.set(k, n);
      else df.delete(k);
    }
  }
  idf.count += by;
}

/**
 * The document frequencies `idf` held before `changes` (counted with `countFeatures(…, signed)`) were made
 * to it: a view, O(1) to make, so what was weighed from the earlier frequencies can be weighed later.
 */
export function idfBefore(idf: Idf, changes: Idf): IdfView {
  const before = (part: Part) => ({
    get: (key: string) => (idf[part].get(key) ?? 0) - (changes[part].get(key) ?? 0),
  });
  return {
    lead: before("lead"),
    names: before("names"),
    terms: before("terms"),
    figures: before("figures"),
    count: idf.count - changes.count,
  };
}

/** Document frequencies of every feature, for `weigh`. */
export function idfOf(profiles: readonly ArticleProfile[]): Idf {
  const idf: Idf = { lead: new Map(), names: new Map(), terms: new Map(), figures: new Map(), count: 0 };
  for (const p of profiles) countFeatures(idf, p, 1);
  return idf;
}

/** Inverse document frequency, smoothed (see `BACKGROUND`). */
function inverse(idf: IdfView, part: Part, key: string): number {
  return Math.log((idf.count + BACKGROUND + 1) / ((idf[part].get(key) ?? 0) + 1)) + 1;
}

function normalise(v: Vector): Vector {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

/** An article's unit-length TF-IDF sub-vectors (sublinear term frequency, 1 + log tf). */
export function weigh(profile: ArticleProfile, idf: IdfView): Features {
  const one = (part: Part, counts: Map<string, number>, raw = false) => {
    const v: Vector = new Map();
    for (const [k, tf] of counts) v.set(k, (raw ? tf : 1 + Math.log(tf)) * inverse(idf, part, k));
    return normalise(v);
  };
  return {
    lead: one("lead", new Map([...profile.lead].map((k) => [k, 1]))),
    // Names keep raw counts: a party named throughout outweighs a company named once in passing.
    names: one("names", profile.names, true),
    terms: one("terms", profile.terms),
    figures: one("figures", profile.figures),
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

/**
 * A group of articles as the running sum of their unit vectors, with each sum's squared length: the
 * cosine of two sums is the cosine of the two groups' centroids, and merging two groups costs the
 * smaller one's features, not a new centroid over every member.
 */
export interface GroupVector {
  sums: Features;
  squares: Record<Part, number>;
  days?: DaySpan;
}

/** A group of one article published on `day` (days since 1970), where known. */
export function groupOf(features: Features, day?: number): GroupVector {
  const squares = { lead: 0, names: 0, terms: 0, figures: 0 };
  const sums = {} as Features;
  for (const part of PARTS) {
    sums[part] = new Map(features[part]);
    for (const w of features[part].values()) squares[part] += w * w;
  }
  return { sums, squares, ...(day === undefined ? {} : { days: { first: day, last: day } }) };
}

/** Adds `from` into `into` (mutated): |a + b|² = |a|² + |b|² + 2 a·b, so only `from`'s features are read. */
export function mergeGroup(into: GroupVector, from: GroupVector): void {
  for (const part of PARTS) {
    const sum = into.sums[part];
    let dot = 0;
    for (const [k, w] of from.sums[part]) {
      const old = sum.get(k) ?? 0;
      dot += old * w;
      sum.set(k, old + w);
    }
    into.squares[part] += from.squares[part] + 2 * dot;
  }
  if (from.days) {
    into.days = into.days
      ? { first: Math.min(into.days.first, from.days.first), last: Math.max(into.days.last, from.days.last) }
      : { ...from.days };
  }
}

/** `similarity` of two groups' centroids, from their sums. */
export function groupSimilarity(a: GroupVector, b: GroupVector): number {
  const cosines: Partial<Record<Part, number>> = {};
  for (const key of PARTS) {
    const norms = a.squares[key] * b.squares[key];
    if (!a.sums[key].size || !b.sums[key].size || norms <= 0) continue;
    cosines[key] = cosine(a.sums[key], b.sums[key]) / Math.sqrt(norms);
  }
  return combine(cosines) * timeFactor(a.days, b.days, cosines.figures);
}

/**
 * The weighted mean of the sub-vectors' cosines, those empty on either side left out. A shared figure
 * counts only as far as the names agree: "$1 billion" is stated by thousands of unrelated deals, and a
 * sub-vector of one or two amounts is unit length whatever their document frequency, so on its own a common
 * figure would weigh as much as a deal's own. Figures tell apart two deals of the same parties; they never
 * join two deals of different parties.
 */
function combine(cosines: Partial<Record<Part, number>>): number {
  let total = 0;
  let weight = 0;
  const named = Math.max(cosines.names ?? 0, cosines.lead ?? 0);
  const anyNames = cosines.names !== undefined || cosines.lead !== undefined;
  for (const key of PARTS) {
    let c = cosines[key];
    if (c === undefined) continue;
    if (key === "figures" && anyNames) c = Math.min(c, named);
    total += WEIGHTS[key] * c;
    weight += WEIGHTS[key];
  }
  return weight ? total / weight : 0;
}

/** The span of days a group's articles were published over, where known. */
export interface DaySpan {
  first: number;
  last: number;
}

/**
 * 1 within `SAME_NEWS_DAYS`, fading beyond to `TIME_FLOOR`; 1 when either side's dates are unknown. Time
 * tells two deals of the same parties apart only as far as their figures do not: coverage months later
 * restating the deal's amounts (a vote, a closing) is the same deal, so the fade is lifted by the
 * figures' cosine (`figures`, 0 when either side states none).
 */
function timeFactor(a: DaySpan | undefined, b: DaySpan | undefined, figures = 0): number {
  if (!a || !b) return 1;
  const gap = Math.max(0, a.first - b.last, b.first - a.last);
  const faded =
    gap <= SAME_NEWS_DAYS ? 1 : Math.max(TIME_FLOOR, Math.exp(-(gap - SAME_NEWS_DAYS) / FADE_DAYS));
  return faded + (1 - faded) * Math.max(0, Math.min(1, figures));
}

/**
 * Similarity of two centroids in [0, 1]: the weighted mean of the sub-vectors' cosines (a sub-vector empty
 * on either side, such as figures in an article that states none, leaves the mean), times the time factor.
 */
export function similarity(a: Features, b: Features, aDays?: DaySpan, bDays?: DaySpan): number {
  const cosines: Partial<Record<Part, number>> = {};
  for (const key of PARTS) if (a[key].size && b[key].size) cosines[key] = cosine(a[key], b[key]);
  return combine(cosines) * timeFactor(aDays, bDays, cosines.figures);
}

/**
 * Spots an article the corpus already has: the same canonical address, or text that is nearly the same
 * (syndicated copies, a page re-saved with a new footer). Duplicates are reported, never added twice.
 */
import type { Article } from "../types.js";

/** Word-shingle Jaccard similarity at or above this counts as the same article. */
export const NEAR_DUPLICATE_THRESHOLD = 0.9;

const SHINGLE_WORDS = 3;

export type Duplicate =
  | { articleId: string; reason: "same-url" }
  | { articleId: string; reason: "near-identical-text"; similarity: number };

/** The first article in `articles` that `candidate` duplicates, if any. */
export function findDuplicate(
  candidate: { url?: string; text: string },
  articles: readonly Article[],
): Duplicate | undefined {
  const url = candidate.url ? normalizeUrl(candidate.url) : undefined;
  if (url) {
    const same = articles.find((a) => a.meta.url && normalizeUrl(a.meta.url) === url);
    if (same) return { articleId: same.meta.id, reason: "same-url" };
  }
  const shingles = shinglesOf(candidate.text);
  for (const article of articles) {
    const similarity = jaccard(shingles, shinglesOf(article.text));
    if (similarity >= NEAR_DUPLICATE_THRESHOLD) {
      return { articleId: article.meta.id, reason: "near-identical-text", similarity };
    }
  }
  return undefined;
}

/** An address with the parts that do not change the page removed: fragment, tracking, trailing slash. */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.trim();
  }
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_)/i.test(key)) url.searchParams.delete(key);
  }
  url.hostname = url.hostname.replace(/^www\./, "");
  const path = url.pathname.replace(/\/+$/, "") || "/";
  return `${url.hostname}${path}${url.search}`;
}

/** Overlapping runs of words, lower-cased with punctuation dropped, so typesetting does not matter. */
export function shinglesOf(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}$%.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ""))
    .filter(Boolean);
  const shingles = new Set<string>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) shingles.add(words.join(" "));
    return shingles;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    shingles.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  return shingles;
}

/** |A ∩ B| / |A ∪ B|; two empty sets are not similar (nothing to compare). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

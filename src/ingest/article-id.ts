/**
 * Ids for added articles: a readable slug from the address plus a short hash of the canonical URL, so the
 * same page always gets the same id and two pages with the same slug do not collide.
 */
import { createHash } from "node:crypto";
import { normalizeUrl } from "./find-duplicate.js";

const MAX_SLUG = 60;

/** The article id for a canonical URL, matching ArticleMetaSchema.id. */
export function articleIdForUrl(url: string): string {
  const hash = createHash("sha256").update(normalizeUrl(url)).digest("hex").slice(0, 8);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const segments = (parsed?.pathname ?? "").split("/").filter(Boolean);
  // The last segment that reads like words; news URLs often end in a numeric or hex id.
  const wordy = [...segments].reverse().find((s) => /[a-z]{3,}.*[-_][a-z]/i.test(s));
  const slug = slugify(wordy ?? parsed?.hostname ?? "article");
  return `${slug || "article"}-${hash}`;
}

/** Lower-case letters and digits joined by single dashes, cut at a word boundary. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\.[a-z0-9]{2,5}$/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf("-") > 20 ? cut.lastIndexOf("-") : MAX_SLUG).replace(/-+$/, "");
}

/**
 * How an article is named to people: the source reference every quote and listing carries.
 */

import { articleUrl } from "../links.js";
import type { Article, SourceListing, SourceRef } from "../types.js";

/** Opening words longer than this are cut at a word for an untitled article's label. */
const LABEL_CHARS = 48;

/** "Untitled: “A groundbreaking agreement between Northwind…”" — what a person can recognise it by. */
function untitledLabel(article: Article): string | undefined {
  const first = article.passages[0]?.text.replace(/\s+/g, " ").trim();
  if (!first) return undefined;
  const cut = first.length > LABEL_CHARS ? `${first.slice(0, first.lastIndexOf(" ", LABEL_CHARS))}…` : first;
  return `Untitled: “${cut}”`;
}

/** The article's id, title, publisher, date, address and AI flag. */
export function sourceRefOf(article: Article): SourceRef {
  return {
    articleId: article.meta.id,
    title: article.meta.title,
    publisher: article.meta.publisher,
    published: article.meta.published,
    articleUrl: article.meta.url,
    aiGenerated: article.aiGenerated,
    label: article.meta.title ? undefined : untitledLabel(article),
  };
}

/** The article as `/deal sources` lists it: with where to read it and how many passages it has. */
export function listingOf(article: Article, publicBaseUrl: string | undefined): SourceListing {
  return {
    ...sourceRefOf(article),
    url: articleUrl(article.meta, publicBaseUrl),
    passages: article.passages.length,
  };
}

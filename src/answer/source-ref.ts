/**
 * How an article is named to people: the source reference every quote and listing carries.
 */
import type { SourceListing } from "../commands/reply.js";
import { articleUrl } from "../links.js";
import type { Article, SourceRef } from "../types.js";

/** The article's id, title, publisher, date, address and AI flag. */
export function sourceRefOf(article: Article): SourceRef {
  return {
    articleId: article.meta.id,
    title: article.meta.title,
    publisher: article.meta.publisher,
    published: article.meta.published,
    articleUrl: article.meta.url,
    aiGenerated: article.aiGenerated,
  };
}

/** The article as `/deal sources` lists it: with where to read it and how many passages it has. */
export function listingOf(article: Article, publicBaseUrl: string): SourceListing {
  return {
    ...sourceRefOf(article),
    url: articleUrl(article.meta, publicBaseUrl),
    passages: article.passages.length,
  };
}

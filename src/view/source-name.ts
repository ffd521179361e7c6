/**
 * How a source is named to people, decided once for every platform and the web pages: an article is
 * called by its title, else by its opening words ("Untitled: “A groundbreaking agreement…”"), else by its
 * publisher, else by its id; a quote is credited to its publisher, else to that same name.
 */
import type { SourceRef } from "../types.js";

/** The fields naming needs; a `SourceRef`, a `Quote` and a `SourceListing` all have them. */
export type Nameable = Pick<SourceRef, "articleId" | "title" | "label" | "publisher">;

/** What an article is called in a list or a heading: title, "Untitled: “…”", publisher, "article <id>". */
export function sourceTitle(ref: Nameable): string {
  return ref.title ?? ref.label ?? ref.publisher ?? `article ${ref.articleId}`;
}

/** Who a quote is credited to: the publisher, else the article's name (`sourceTitle`). */
export function sourceCredit(ref: Nameable): string {
  return ref.publisher ?? sourceTitle(ref);
}

/** The calendar day of an ISO date or date-time ("2025-11-04"), for showing beside a name. */
export function publishedDay(published: string | undefined): string | undefined {
  return published?.slice(0, 10);
}

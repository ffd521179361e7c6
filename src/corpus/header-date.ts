/**
 * The day an article without front matter was published, read from the lines above its first sentence,
 * where pages and pasted copies put it: "date 2025-09-09", "2025/09/09 18:16", "Published 12 Jan 2026,
 * 09:14 GMT", "Writing Team : May 27, 2025 1:29:34 PM". A date in a headline ("Deal to close by March 3,
 * 2026") is no publication date: the date must be the whole line but for one leading word or a label
 * ending in ":" or "|" (a byline).
 */
import * as chrono from "chrono-node";
import { normalizeDate } from "../ingest/extract-article.js";
import type { Passage } from "../types.js";

/** How many lines above the first sentence are read: a headline, a byline, a date, a time stamp. */
const HEADER_LINES = 6;

/** What may stand before the date: nothing, one word ("date", "Published"), or a label ending in ":" / "|". */
const LEAD_IN = /^(?:\s*|\s*[\p{L}]+\s+|[^\d:|]{1,40}[:|]\s*)$/u;

/**
 * The first header line that is a date stated to the day with its year, as YYYY-MM-DD; undefined when
 * there is none. `passages` are an article's, in order (headings are the lines that are no sentence).
 */
export function headerDate(passages: readonly Pick<Passage, "kind" | "text">[]): string | undefined {
  for (const p of passages.slice(0, HEADER_LINES)) {
    if (p.kind !== "heading") return undefined;
    const day = dateLine(p.text);
    if (day) return day;
  }
  return undefined;
}

function dateLine(line: string): string | undefined {
  const found = chrono.strict.parse(line)[0];
  if (!found || !LEAD_IN.test(line.slice(0, found.index))) return undefined;
  // Nothing but a time zone after it: "… 09:14 GMT" is a time stamp, "March 3, 2026 deadline" a headline.
  if (
    !/^\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?\s*$/.test(line.slice(found.index + found.text.length))
  ) {
    return undefined;
  }
  return normalizeDate(found.text);
}

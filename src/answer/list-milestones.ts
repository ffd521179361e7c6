/**
 * A story's timeline: the calendar dates its articles give ("March 14, 2026", "the second half of 2026",
 * "the 2027-28 season"), each with the sentence that first states it, the dates most sources give kept and
 * put in time order. This is what "what is the timeline?" asks — several dates, not the one a question's
 * few words rank first. Reads the dates found at indexing (`extract-dates.ts`).
 */
import { type DateValue, dateRange } from "./extract-dates.js";
import type { IndexedPassage } from "./indexed-passage.js";

export interface Milestone {
  date: DateValue;
  /** The first passage, in reading order, stating the date. */
  ip: IndexedPassage;
  /** Articles stating the date. */
  articleIds: ReadonlySet<string>;
}

/**
 * The calendar dates of `passages` (in reading order), one per date key: the `max` that most articles
 * state (the earlier-read first among equals; only dates two or more state, when at least two are),
 * ordered by when they fall. Times read against an article's
 * own date ("on Tuesday") and milestones without a date ("once approved") are left out: they cannot be
 * placed on one line of time; so are years before the first article's (background).
 */
export function listMilestones(passages: Iterable<IndexedPassage>, max = 6): Milestone[] {
  const all = [...passages];
  // The deal's timeline runs from its news on: a year before the first article's ("founded in 1968",
  // "valued at $8.7 billion in 2024") is background.
  const years = all.flatMap((ip) => Number(ip.article.meta.published?.slice(0, 4)) || []);
  // Articles without a date of their own are as old as the latest day they write out in full ("signed on
  // May 27, 2025"); with neither, every year stays in.
  const dayYears = all.flatMap((ip) =>
    ip.values.date.flatMap((d) => Number(/^date:((?:19|20)\d{2})-\d{1,2}-\d{1,2}$/.exec(d.key)?.[1]) || []),
  );
  const firstYear = years.length ? Math.min(...years) : dayYears.length ? Math.max(...dayYears) : -Infinity;
  const byKey = new Map<
    string,
    { date: DateValue; ip: IndexedPassage; articleIds: Set<string>; order: number }
  >();
  for (const ip of all) {
    for (const date of ip.values.date) {
      const range = date.kind === "calendar" ? dateRange(date) : undefined;
      if (!range || range[1] <= firstYear) continue;
      const kept = byKey.get(date.key);
      if (kept) kept.articleIds.add(ip.article.meta.id);
      else byKey.set(date.key, { date, ip, articleIds: new Set([ip.article.meta.id]), order: byKey.size });
    }
  }
  // Dates several sources give, when there are a few: a date one source gives in passing is no milestone.
  const shared = [...byKey.values()].filter((m) => m.articleIds.size >= 2);
  return (shared.length >= 2 ? shared : [...byKey.values()])
    .sort((a, b) => b.articleIds.size - a.articleIds.size || a.order - b.order)
    .slice(0, max)
    .sort(
      (a, b) =>
        dateRange(a.date)![0] - dateRange(b.date)![0] || dateRange(a.date)![1] - dateRange(b.date)![1],
    )
    .map(({ date, ip, articleIds }) => ({ date, ip, articleIds }));
}

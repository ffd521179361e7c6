/**
 * "Quanta said on Tuesday …": a day named relative to the article ("on Tuesday", "yesterday") is a
 * calendar day once the article's publication date is known. The short answer names both, "on Tuesday
 * (September 9, 2025)"; an article without a date keeps the words as written.
 */
import * as chrono from "chrono-node";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const RELATIVE_DAY =
  /^(?:on\s+)?(?:(today)|(yesterday)|(tomorrow)|(sunday|monday|tuesday|wednesday|thursday|friday|saturday))$/i;

/**
 * The calendar day a relative day names in an article published on `published` (an ISO date or
 * date-time), as "September 9, 2025" (UTC), or undefined when the time is no relative day or the date is
 * missing or invalid. A weekday is the last such day on or before publication for a `past` event ("said
 * on Tuesday"), the next on or after it for a `future` one ("will vote on Tuesday").
 */
export function dayOf(
  time: string,
  published: string | undefined,
  direction: "past" | "future",
): string | undefined {
  const m = RELATIVE_DAY.exec(time.trim());
  if (!m || !published) return undefined;
  const base = new Date(published.length === 10 ? `${published}T12:00:00Z` : published);
  if (Number.isNaN(base.getTime())) return undefined;
  let shift = 0;
  if (m[2]) shift = -1;
  else if (m[3]) shift = 1;
  else if (m[4]) {
    const wanted = WEEKDAYS.indexOf(m[4].toLowerCase());
    const today = base.getUTCDay();
    shift = direction === "past" ? -((today - wanted + 7) % 7) : (wanted - today + 7) % 7;
  }
  const day = new Date(base.getTime() + shift * 86_400_000);
  return day.toLocaleDateString("en-US", { timeZone: "UTC", month: "long", day: "numeric", year: "numeric" });
}

const RELATIVE_YEAR = /\b(last|this|next)\s+year$/i;

/**
 * The calendar year a year named relative to the article names ("the second half of next year" in an
 * article published on 2026-11-03 → 2027), or undefined when the time names none or the date is missing
 * or invalid.
 */
export function yearOf(time: string, published: string | undefined): number | undefined {
  const m = RELATIVE_YEAR.exec(time.trim());
  const year = published ? Number(published.slice(0, 4)) : Number.NaN;
  if (!m || !Number.isInteger(year) || year < 1900) return undefined;
  return year + { last: -1, this: 0, next: 1 }[m[1]!.toLowerCase() as "last" | "this" | "next"];
}

/**
 * Whether a time question asks about the future ("when will …", "when is it going to …") or a planned
 * event ("when is the merger supposed to close?", "when do they expect to close?").
 */
export function asksFuture(question: string): boolean {
  return /\b(?:will|shall|going to|supposed to|due to|set to|(?:expect|plan|intend|schedul|slated|target|anticipat)\w*)\b/i.test(
    question,
  );
}

/** A time the article's own date places before it: "yesterday", "last year", "two weeks ago", "earlier this month". */
const PAST_TIME = /\b(?:yesterday|last|ago|earlier|previously)\b/i;
/** A weekday's clause saying what is still to come: "will vote on Tuesday", "is due to report on Friday". */
const FUTURE_CLAUSE =
  /\b(?:will|would|shall|next|is to|are to|due|set to|scheduled|slated|expected|expects?|plans?|planned|intends?|aims?|targets?|targeted|tomorrow|coming)\b|['’]ll\b/i;
/** How many days back a day and month without a year still reads as just past in a news report. */
const RECENT_DAYS = 60;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;

/**
 * Whether a time stands before its article's publication: a calendar stretch ending before the day
 * `published` (ISO), or a time read against the article's date that looks back ("last year", "two weeks
 * ago") — a weekday too, unless the clause before it (`clause`, the words from the last clause break up to
 * the time) says it is still to come: news reports the days just past ("shares closed at $40 on Monday");
 * so is a day and month in the two months before the article's date ("filed on February 9" in an article
 * of March 3; not "on January 15" in one of December 20, nor "on December 9" in one of March 3).
 * `range` is the time's stretch in years (see `dateRange` in `extract-dates.ts`), when it is a calendar one.
 */
export function beforePublication(
  time: { text: string; kind: "calendar" | "undated" | "event" },
  range: readonly [number, number] | undefined,
  clause: string,
  published: string | undefined,
): boolean {
  if (time.kind === "event") return false;
  const date = published
    ? new Date(published.length === 10 ? `${published}T12:00:00Z` : published)
    : undefined;
  if (time.kind === "undated") {
    if (PAST_TIME.test(time.text)) return true;
    if (FUTURE_CLAUSE.test(clause) || /\bnext\b/i.test(time.text)) return false;
    if (WEEKDAY.test(time.text)) return true;
    // "filed on February 9" in an article of March 3: a day just gone.
    const day = date && !Number.isNaN(date.getTime()) ? chrono.strict.parse(time.text, date)[0] : undefined;
    if (!day?.start.isCertain("day") || !day.start.isCertain("month") || day.start.isCertain("year"))
      return false;
    // The last such day on or before the article's: past only if news would still report it as just done
    // ("on January 15" in a December article is next month's, "on December 9" in a March one this year's).
    const published = Date.UTC(date!.getUTCFullYear(), date!.getUTCMonth(), date!.getUTCDate());
    const inYear = (year: number) => Date.UTC(year, day.start.get("month")! - 1, day.start.get("day")!);
    const last =
      inYear(date!.getUTCFullYear()) <= published
        ? inYear(date!.getUTCFullYear())
        : inYear(date!.getUTCFullYear() - 1);
    const ago = (published - last) / 86_400_000;
    return ago > 0 && ago <= RECENT_DAYS;
  }
  if (!range || !date || Number.isNaN(date.getTime())) return false;
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  const yearLength = Date.UTC(date.getUTCFullYear() + 1, 0, 1) - start;
  const now = date.getUTCFullYear() + (date.getTime() - start) / yearLength;
  return range[1] <= now - 1 / 365;
}

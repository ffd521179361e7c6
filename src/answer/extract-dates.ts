/**
 * When things happen, as deal news writes it: calendar dates to the day (chrono-node), years with their
 * part ("by the end of 2026", "early in its fiscal year 2027"), dates without a year ("on Tuesday", "in
 * June", "at the start of the summer", "last week"), named events ("at the Paris Air Show") and milestones
 * ("once the plant is finished", "if the deal falls through"). Run once per passage when it is indexed.
 */
import * as chrono from "chrono-node";
import { termsOf } from "../search/terms.js";

/** A time or milestone in a passage (the shape of `Value` in extract-values.ts, plus what happens then). */
export interface DateValue {
  /** The span as it stands in the passage. */
  text: string;
  /** Comparable form: "date:end 2026", "date:tuesday", "date:event:the deal falls through". */
  key: string;
  /** Character offset in the passage. */
  at: number;
  /** What happens at that time: a start ("begin deployment by") or completion ("fully operational by"). */
  aspect: "start" | "complete" | "other";
  /**
   * `calendar`: a year or a day in it, comparable across sources; `undated`: a time read against the
   * article's own date ("on Tuesday", "last week"); `event`: a milestone ("after regulatory approval").
   */
  kind: "calendar" | "undated" | "event";
}

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
/** Month names capitalised, so the modal "may" is never a month. */
const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
const DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/**
 * "today" beside a verb in the past tense: "today announced", "said today", "announced earlier today" (not
 * "need today", nor "today's").
 */
const REPORTED_TODAY =
  /(?<=\b(?:\p{L}+[^e\s]ed|said)\s+(?:earlier\s+)?)today\b(?!['’]s)|\btoday(?=\s+\p{Ll}+[^e\s]ed\b)/giu;
/** Months as news agencies shorten them before a day ("Dec. 10", "Oct 5", "13 Jan"). */
const MONTH_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
/** A month written out or shortened, before or after its day. */
const MONTH_WITH_DAY = `${MONTH_NAMES}|(?:${MONTH_SHORT})\\.?`;
/** "dec." → "december": a shortened month is keyed as the month written out. */
function monthKey(month: string): string {
  const m = month.toLowerCase().replace(/\.$/, "");
  return MONTHS.split("|").find((full) => full.startsWith(m.slice(0, 3))) ?? m;
}
const YEAR = "(?:19|20)\\d{2}";
/** Lower-case words that may open a sentence too ("On Tuesday"): "on|by" → "[Oo]n|[Bb]y". */
const opening = (words: string) =>
  words
    .split("|")
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|");

const YEAR_EXPR = new RegExp(
  `\\b(?:(by|before|until|through|in|from|since|after|during|beyond|into)\\s+)?(?:the\\s+)?` +
    `(?:(end|start|beginning|middle|close|first half|second half|rest|(?:first|second|third|fourth|final) quarter)\\s+of\\s+)?` +
    `(?:(early|mid|late)(?:[- ]|\\s+in\\s+(?:the\\s+)?))?(?:(${MONTHS}|q[1-4])\\s+)?` +
    // A company's fiscal year is its own calendar: "early in Northwind's fiscal year 2027", "FY2027".
    `(?:(?:[a-z][\\w&.-]*['’]s\\s+)?(fiscal|financial|calendar)\\s+(?:year\\s+)?|(fy)\\s?)?` +
    // A season or split year ("the 2027-28 season", "fiscal 2026/27") and a span of years ("2027–2032") are
    // one time: cut at the dash, "2027" alone would be the answer.
    `(${YEAR})(?:[-–/](\\d{2}|${YEAR}))?\\b(?:\\s+and beyond)?`,
  "gi",
);

/** A day of the week, a month with or without its day, a season or a week named against the article's date. */
const UNDATED: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    new RegExp(
      `\\b(?:(?:${opening("on|by|since|until|from|last|this|next|late on|early on")})\\s+)(${DAY_NAMES})\\b`,
      "g",
    ),
    (m) => m[1]!.toLowerCase(),
  ],
  [
    new RegExp(
      `\\b(?:(?:${opening("on|by|since|until|from|through|before|after")})\\s+)?(${MONTH_WITH_DAY})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+${YEAR}|\\d)`,
      "g",
    ),
    (m) => `${monthKey(m[1]!)} ${m[2]}`,
  ],
  [
    new RegExp(
      `\\b(?:(?:${opening("on|by|since|until|from|through|before|after")})\\s+)?(\\d{1,2})\\s+(${MONTH_WITH_DAY})(?![\\p{L}])(?!,?\\s+${YEAR})`,
      "gu",
    ),
    (m) => `${monthKey(m[2]!)} ${m[1]}`,
  ],
  [
    new RegExp(
      `\\b(?:${opening("in|by|since|until|from|through|during|before|after")})\\s+(?:(early|mid|late)[- ])?(${MONTH_NAMES})\\b(?!\\s+\\d)`,
      "g",
    ),
    (m) => [m[1], m[2]].filter(Boolean).join(" ").toLowerCase(),
  ],
  [
    /\b(?:(?:in|by|during|at|over|since|until|through|before|after)\s+)?(?:the\s+)?(?:(start|beginning|end|middle|rest) of\s+)?(?:(early|late)\s+)?(this|last|next|the)\s+(spring|summer|autumn|winter)\b/gi,
    (m) => [m[1], m[2], m[3] === "the" ? "" : m[3], m[4]].filter(Boolean).join(" ").toLowerCase(),
  ],
  [
    // The part of a year named against the article's date: "in the second half of next year", "early next year".
    /\b(?:(?:the\s+)?(end|start|beginning|middle|close|first half|second half|(?:first|second|third|fourth|final) quarter)\s+of\s+|(early|mid|late)[- ])?(last|next|this|earlier this|later this)\s+(week|month|quarter|year)\b|\b(a|one|two|three|several)\s+(weeks?|months?|years?)\s+(ago|earlier|later|before)\b/gi,
    (m) =>
      m[3]
        ? [m[1] ?? m[2], m[3], m[4]]
            .filter(Boolean)
            .map((w) => partKey(w!.toLowerCase()))
            .join(" ")
        : m[0].toLowerCase(),
  ],
];

/**
 * A named event the time is given by: "at London Book Week", "during the Paris Air Show". The nouns are
 * those English names events with.
 */
const NAMED_EVENT =
  /\b(?:[Aa]t|[Dd]uring|[Aa]head of|[Aa]fter|[Bb]efore)\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{N}_&'’-]*\s+){1,4}(?:Week|Summit|Conference|Forum|Expo|Congress|Festival|Fair|Show|Games|Meeting|Assembly|Convention|Symposium))\b/gu;

/**
 * A milestone: "once the plant is finished", "after regulatory approval", "if the deal falls through".
 * The clause runs to the next punctuation or coordinating word, and starts in lower case: a clause that
 * opens with a name ("If Northwind or Quanta fail to keep pace…") is a condition about a party, not an event
 * of the deal's timeline, and cut at "or" it would leave just the name.
 */
const MILESTONE =
  /\b([Oo]nce|[Ii]f|[Uu]nless|[Uu]pon|[Aa]fter|[Aa]s soon as|[Ii]n the event(?: that)?|[Pp]ending)\s+((?!the (?:same|following)\b)[a-z][^,.;:!?()"“”]{3,80}?)(?=\s*[,.;:!?()"“”]|\s+(?:and|but|so|which|while|or)\s|$)/g;

const START_WORDS =
  /\b(begin|begins|start|starts|started|starting|commence|initial|first|launch|kick off)\b/i;
const COMPLETE_WORDS =
  /\b(fully|all|complete|completed|completion|finish|entire|whole|operational|online|full)\b/i;

/**
 * The aspect the word nearest the end of `clause` gives: in "first production wafers in 2029 and full
 * capacity by 2031" the year 2031 is when capacity is full, though the clause began with "first".
 */
function aspectOf(clause: string): DateValue["aspect"] {
  const last = (pattern: RegExp) =>
    Math.max(-1, ...[...clause.matchAll(new RegExp(pattern.source, "gi"))].map((m) => m.index));
  const [start, complete] = [last(START_WORDS), last(COMPLETE_WORDS)];
  if (start < 0 && complete < 0) return "other";
  return start > complete ? "start" : "complete";
}

/** "second quarter" → "q2": a quarter named in words is keyed as its short form is. */
const QUARTERS: Record<string, string> = {
  first: "q1",
  second: "q2",
  third: "q3",
  fourth: "q4",
  final: "q4",
};
function partKey(part: string): string {
  const quarter = /^(\w+) quarter$/.exec(part);
  return quarter ? (QUARTERS[quarter[1]!] ?? part) : part;
}

/** The clause before a value: from the last clause break (comma, semicolon, "with") up to the value. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const cut = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    before.toLowerCase().lastIndexOf(" with "),
  );
  return before.slice(cut + 1);
}

/** Times written side by side ("at Book Week at the start of the summer") read as one. */
function mergeAdjacent(text: string, dates: DateValue[]): DateValue[] {
  const out: DateValue[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind !== "event" &&
      d.kind !== "event" &&
      /^,?\s*$/.test(text.slice(prev.at + prev.text.length, d.at))
    ) {
      out[out.length - 1] = {
        ...prev,
        kind: prev.kind === "calendar" || d.kind === "calendar" ? "calendar" : "undated",
        text: text.slice(prev.at, d.at + d.text.length),
        key: `${prev.key} ${d.key.slice("date:".length)}`,
        aspect: prev.aspect === "other" ? d.aspect : prev.aspect,
      };
    } else out.push(d);
  }
  return out;
}

/** All times and milestones in a passage, in order. */
export function extractDates(text: string): DateValue[] {
  const out: DateValue[] = [];
  const overlaps = (at: number, length: number) =>
    out.some((d) => at < d.at + d.text.length && d.at < at + length);
  const add = (span: string, key: string, at: number, kind: DateValue["kind"]) => {
    if (overlaps(at, span.length)) return;
    const aspect = aspectOf(kind === "event" ? `${clauseBefore(text, at)} ${span}` : clauseBefore(text, at));
    out.push({ text: span, key, at, aspect, kind });
  };
  // Calendar dates written out to the day ("March 14, 2026", "4 Nov 2025") first: a year pattern would
  // otherwise take their year alone and lose the day.
  // Only a text holding four digits of a year can hold such a date: chrono's parse was a fifth of
  // indexing, over sentences most of which hold no year at all.
  for (const r of /(?:19|20)\d{2}/.test(text) ? chrono.parse(text) : []) {
    // Only dates written out in full: "now" or "today" would be read against the clock at indexing.
    if (!/\b(?:19|20)\d{2}\b/.test(r.text) || !r.start.isCertain("day")) continue;
    const d = r.start.date();
    add(r.text, `date:${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`, r.index, "calendar");
  }
  for (const m of text.matchAll(YEAR_EXPR)) {
    const [, , part, early, month, fiscal, fy, year, until] = m;
    const later = until ? Number(until.length === 2 ? year!.slice(0, 2) + until : until) : 0;
    // "2026-03" is a month, not a span: only a later year ends one ("2026-27", not "2026-25").
    const last = later > Number(year) ? later : undefined;
    const span = until && !last ? m[0].slice(0, m[0].lastIndexOf(year!) + 4) : m[0];
    // A bare year right after "$" is money typeset oddly.
    if (text[m.index - 1] === "$") continue;
    const where = [part, early, month, fiscal ?? fy]
      .filter(Boolean)
      .map((w) => partKey(w!.toLowerCase()))
      .join(" ");
    add(span, `date:${where ? `${where} ` : ""}${year}${last ? `-${last}` : ""}`, m.index, "calendar");
  }
  for (const [pattern, keyOf] of UNDATED) {
    for (const m of text.matchAll(pattern)) add(m[0], `date:${keyOf(m)}`, m.index!, "undated");
  }
  for (const m of text.matchAll(NAMED_EVENT)) add(m[0], `date:${m[1]!.toLowerCase()}`, m.index, "undated");
  // "(NYSE: VRN) today announced", "said today": the day of the act reported, the article's own date
  // (resolved against it when answering); "today" describing a state ("today employs 900") dates nothing.
  for (const m of text.matchAll(REPORTED_TODAY)) add(m[0], "date:today", m.index, "undated");
  for (const m of text.matchAll(/\b(immediately|right away|straight away)\b/gi)) {
    // "Immediately" is the article's now: comparable with any calendar date.
    add(m[0], "date:immediately", m.index, "calendar");
  }
  for (const m of text.matchAll(MILESTONE)) {
    add(m[0], `date:event:${m[2]!.toLowerCase()}`, m.index, "event");
  }
  return mergeAdjacent(
    text,
    out.sort((a, b) => a.at - b.at),
  );
}

/**
 * Whether two times can be of one milestone: the same named one, or one of them naming none ("planned for
 * 2029" beside "scheduled to start in 2029"); "begins in 2029" and "completed in 2029" cannot.
 */
export function milestonesAgree(a: DateValue, b: DateValue): boolean {
  return a.aspect === b.aspect || a.aspect === "other" || b.aspect === "other";
}

/**
 * Whether two extracted values are one dated fact: both dates (they carry a milestone aspect), the same time
 * (`key`), and milestones that agree ("planned for 2029" and "scheduled to start in 2029"; not "begins in
 * 2029" and "completed in 2029"). Values of any other kind are never one dated fact.
 */
export function sameDateValue(x: object | undefined, y: object | undefined): boolean {
  if (!x || !y || !("aspect" in x) || !("aspect" in y)) return false;
  const [a, b] = [x as DateValue, y as DateValue];
  return a.key === b.key && milestonesAgree(a, b);
}

/** Where in its year a part of the year lies, as fractions of the year. */
const PART_RANGE: Record<string, [number, number]> = {
  end: [2 / 3, 1],
  close: [2 / 3, 1],
  late: [2 / 3, 1],
  start: [0, 1 / 3],
  beginning: [0, 1 / 3],
  early: [0, 1 / 3],
  middle: [1 / 4, 3 / 4],
  mid: [1 / 4, 3 / 4],
  "first half": [0, 1 / 2],
  "second half": [1 / 2, 1],
  q1: [0, 1 / 4],
  q2: [1 / 4, 1 / 2],
  q3: [1 / 2, 3 / 4],
  q4: [3 / 4, 1],
};

/**
 * Whether a time names one day: a calendar day ("February 12, 2027"), a day of a month without its year
 * ("Feb. 12"), a weekday ("on Thursday") or a day told against the article's date ("yesterday"). Not a
 * year, month, quarter, period or milestone.
 */
export function namesDay(d: DateValue): boolean {
  if (d.kind === "event") return false;
  const body = d.key.slice("date:".length);
  return ONE_DAY.test(body);
}

/** The keys of times naming one day (`namesDay`). */
const ONE_DAY = new RegExp(
  `^(?:\\d{4}-\\d{1,2}-\\d{1,2}|(?:${MONTHS}) \\d{1,2}|${DAY_NAMES.toLowerCase()}|today|yesterday|tomorrow)$`,
);

/**
 * The stretch of time a calendar date covers, in years ("late 2026" → [2026.67, 2027]); a fiscal year
 * may lie a year either side of the calendar year. Undefined for undated times and milestones.
 */
export function dateRange(d: DateValue): [number, number] | undefined {
  if (d.kind !== "calendar") return undefined;
  const body = d.key.slice("date:".length);
  const day = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(body);
  if (day) {
    const t = Number(day[1]) + (Number(day[2]) - 1) / 12 + (Number(day[3]) - 1) / 365;
    return [t, t + 1 / 365];
  }
  const span = /((?:19|20)\d{2})-((?:19|20)\d{2})$/.exec(body);
  if (span) return [Number(span[1]), Number(span[2]) + 1];
  const year = /((?:19|20)\d{2})(?!.*(?:19|20)\d{2})/.exec(body);
  if (!year) return undefined;
  const y = Number(year[1]);
  if (/\b(?:fiscal|financial|fy)\b/.test(body)) return [y - 1, y + 1];
  const month = MONTHS.split("|").findIndex((m) => new RegExp(`\\b${m}\\b`).test(body));
  if (month >= 0) return [y + month / 12, y + (month + 1) / 12];
  let [lo, hi] = [0, 1];
  for (const [part, [a, b]] of Object.entries(PART_RANGE)) {
    if (new RegExp(`\\b${part}\\b`).test(body)) [lo, hi] = [Math.max(lo, a), Math.min(hi, b)];
  }
  return hi > lo ? [y + lo, y + hi] : [y, y + 1];
}

/**
 * Verbs of saying whose time is only when something was said: "Vossberg said on Monday that …", "told
 * reporters on Tuesday". (Announcing is the deal's own event and is not among them.)
 */
const SAYING =
  /\b(?:said|says|told|tells|added|adds|noted|notes|wrote|writes|commented|explained|stated)\b(?:\s+[\p{L}'’]+){0,4}\s+$/u;

/** What is said is still to come: "… that the merger would close soon", "… it will sell". */
const FUTURE = /\b(?:would|will|could|might|may|shall|plans?|expects?|intends?|aims?)\b/;

/**
 * What a remark dated by `d` says, when `d` is only the time of saying: the verb of saying stands right
 * before it in its clause ("said on Monday that the board had changed its mind" → "that the board had
 * changed its mind"). Undefined for any other time.
 */
export function remarkDatedBy(text: string, d: DateValue): string | undefined {
  if (d.kind === "event" || !SAYING.test(clauseBefore(text, d.at))) return undefined;
  return text.slice(d.at + d.text.length).split(/[.;!?](?:\s|$)/)[0] ?? "";
}

/**
 * Whether a time of saying dates the asked event: only when what is said reports that event done, in the
 * question's event words (`asked`: `eventTerms`, not the deal's noun or a name) — "said on Tuesday that it agreed to buy Ostlund" dates the
 * agreement, as news writes it; "said on Monday that the merger would close" (still to come) and "said on
 * Monday that the board had changed its mind" (another matter) do not.
 */
export function remarkDatesEvent(said: string, asked: readonly string[]): boolean {
  return !FUTURE.test(said) && termsOf(said).some((t) => asked.includes(t));
}

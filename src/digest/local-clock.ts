/**
 * Wall-clock time in a timezone, with Intl only. The schedule asks "is it past HH:MM local time today?",
 * never "is it exactly HH:MM?", so a spring-forward gap (02:30 does not exist) posts at the first minute
 * after it, and a fall-back repeat of 02:30 finds the day already in the ledger.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      // h23, not hour12:false: some ICU versions print midnight as "24" with the latter.
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A moment as read on a wall clock in some timezone. */
export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

/** The local calendar date and time of day of `instant` in `timeZone`. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/**
 * "8:30", "08:30", "8am", "8:00 pm", "8 p.m." → "HH:MM" (24-hour); undefined for anything that is not a
 * time. 12am is midnight and 12pm noon.
 */
export function normalizeTime(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  const twelve = /^(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?\s*m\.?$/.exec(t);
  if (twelve) {
    const hour = (Number(twelve[1]) % 12) + (twelve[3] === "p" ? 12 : 0);
    return `${String(hour).padStart(2, "0")}:${twelve[2] ?? "00"}`;
  }
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(t);
  return m ? `${m[1]!.padStart(2, "0")}:${m[2]}` : undefined;
}

/** Minutes since midnight of an HH:MM time. */
export function timeToMinutes(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The IANA name as Intl spells it ("europe/berlin" → "Europe/Berlin"); undefined when unknown. */
export function canonicalTimezone(text: string): string | undefined {
  const name = text.trim();
  if (!name || /^\d/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** What the schedule needs to decide whether a channel's digest is due. */
export interface Schedule {
  time: string;
  timezone: string;
  /** When the subscription began: a digest whose time had already passed that day waits for the next. */
  since: Date;
}

/** Today's local date for the schedule, and whether its digest time has come (and was not before `since`). */
export function dueToday(schedule: Schedule, now: Date): { date: string; due: boolean } {
  const today = localTime(now, schedule.timezone);
  const at = timeToMinutes(schedule.time);
  if (today.minutes < at) return { date: today.date, due: false };
  const start = localTime(schedule.since, schedule.timezone);
  const startedAfterTime = start.date > today.date || (start.date === today.date && start.minutes >= at);
  return { date: today.date, due: !startedAfterTime };
}

/**
 * Reads the words after `/deal digest on` in any order: a time (HH:MM), an IANA timezone, and `quiet` or
 * `verbose`. Order-free because people type "on Europe/Berlin" as often as "on 08:30 Europe/Berlin".
 */

import { codeSpan } from "../commands/notice-text.js";
import type { SubscribeOptions } from "./digest-service.js";
import { canonicalTimezone, normalizeTime } from "./local-clock.js";
import { abbreviationRefusal } from "./timezone-abbreviations.js";

/**
 * Times people name rather than write. Checked before timezone abbreviations: "noon" is no zone, and a
 * four-letter word would otherwise be refused as one.
 */
const NAMED_TIMES: Readonly<Record<string, string>> = { noon: "12:00", midday: "12:00", midnight: "00:00" };

export type ParseDigestArgsResult = { ok: true; options: SubscribeOptions } | { ok: false; error: string };

/** Classifies each word by its shape; the first word that fits nothing is the error. */
export function parseDigestArgs(words: readonly (string | undefined)[]): ParseDigestArgsResult {
  const options: SubscribeOptions = {};
  // "8:00 pm" and "8 a.m." are one time written as two words: join them before splitting.
  const text = words
    .filter((w): w is string => Boolean(w))
    .join(" ")
    .replace(/\b(\d{1,2}(?:[:.]\d{2})?)\s+([ap])\.?\s*m\b\.?/gi, "$1$2m");
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const lower = word.toLowerCase();
    if (lower === "quiet" || lower === "verbose") {
      options.verbose = lower === "verbose";
      continue;
    }
    if (/^\d/.test(word)) {
      const time = normalizeTime(word);
      if (!time) {
        return {
          ok: false,
          error: `${codeSpan(word)} is not a time; use HH:MM (e.g. 08:30) or 8am / 8:30pm.`,
        };
      }
      options.time = time;
      continue;
    }
    const named = NAMED_TIMES[lower];
    if (named) {
      options.time = named;
      continue;
    }
    const abbreviation = abbreviationRefusal(word);
    if (abbreviation) return { ok: false, error: abbreviation };
    const timezone = canonicalTimezone(word);
    if (!timezone) {
      return {
        ok: false,
        error: `${codeSpan(word)} is not a time (HH:MM), an IANA timezone (e.g. Europe/Berlin), \`quiet\` or \`verbose\`.`,
      };
    }
    options.timezone = timezone;
  }
  return { ok: true, options };
}

/**
 * The digest service: `/deal digest on|off|status|preview` over a `DigestStore`. Replies are plain `Reply` values; posting
 * is the scheduler's job, and preview never touches the ledger.
 */

import type { Engine } from "../answer/engine.js";
import { codeSpan, literal } from "../commands/notice-text.js";
import type { Reply } from "../commands/reply.js";
import type { DigestStore, LedgerEntry, Subscription } from "../store/digest-store.js";
import type { Envelope } from "../types.js";
import { channelDigest } from "./channel-digest.js";
import { canonicalTimezone, dueToday, localTime, normalizeTime, timeToMinutes } from "./local-clock.js";

export interface SubscribeOptions {
  /** HH:MM; when absent, the channel's current time or the configured default. */
  time?: string;
  /** IANA name; when absent, the current one, the envelope's, or the configured default. */
  timezone?: string;
  /** Post a one-line "no new coverage" on empty days (default: post nothing). */
  verbose?: boolean;
}

/** The digest as the command table sees it: `/deal digest on|off|status|preview` for one channel. */
export interface DigestService {
  /** Subscribes the envelope's channel; `time` is HH:MM, `timezone` an IANA name. */
  subscribe(envelope: Envelope, options: SubscribeOptions): Promise<Reply>;
  unsubscribe(envelope: Envelope): Promise<Reply>;
  status(envelope: Envelope): Promise<Reply>;
  /** The digest as it would be posted now; never counts as sent. */
  preview(envelope: Envelope): Promise<Reply>;
}

export interface DigestServiceDeps {
  store: DigestStore;
  engine: Engine;
  now: () => Date;
  publicBaseUrl: string | undefined;
  /** DIGEST_DEFAULT_TIME and DIGEST_DEFAULT_TIMEZONE. */
  defaults: { time: string; timezone: string };
}

const USAGE = "`/deal digest on [HH:MM] [timezone] [quiet|verbose]`";

function notice(tone: "info" | "success" | "warning", text: string): Reply {
  return { type: "notice", tone, text };
}

function describeSchedule(sub: Subscription): string {
  const empty = sub.verbose ? "a one-line notice on days without news" : "nothing on days without news";
  return `every day at ${sub.time} (${sub.timezone}); ${empty}`;
}

/** The digest service the command table calls. */
export function createDigestService(deps: DigestServiceDeps): DigestService {
  const { store } = deps;

  /** The envelope's timezone when the platform told a valid one, else the configured default. */
  const envelopeTimezone = (envelope: Envelope) =>
    (envelope.timezone && canonicalTimezone(envelope.timezone)) || deps.defaults.timezone;

  async function nextPost(sub: Subscription): Promise<string> {
    const now = deps.now();
    const today = dueToday({ time: sub.time, timezone: sub.timezone, since: sub.createdAt }, now);
    const entry = await store.entry(sub.channelKey, today.date);
    if (entry?.status === "sent" || entry?.status === "skipped") return `tomorrow at ${sub.time}`;
    if (today.due) return "within a minute";
    // Not due: either the time is still ahead today, or the channel subscribed after it.
    return localTime(now, sub.timezone).minutes < timeToMinutes(sub.time)
      ? `today at ${sub.time}`
      : `tomorrow at ${sub.time}`;
  }

  return {
    async subscribe(envelope, options: SubscribeOptions) {
      const time = options.time === undefined ? undefined : normalizeTime(options.time);
      if (options.time !== undefined && !time) {
        return notice("warning", `${codeSpan(options.time)} is not a time; use 24-hour HH:MM. ${USAGE}`);
      }
      const timezone = options.timezone === undefined ? undefined : canonicalTimezone(options.timezone);
      if (options.timezone !== undefined && !timezone) {
        return notice(
          "warning",
          `${codeSpan(options.timezone)} is not an IANA timezone (e.g. Europe/Berlin). ${USAGE}`,
        );
      }
      const existing = await store.getSubscription(envelope.channelKey);
      const now = deps.now();
      const sub: Subscription = {
        channelKey: envelope.channelKey,
        platform: envelope.platform,
        // Unsaid settings keep their current value, so `digest on verbose` changes only that.
        time: time ?? existing?.time ?? deps.defaults.time,
        timezone: timezone ?? existing?.timezone ?? envelopeTimezone(envelope),
        verbose: options.verbose ?? existing?.verbose ?? false,
        createdBy: existing?.createdBy ?? envelope.userId,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      // Saved without `paused`: turning it on is how a paused digest resumes.
      await store.saveSubscription(sub);
      const verb = existing?.paused ? "resumed" : existing ? "updated" : "on";
      return notice(
        "success",
        `Daily digest ${verb} for this channel: ${describeSchedule(sub)}. Next: ${await nextPost(sub)}.`,
      );
    },

    async unsubscribe(envelope) {
      const removed = await store.deleteSubscription(envelope.channelKey);
      return removed
        ? notice("success", "Daily digest off for this channel.")
        : notice("info", `This channel has no daily digest. Turn it on with ${USAGE}.`);
    },

    async status(envelope) {
      const sub = await store.getSubscription(envelope.channelKey);
      if (!sub) return notice("info", `This channel has no daily digest. Turn it on with ${USAGE}.`);
      const last = await store.lastDelivered(sub.channelKey);
      const today = await store.entry(sub.channelKey, localTime(deps.now(), sub.timezone).date);
      const lines = [`Daily digest ${describeSchedule(sub)}.`, `Last: ${describeLast(last)}.`];
      if (sub.paused) {
        lines.push(
          `Paused since ${sub.paused.at.toISOString().slice(0, 16).replace("T", " ")} UTC: ` +
            `${literal(sub.paused.reason)} Fix that, then turn it back on with \`/deal digest on\`.`,
        );
      } else if (today?.status === "failed") {
        lines.push(`Today's post failed (${literal(today.lastError ?? "unknown error")}); retrying.`);
      } else {
        lines.push(`Next: ${await nextPost(sub)}.`);
      }
      return notice("info", lines.join(" "));
    },

    async preview(envelope) {
      const sub = await store.getSubscription(envelope.channelKey);
      const timezone = sub?.timezone ?? envelopeTimezone(envelope);
      const now = deps.now();
      const { digest } = await channelDigest(
        deps,
        {
          channelKey: envelope.channelKey,
          timezone,
          date: localTime(now, timezone).date,
          subscribedAt: sub?.createdAt,
        },
        now,
      );
      return { type: "digest", digest };
    },
  };
}

function describeLast(last: LedgerEntry | undefined): string {
  if (!last) return "none yet";
  return last.status === "sent"
    ? `${last.localDate} (posted)`
    : `${last.localDate} (nothing new, not posted)`;
}

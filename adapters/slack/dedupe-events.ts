/**
 * Global middleware that drops a delivery already seen. Slack retries an event it thinks was not
 * acknowledged (`X-Slack-Retry-Num`), and Bolt hands every retry to the listeners again; without this a
 * slow network would produce a second answer. Slash commands and interactive payloads are never retried
 * by Slack, but their signed bytes can be replayed by anyone who saw them, and Bolt accepts a signature for
 * 5 minutes: they are keyed by their `trigger_id` (unique per invocation) or, lacking one, a hash of the body.
 */
import { createHash } from "node:crypto";
import type { AnyMiddlewareArgs, Middleware, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../src/logger.js";
import type { EventLedger } from "../../src/store/event-ledger.js";

/**
 * How long an id is remembered: Slack's retries arrive within minutes, and a replayed signature is
 * refused by Bolt after 5 minutes, so an hour covers both with room for clock skew.
 */
export const SEEN_EVENT_TTL_MS = 60 * 60 * 1000;

export interface SeenEvents {
  /** True when `id` was seen within the TTL; otherwise records it and returns false. */
  checkAndRecord(id: string): boolean | Promise<boolean>;
}

/** An event-id store that forgets ids after `ttlMs` and holds at most `max` of them. */
export function createSeenEvents(now: () => number, ttlMs = SEEN_EVENT_TTL_MS, max = 200_000): SeenEvents {
  const seen = new Map<string, number>();
  const prune = (t: number) => {
    for (const [id, at] of seen) {
      if (at > t - ttlMs && seen.size <= max) break;
      seen.delete(id);
    }
  };
  return {
    checkAndRecord(id) {
      const t = now();
      prune(t);
      if (seen.has(id)) return true;
      seen.set(id, t);
      return false;
    },
  };
}

/**
 * Ids recorded in the shared store, so a retry or replay that reaches another replica (or this one after
 * a restart) is dropped too. While the store is unreachable the process's own memory stands in: an answer
 * given twice is better than none.
 */
export function createSharedSeenEvents(
  ledger: EventLedger,
  now: () => number,
  logger: Logger,
  fallback: SeenEvents = createSeenEvents(now),
): SeenEvents {
  return {
    async checkAndRecord(id) {
      try {
        return !(await ledger.claim(`slack:${id}`, new Date(now()), SEEN_EVENT_TTL_MS));
      } catch (err) {
        logger.warn({ err, key: id.slice(0, 80) }, "event ledger unreachable; de-duplicating in memory");
        return fallback.checkAndRecord(id);
      }
    },
  };
}

/**
 * The key a delivery is remembered by: `event:<event_id>` for events, `trigger:<trigger_id>` for commands
 * and interactions, else `body:<sha256 of the parsed body>` (equal bytes parse to equal bodies).
 */
export function deliveryKey(body: Record<string, unknown>): string {
  if (typeof body.event_id === "string") return `event:${body.event_id}`;
  if (typeof body.trigger_id === "string" && body.trigger_id) return `trigger:${body.trigger_id}`;
  return `body:${createHash("sha256").update(JSON.stringify(body)).digest("hex")}`;
}

/** The middleware: drops an event retry or a replayed command or interaction after Bolt acknowledged it. */
export function dedupeEvents(seen: SeenEvents): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as Partial<SlackEventMiddlewareArgs["body"]> & Record<string, unknown>;
    const key = deliveryKey(body);
    if (await seen.checkAndRecord(key)) {
      if (key.startsWith("event:")) {
        args.logger.debug(`dropping ${key}: already handled (retry ${args.context.retryNum ?? 0})`);
      } else {
        args.logger.warn(`dropping a replay of ${key.slice(0, 80)}: already handled`);
      }
      // Commands and actions still need their ack, or Bolt answers 404 after 3 s.
      if ("ack" in args && typeof args.ack === "function") await args.ack();
      return;
    }
    await args.next();
  };
}

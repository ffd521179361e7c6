/**
 * Global middleware that drops an Events API delivery already seen. Slack retries an event it thinks was
 * not acknowledged (`X-Slack-Retry-Num`), and Bolt hands every retry to the listeners again; without this
 * a slow network would produce a second answer.
 */
import type { AnyMiddlewareArgs, Middleware, SlackEventMiddlewareArgs } from "@slack/bolt";

/** How long an event id is remembered: Slack's retries arrive within minutes. */
export const SEEN_EVENT_TTL_MS = 60 * 60 * 1000;

export interface SeenEvents {
  /** True when `id` was seen within the TTL; otherwise records it and returns false. */
  checkAndRecord(id: string): boolean;
}

/** An event-id store that forgets ids after `ttlMs` and holds at most `max` of them. */
export function createSeenEvents(now: () => number, ttlMs = SEEN_EVENT_TTL_MS, max = 10_000): SeenEvents {
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

/** The middleware: events carry `event_id` in the envelope; commands and actions are never retried. */
export function dedupeEvents(seen: SeenEvents): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as Partial<SlackEventMiddlewareArgs["body"]>;
    const eventId = typeof body.event_id === "string" ? body.event_id : undefined;
    if (eventId && seen.checkAndRecord(eventId)) {
      args.logger.debug(`dropping event ${eventId}: already handled (retry ${args.context.retryNum ?? 0})`);
      return;
    }
    await args.next();
  };
}

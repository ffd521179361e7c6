/**
 * Global middleware that drops a delivery already seen. Slack retries an event it thinks was not
 * acknowledged (`X-Slack-Retry-Num`), and Bolt hands every retry to the listeners again; without this a
 * slow network would produce a second answer. Slash commands and interactive payloads are never retried
 * by Slack, but their signed bytes can be replayed by anyone who saw them, and Bolt accepts a signature for
 * 5 minutes: they are keyed by their `trigger_id` (unique per invocation) or, lacking one, a hash of the body.
 */
import { createHash } from "node:crypto";
import type { AnyMiddlewareArgs, Middleware, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { SeenEvents } from "../../src/seen-deliveries.js";

export {
  createSeenEvents,
  createSharedSeenEvents,
  SEEN_EVENT_TTL_MS,
  type SeenEvents,
} from "../../src/seen-deliveries.js";

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
      // Commands and actions were acknowledged already (ack-at-once.ts), so the replay just stops here.
      return;
    }
    await args.next();
  };
}

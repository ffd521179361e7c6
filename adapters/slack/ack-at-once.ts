/**
 * Global middleware that acknowledges a command or interaction before anything else runs. Slack shows the
 * person an error when a `/deal` or a button click is not acknowledged within 3 seconds, and what runs
 * next — the claim in the shared event ledger, reading thread memory, the answer — can take longer under
 * load. Every listener replies later (`respond`, `chat.postMessage`), so none needs content in its ack,
 * and none calls `ack` itself (Bolt's HTTP receiver throws on a second ack). Events are acknowledged by
 * Bolt before any middleware runs.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

export const ackAtOnce: Middleware<AnyMiddlewareArgs> = async (args) => {
  if ("ack" in args && typeof args.ack === "function") await args.ack();
  await args.next();
};

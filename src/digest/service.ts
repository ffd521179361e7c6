/**
 * The digest as the command table sees it. Implemented by `create-digest-service.ts`.
 */
import type { Envelope } from "../commands/command.js";
import type { Reply } from "../commands/reply.js";

export interface SubscribeOptions {
  /** HH:MM; when absent, the channel's current time or the configured default. */
  time?: string;
  /** IANA name; when absent, the current one, the envelope's, or the configured default. */
  timezone?: string;
  /** Post a one-line "no new coverage" on empty days (default: post nothing). */
  verbose?: boolean;
}

export interface DigestService {
  /** Subscribes the envelope's channel; `time` is HH:MM, `timezone` an IANA name. */
  subscribe(envelope: Envelope, options: SubscribeOptions): Promise<Reply>;
  unsubscribe(envelope: Envelope): Promise<Reply>;
  status(envelope: Envelope): Promise<Reply>;
  /** The digest as it would be posted now; never counts as sent. */
  preview(envelope: Envelope): Promise<Reply>;
}

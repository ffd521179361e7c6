/**
 * The digest as the command table sees it. Implemented with issue #6.
 */
import type { Envelope } from "../commands/command.js";
import type { Reply } from "../commands/reply.js";

export interface DigestService {
  /** Subscribes the envelope's channel; `time` is HH:MM, `timezone` an IANA name. */
  subscribe(envelope: Envelope, options: { time?: string; timezone?: string }): Promise<Reply>;
  unsubscribe(envelope: Envelope): Promise<Reply>;
  status(envelope: Envelope): Promise<Reply>;
  /** The digest as it would be posted now; never counts as sent. */
  preview(envelope: Envelope): Promise<Reply>;
}

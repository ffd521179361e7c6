/**
 * How the digest reaches a channel: each adapter provides a poster for its platform.
 */
import type { Reply } from "../commands/reply.js";

export interface DigestPoster {
  platform: "slack" | "discord" | "shell";
  /** Posts `reply` (a digest or a one-line notice) to the channel; rejects when the platform refused it. */
  post(channelKey: string, reply: Reply): Promise<void>;
}

/**
 * How the digest reaches a channel: each adapter provides a poster for its platform.
 */
import type { Reply } from "../commands/reply.js";

/** What a platform said about a post it accepted. */
export interface PostResult {
  /** The platform's message id (Slack `ts`, Discord message id), kept in the ledger. */
  messageId?: string;
}

export interface DigestPoster {
  platform: "slack" | "discord" | "shell";
  /**
   * Posts `reply` (a digest or a one-line notice) to the channel; rejects when the platform refused it.
   * Resolving with a `PostResult` is optional; plain `void` still works.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: posters written as `Promise<void>` must keep fitting
  post(channelKey: string, reply: Reply): Promise<void | PostResult>;
}

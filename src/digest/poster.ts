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
   * Posts `reply` (a digest or a one-line notice) to the channel; rejects when the platform refused it —
   * with a `PostRefused` when retrying cannot help (see `isPostRefused`), else with the platform's error.
   * Resolving with a `PostResult` is optional; plain `void` still works.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: posters written as `Promise<void>` must keep fitting
  post(channelKey: string, reply: Reply): Promise<void | PostResult>;
  /**
   * Sends `reply` privately to `userId` (a direct message) on the platform of `channelKey`; rejects when
   * the platform refuses. Absent where the platform has no such thing (the terminal).
   */
  notify?(channelKey: string, userId: string, reply: Reply): Promise<void>;
}

/**
 * A post the platform refused for good: the bot is not in the channel, lacks a permission, the channel is
 * gone or archived. Retrying cannot help until a person acts, so the digest pauses instead of retrying.
 * `reason` is the platform's refusal in words fit for a channel, with what to do where known.
 */
export class PostRefused extends Error {
  readonly reason: string;
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`post refused for good: ${reason}`, options);
    this.name = "PostRefused";
    this.reason = reason;
  }
}

/** Whether a poster's rejection is a refusal for good (a `PostRefused`). */
export function isPostRefused(error: unknown): error is PostRefused {
  return error instanceof PostRefused;
}

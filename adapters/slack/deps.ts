/**
 * What every Slack listener gets: the core, a logger, and the adapter's in-memory stores.
 */
import type { Envelope } from "../../src/commands/command.js";
import type { Reply } from "../../src/commands/reply.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/logger.js";
import { rateLimitedText } from "../../src/rate-limit.js";
import type { AnswerCache } from "./answer-cache.js";
import type { ThreadMemory } from "./thread-memory.js";

export interface SlackDeps {
  core: Core;
  logger: Logger;
  threads: ThreadMemory;
  answers: AnswerCache;
  /** Waits between retries of a `response_url` post (Bolt's `respond` does not retry on its own). */
  respondRetryDelaysMs: readonly number[];
}

/** The neutral envelope for a Slack user in a channel (and, in a thread, its question and story). */
export function slackEnvelope(
  team: string,
  channel: string,
  user: string,
  previousQuestion?: string,
  storyId?: string,
): Envelope {
  return {
    platform: "slack",
    userId: user,
    channelKey: `slack:${team}:${channel}`,
    ...(previousQuestion ? { previousQuestion } : {}),
    ...(storyId ? { storyId } : {}),
  };
}

export type Asked = { ok: true; reply: Reply } | { ok: false; text: string };

/** Asks the core, within the user's rate limit (one budget per Slack user, shared by all entry points). */
export async function askCore(core: Core, text: string, envelope: Envelope): Promise<Asked> {
  const key = `${envelope.channelKey.split(":").slice(0, 2).join(":")}:${envelope.userId}`;
  if (!(await core.rateLimiter.take(key))) {
    return { ok: false, text: rateLimitedText(core.rateLimiter.retryAfterSeconds(key)) };
  }
  return { ok: true, reply: await core.handleText(text, envelope) };
}

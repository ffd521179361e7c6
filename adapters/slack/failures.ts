/**
 * What the adapter does when something fails: log it with context (never a token) and give the person a
 * short reply, because silence is never acceptable.
 */
import { redactTokens } from "../../src/logger.js";

/** Said when answering or posting failed for a reason that is not the person's fault. */
export const APOLOGY =
  "Sorry, something went wrong on my side while answering. Please try again in a moment.";

/** Said when Share cannot post because the bot is not a member of the channel. */
export const NOT_IN_CHANNEL =
  "I can't post in this channel yet. Invite me with `/invite @deal-bot`, then press Share again.";

/** The loggable facts of an error from Bolt or the Web API: code, HTTP status, Slack's error, retry hint. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redactTokens(String(error)) };
  const e = error as Error & {
    code?: string;
    statusCode?: number;
    data?: { error?: string; response_metadata?: { messages?: string[] } };
    retryAfter?: number;
  };
  return {
    name: e.name,
    message: redactTokens(e.message),
    ...(e.code ? { code: e.code } : {}),
    ...(e.statusCode ? { statusCode: e.statusCode } : {}),
    ...(e.data?.error ? { slackError: e.data.error } : {}),
    ...(e.data?.response_metadata?.messages ? { details: e.data.response_metadata.messages } : {}),
    ...(e.retryAfter !== undefined ? { retryAfter: e.retryAfter } : {}),
  };
}

/** Slack's error code of a failed Web API call (`not_in_channel`, `invalid_blocks`, …), if any. */
export function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: string } } | undefined)?.data?.error;
}

/** Runs `call` and retries it after each delay while it throws; for `respond()`, which has no retries. */
export async function withRetries<T>(call: () => Promise<T>, delaysMs: readonly number[]): Promise<T> {
  for (const delay of delaysMs) {
    try {
      return await call();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return call();
}

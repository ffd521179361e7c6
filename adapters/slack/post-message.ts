/**
 * `chat.postMessage` that never posts twice and never holds up other channels. The Web API client is
 * built with no retries of its own and `rejectRateLimitedCalls` (its built-in handling retries a timed-out
 * post that may have landed, and pauses every call of the process on one channel's 429). Here:
 * - a post that surely failed (connection refused, HTTP 5xx) is retried after a short wait;
 * - a 429 waits its Retry-After for this post alone, and `onDelay` tells the caller (to tell the person);
 * - a post whose fate is unknown (a timeout, a reset connection) is looked for first: every post carries
 *   its id in Slack's message `metadata`, and the channel's (or thread's) recent messages are searched
 *   for it before posting again;
 * - anything else (Slack said no: `channel_not_found`, `invalid_blocks`…) is thrown at once.
 */
import { randomUUID } from "node:crypto";
import type { webApi } from "@slack/bolt";

/** The metadata event type deal-bot's posts carry; the payload's `post_id` identifies one post. */
export const POST_EVENT_TYPE = "deal_bot_post";

export interface PostOnceOptions {
  /** Identifies this post across attempts (an answer's or a digest's id); random by default. */
  postId?: string;
  /** Waits between attempts after a failure that surely did not post (ms). */
  retryDelaysMs?: readonly number[];
  /** Called when Slack rate-limits the post and it waits `seconds` before trying again. */
  onDelay?: (seconds: number) => void;
  /** Longest Retry-After honoured (s); a longer one fails the post. */
  maxRetryAfterSec?: number;
}

type Outcome = "surely-failed" | "rate-limited" | "unknown" | "refused";

/** What a failed Web API call says about whether the message may have been posted. */
export function classifyPostError(error: unknown): { outcome: Outcome; retryAfterSec?: number } {
  const e = error as { code?: string; statusCode?: number; retryAfter?: number; original?: unknown };
  if (e?.code === "slack_webapi_rate_limited_error")
    return { outcome: "rate-limited", retryAfterSec: e.retryAfter };
  if (e?.code === "slack_webapi_http_error") {
    return { outcome: (e.statusCode ?? 0) >= 500 ? "surely-failed" : "refused" };
  }
  if (e?.code === "slack_webapi_request_error") {
    const original = e.original as { name?: string; cause?: { code?: string } } | undefined;
    const cause = original?.cause?.code;
    if (cause === "ECONNREFUSED" || cause === "ENOTFOUND" || cause === "EAI_AGAIN")
      return { outcome: "surely-failed" };
    return { outcome: "unknown" };
  }
  return { outcome: "refused" };
}

/** Posts `args` once; resolves with Slack's response (its `ts`), rejects when the post cannot be made. */
export async function postMessageOnce(
  client: webApi.WebClient,
  args: webApi.ChatPostMessageArguments,
  options: PostOnceOptions = {},
): Promise<webApi.ChatPostMessageResponse> {
  const postId = options.postId ?? randomUUID();
  const delays = options.retryDelaysMs ?? [500, 2000, 5000];
  const withId = {
    ...args,
    metadata: { event_type: POST_EVENT_TYPE, event_payload: { post_id: postId } },
  } as webApi.ChatPostMessageArguments;
  // Slack timestamps are seconds; a little slack before the first attempt covers clock skew.
  const oldest = String(Math.floor(Date.now() / 1000) - 60);
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.chat.postMessage(withId);
    } catch (error) {
      const { outcome, retryAfterSec } = classifyPostError(error);
      if (outcome === "refused" || attempt >= delays.length) throw error;
      if (outcome === "rate-limited") {
        const seconds = retryAfterSec ?? 1;
        if (seconds > (options.maxRetryAfterSec ?? 120)) throw error;
        options.onDelay?.(seconds);
        await sleep(seconds * 1000);
        continue;
      }
      if (outcome === "unknown") {
        // Where the post cannot be looked for (a direct message to a user id, a channel whose history the
        // bot may not read), whether it landed is unknown: never post it blind a second time.
        const found = await findPosted(client, args, postId, oldest).catch(() => {
          throw error;
        });
        if (found) return found;
      }
      await sleep(delays[attempt] ?? 0);
    }
  }
}

/** Deal-bot's post with `postId` among the channel's (or the thread's) recent messages, if it landed. */
async function findPosted(
  client: webApi.WebClient,
  args: webApi.ChatPostMessageArguments,
  postId: string,
  oldest: string,
): Promise<webApi.ChatPostMessageResponse | undefined> {
  const threadTs = (args as { thread_ts?: string }).thread_ts;
  const page = threadTs
    ? await client.conversations.replies({
        channel: args.channel,
        ts: threadTs,
        oldest,
        include_all_metadata: true,
        limit: 100,
      })
    : await client.conversations.history({
        channel: args.channel,
        oldest,
        include_all_metadata: true,
        limit: 100,
      });
  const message = page.messages?.find(
    (m) =>
      m.metadata?.event_type === POST_EVENT_TYPE &&
      (m.metadata.event_payload as { post_id?: string } | undefined)?.post_id === postId,
  );
  return message
    ? ({ ok: true, channel: args.channel, ts: message.ts } as webApi.ChatPostMessageResponse)
    : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

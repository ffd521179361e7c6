/**
 * Posts the daily digest (or a one-line notice) to a Slack channel for the digest service, and tells a
 * subscriber by direct message when their digest pauses.
 */
import type { webApi } from "@slack/bolt";
import { type DigestPoster, PostRefused } from "../../src/digest/poster.js";
import { slackErrorCode } from "./failures.js";
import { postMessageOnce } from "./post-message.js";
import { renderReply } from "./render.js";
import { TOKEN_REJECTED } from "./token-gate.js";

/** Slack's errors that a later attempt may not get: its own trouble and rate limits. */
const TRANSIENT = new Set([
  "ratelimited",
  "rate_limited",
  "internal_error",
  "fatal_error",
  "request_timeout",
  "service_unavailable",
  "team_added_to_org",
]);

/** What to do about the refusals people can fix, in words fit for the channel. */
const FIXES: Record<string, string> = {
  not_in_channel: "the bot is not a member of the channel; invite it (/invite @deal-bot).",
  channel_not_found: "the channel no longer exists, or the bot cannot see it; invite the bot to it.",
  is_archived: "the channel is archived; unarchive it.",
  missing_scope: "the app lacks a permission; reinstall it to grant the scopes in its manifest.",
  restricted_action: "the workspace does not let the bot post there; ask an admin.",
  restricted_action_read_only_channel: "the channel is read-only for the bot; ask an admin.",
  restricted_action_thread_only_channel: "the channel takes posts only in threads; ask an admin.",
};

/**
 * The refusal for good behind a failed post, if it is one: Slack said no for a reason retrying cannot
 * change (`not_in_channel`, `channel_not_found`, `is_archived`, `missing_scope`, `restricted_action…`,
 * `invalid_blocks`…). Not its own trouble or a rate limit, and not a rejected token, which the token gate
 * reports once for the whole workspace (reinstalling fixes every channel at once).
 */
export function refusedForGood(error: unknown): PostRefused | undefined {
  const e = error as { code?: string } | undefined;
  const code = slackErrorCode(error);
  if (e?.code !== "slack_webapi_platform_error" || !code) return undefined;
  if (TRANSIENT.has(code) || TOKEN_REJECTED.has(code)) return undefined;
  return new PostRefused(`Slack refused the post (${code}): ${FIXES[code] ?? "retrying cannot fix this."}`, {
    cause: error,
  });
}

/** Splits `slack:<team>:<channel>`; undefined for any other key. */
export function parseChannelKey(channelKey: string): { team: string; channel: string } | undefined {
  const match = /^slack:([A-Z0-9]+):([A-Z0-9]+)$/i.exec(channelKey);
  return match ? { team: match[1] as string, channel: match[2] as string } : undefined;
}

/**
 * A poster that sends with `chat.postMessage` through `postMessageOnce`: a digest carries its channel and
 * date as its id, so a timed-out post that landed is found rather than posted twice.
 */
export function createSlackPoster(client: webApi.WebClient, retryDelaysMs?: readonly number[]): DigestPoster {
  return {
    platform: "slack",
    async post(channelKey, reply) {
      const target = parseChannelKey(channelKey);
      if (!target) throw new Error(`not a Slack channel key: ${JSON.stringify(channelKey)}`);
      const message = renderReply(reply);
      const postId = reply.type === "digest" ? `digest:${channelKey}:${reply.digest.date}` : undefined;
      let posted: webApi.ChatPostMessageResponse;
      try {
        posted = await postMessageOnce(
          client,
          { channel: target.channel, ...message, unfurl_links: false, unfurl_media: false },
          { postId, retryDelaysMs },
        );
      } catch (error) {
        throw refusedForGood(error) ?? error;
      }
      // The ledger keeps Slack's message timestamp, the id of the post.
      return { messageId: posted.ts };
    },
    async notify(_channelKey, userId, reply) {
      // A user id as the channel posts in the bot's direct messages with that person (chat:write).
      await postMessageOnce(
        client,
        { channel: userId, ...renderReply(reply), unfurl_links: false },
        { retryDelaysMs },
      );
    },
  };
}

/**
 * Posts digests and notices to a Discord channel over REST, so it works from any process (also the
 * sharding manager's, which has no gateway connection), and tells a subscriber by direct message when
 * their digest pauses.
 */
import { DiscordAPIError, type REST, Routes } from "discord.js";
import type { Reply } from "../../src/commands/reply.js";
import { type DigestPoster, PostRefused } from "../../src/digest/poster.js";
import { channelIdFromKey } from "./channel-key.js";
import { nonceFor } from "./nonce.js";
import { renderReply } from "./render.js";

/** What to do about the refusals people can fix, by Discord's JSON error code. */
const FIXES: Record<number, string> = {
  50001: "the bot cannot see the channel; give it View Channel there.",
  50013: "the bot lacks a permission in the channel; give it Send Messages and Embed Links there.",
  10003: "the channel no longer exists.",
  50007: "Discord does not let the bot message there.",
};

/**
 * The refusal for good behind a failed post, if it is one: Discord answered 4xx (403 Missing Access
 * 50001, Missing Permissions 50013, 404 Unknown Channel 10003, 400 …), which retrying cannot change.
 * Not a 429 (discord.js waits those out) or 401 (the token itself: every call fails, the start reports it).
 * 5xx and timeouts are not `DiscordAPIError`s and stay transient.
 */
export function refusedForGood(error: unknown): PostRefused | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (error.status < 400 || error.status >= 500 || error.status === 429 || error.status === 401)
    return undefined;
  const code = typeof error.code === "number" ? error.code : undefined;
  const fix = (code !== undefined && FIXES[code]) || "retrying cannot fix this.";
  return new PostRefused(
    `Discord refused the post (${error.status} ${error.message}, code ${error.code}): ${fix}`,
    {
      cause: error,
    },
  );
}

/** A DigestPoster sending through `rest` (already holding the token). */
export function createDiscordPoster(rest: REST): DigestPoster {
  return {
    platform: "discord",
    async post(channelKey: string, reply: Reply) {
      const channelId = channelIdFromKey(channelKey);
      if (!channelId) throw new Error(`not a Discord channel key: ${JSON.stringify(channelKey)}`);
      let sent: { id?: string };
      try {
        sent = (await rest.post(Routes.channelMessages(channelId), {
          body: {
            ...renderReply(reply),
            allowed_mentions: { parse: [] },
            // A digest's nonce is its channel and day, so however often it is retried it lands once.
            nonce: nonceFor(
              reply.type === "digest" ? `digest:${channelKey}:${reply.digest.date}` : undefined,
            ),
            enforce_nonce: true,
          },
        })) as { id?: string };
      } catch (error) {
        throw refusedForGood(error) ?? error;
      }
      return { messageId: sent.id };
    },
    async notify(_channelKey, userId, reply) {
      const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
        id: string;
      };
      await rest.post(Routes.channelMessages(dm.id), {
        body: { ...renderReply(reply), allowed_mentions: { parse: [] } },
      });
    },
  };
}

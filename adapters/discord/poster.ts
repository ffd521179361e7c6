/**
 * Posts digests and notices to a Discord channel over REST, so it works from any process (also the
 * sharding manager's, which has no gateway connection).
 */
import { type REST, Routes } from "discord.js";
import type { Reply } from "../../src/commands/reply.js";
import type { DigestPoster } from "../../src/digest/poster.js";
import { channelIdFromKey } from "./channel-key.js";
import { nonceFor } from "./nonce.js";
import { renderReply } from "./render.js";

/** A DigestPoster sending through `rest` (already holding the token). */
export function createDiscordPoster(rest: REST): DigestPoster {
  return {
    platform: "discord",
    async post(channelKey: string, reply: Reply) {
      const channelId = channelIdFromKey(channelKey);
      if (!channelId) throw new Error(`not a Discord channel key: ${JSON.stringify(channelKey)}`);
      const sent = (await rest.post(Routes.channelMessages(channelId), {
        body: {
          ...renderReply(reply),
          allowed_mentions: { parse: [] },
          // A digest's nonce is its channel and day, so however often it is retried it lands once.
          nonce: nonceFor(reply.type === "digest" ? `digest:${channelKey}:${reply.digest.date}` : undefined),
          enforce_nonce: true,
        },
      })) as { id?: string };
      return { messageId: sent.id };
    },
  };
}

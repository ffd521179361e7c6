/**
 * Posts the daily digest (or a one-line notice) to a Slack channel for the digest service.
 */
import type { webApi } from "@slack/bolt";
import type { DigestPoster } from "../../src/digest/poster.js";
import { postMessageOnce } from "./post-message.js";
import { renderReply } from "./render.js";

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
      const posted = await postMessageOnce(
        client,
        { channel: target.channel, ...message, unfurl_links: false, unfurl_media: false },
        { postId, retryDelaysMs },
      );
      // The ledger keeps Slack's message timestamp, the id of the post.
      return { messageId: posted.ts };
    },
  };
}

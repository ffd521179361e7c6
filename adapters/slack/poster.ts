/**
 * Posts the daily digest (or a one-line notice) to a Slack channel for the digest service.
 */
import type { webApi } from "@slack/bolt";
import type { DigestPoster } from "../../src/digest/poster.js";
import { renderReply } from "./render.js";

/** Splits `slack:<team>:<channel>`; undefined for any other key. */
export function parseChannelKey(channelKey: string): { team: string; channel: string } | undefined {
  const match = /^slack:([A-Z0-9]+):([A-Z0-9]+)$/i.exec(channelKey);
  return match ? { team: match[1] as string, channel: match[2] as string } : undefined;
}

/** A poster that sends with `chat.postMessage` (the client retries 429 and 5xx on its own). */
export function createSlackPoster(client: webApi.WebClient): DigestPoster {
  return {
    platform: "slack",
    async post(channelKey, reply) {
      const target = parseChannelKey(channelKey);
      if (!target) throw new Error(`not a Slack channel key: ${JSON.stringify(channelKey)}`);
      const message = renderReply(reply);
      const posted = await client.chat.postMessage({
        channel: target.channel,
        ...message,
        unfurl_links: false,
        unfurl_media: false,
      });
      // The ledger keeps Slack's message timestamp, the id of the post.
      return { messageId: posted.ts };
    },
  };
}

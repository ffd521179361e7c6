/**
 * Discord's `Envelope.channelKey`: `discord:<guild id or "dm">:<channel id>`.
 */

/** The channel key for a channel in a guild, or in a DM when `guildId` is null. */
export function channelKey(guildId: string | null | undefined, channelId: string): string {
  return `discord:${guildId ?? "dm"}:${channelId}`;
}

/** The channel id inside a Discord channel key, or undefined when the key is not one. */
export function channelIdFromKey(key: string): string | undefined {
  const match = /^discord:(?:\d+|dm):(\d+)$/.exec(key);
  return match?.[1];
}

/** The part of a Discord channel that says whether it is a thread and, if so, in which channel. */
interface ChannelLike {
  id: string;
  isThread(): boolean;
  parentId?: string | null;
}

/**
 * The channel whose key a message or interaction is handled under: a thread's parent channel, so a
 * channel's followed stories, digest and limits hold in its threads too (on Slack a thread lives in its
 * channel; on Discord it is a channel of its own). `channelId` when the channel is not cached or not a thread.
 */
export function homeChannelId(channel: ChannelLike | null | undefined, channelId: string): string {
  return channel?.isThread() ? (channel.parentId ?? channelId) : channelId;
}

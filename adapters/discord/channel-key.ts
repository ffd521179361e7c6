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

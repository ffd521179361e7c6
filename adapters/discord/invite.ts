/**
 * The permissions deal-bot needs in a server, and the invite link that asks for exactly those.
 */
import { OAuth2Scopes, PermissionFlagsBits } from "discord.js";

/** See channels, answer in them and in threads, show embeds, and reply to (reference) messages. */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/** The OAuth2 link a server admin opens to add the bot with its slash command. */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(" "),
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params}`;
}

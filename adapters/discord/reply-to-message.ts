/**
 * Replies to a message, falling back to a plain channel message where Discord refuses replies: a reply
 * (`message_reference`) needs Read Message History in the channel, and without it Discord answers 160002
 * "Cannot reply without permission to read message history". The answer is then sent to the channel
 * without the reference — it still reaches the person — and the fallback is logged at warn, naming the
 * permission to grant.
 */
import {
  DiscordAPIError,
  type Message,
  type MessageCreateOptions,
  type MessageReplyOptions,
} from "discord.js";
import type { Logger } from "../../src/logger.js";

/** Discord's JSON error code for a reply refused for want of Read Message History. */
export const CANNOT_REPLY_WITHOUT_HISTORY = 160002;

/** `message.reply(options)`, or the same message sent to the channel when Discord refuses the reply (160002). */
export async function replyToMessage(
  message: Message,
  options: MessageReplyOptions,
  logger: Logger,
): Promise<Message> {
  try {
    return await message.reply(options);
  } catch (err) {
    const refused = err instanceof DiscordAPIError && err.code === CANNOT_REPLY_WITHOUT_HISTORY;
    if (!refused || !message.channel.isSendable()) throw err;
    logger.warn(
      { platform: "discord", messageId: message.id, guildId: message.guildId, channelId: message.channelId },
      "cannot reply without Read Message History: sent as a plain channel message; grant the bot Read Message History in this channel",
    );
    const { failIfNotExists: _unused, ...rest } = options;
    return message.channel.send(rest as MessageCreateOptions);
  }
}

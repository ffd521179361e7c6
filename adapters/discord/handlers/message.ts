/**
 * Messages: an @mention in a channel (of the bot or of its managed role), a DM, a reply to one of the
 * bot's answers, or a message in a thread the bot started. Answers in reply (or, where the bot may not
 * read the channel's history, as a plain channel message), with a More sources button, and remembers the
 * question so the next reply is a follow-up. Any other message is logged at debug with why it is left.
 */

import type { Message } from "discord.js";
import { rateLimitedText } from "../../../src/rate-limit.js";
import { channelKey, homeChannelId } from "../channel-key.js";
import { type DiscordDeps, NO_MENTIONS, rateLimitKey } from "../deps.js";
import type { Conversation } from "../memory.js";
import { nonceFor } from "../nonce.js";
import { renderReply, replyButtons } from "../render.js";
import { replyToMessage } from "../reply-to-message.js";
import { classifyMessage, notAnsweredReason, stripBotMention } from "./message-trigger.js";

/** Answers `message` when it is for the bot. Throws when Discord refused the reply; the caller reports it. */
export async function handleMessage(message: Message, { core, memory, logger }: DiscordDeps): Promise<void> {
  const botId = message.client.user.id;
  const thread = message.channel.isThread() ? message.channel : undefined;
  // The role Discord made for the bot (tags.bot_id = its user id); people pick it from the @-autocomplete.
  const botRoleId = message.guild?.roles.botRoleFor(message.client.user)?.id;
  const author = { isSelf: message.author.id === botId, isBot: message.author.bot, isSystem: message.system };
  // What the replied-to message and the bot's thread were about, read before deciding (the store may
  // hold them when another replica answered).
  const recalled = new Map<string, Conversation | undefined>();
  const ref = message.reference?.messageId;
  const ownThread = thread && thread.ownerId === botId ? thread.id : undefined;
  for (const id of [ref, ownThread]) if (id) recalled.set(id, await memory.recall(id));
  const trigger = classifyMessage(
    {
      botId,
      authorIsBot: author.isSelf || author.isBot || author.isSystem,
      isDm: !message.inGuild(),
      mentionsBot:
        message.mentions.users.has(botId) ||
        (botRoleId !== undefined && message.mentions.roles.has(botRoleId)),
      referencedMessageId: message.reference?.messageId,
      repliesToBot: message.mentions.repliedUser?.id === botId,
      threadId: thread?.id,
      threadOwnerId: thread?.ownerId ?? undefined,
    },
    (id) => recalled.get(id)?.question,
  );
  if (!trigger) {
    logger.debug(
      { platform: "discord", reason: notAnsweredReason(author), messageId: message.id },
      "message not answered",
    );
    return;
  }

  const userId = message.author.id;
  const limitKey = rateLimitKey(userId);
  if (!(await core.rateLimiter.take(limitKey))) {
    await replyToMessage(
      message,
      {
        content: rateLimitedText(core.rateLimiter.retryAfterSeconds(limitKey)),
        allowedMentions: NO_MENTIONS,
        nonce: nonceFor(`limited:${message.id}`),
        enforceNonce: true,
      },
      logger,
    );
    return;
  }

  const text = stripBotMention(message.content, botId, botRoleId);
  // The conversation's story: that of the answer replied to, or of the thread's last answer.
  const conversation =
    trigger.kind === "reply"
      ? message.reference?.messageId
      : trigger.kind === "thread"
        ? thread?.id
        : undefined;
  const storyId = conversation ? recalled.get(conversation)?.storyId : undefined;
  const reply = await core.handleText(text, {
    platform: "discord",
    userId,
    channelKey: channelKey(message.guildId, homeChannelId(message.channel, message.channelId)),
    previousQuestion: trigger.previousQuestion,
    ...(storyId ? { storyId } : {}),
  });
  const question = reply.type === "answer" ? reply.result.question : text;
  const key =
    reply.type === "answer" ? await memory.putAnswer({ question, askerId: userId, reply }) : undefined;
  const sent = await replyToMessage(
    message,
    {
      ...renderReply(reply),
      components: replyButtons(reply, key, { share: false }),
      allowedMentions: NO_MENTIONS,
      // One answer per question: a retried post with this nonce returns the first instead of posting again.
      nonce: nonceFor(`answer:${message.id}`),
      enforceNonce: true,
    },
    logger,
  );
  await memory.remember([sent.id, thread?.id], question, reply, storyId);
}

/**
 * Messages: an @mention in a channel, a DM, a reply to one of the bot's answers, or a message in a thread
 * the bot started. Answers in reply, with a More sources button, and remembers the question so the next
 * reply is a follow-up.
 */

import type { Message } from "discord.js";
import { rateLimitedText } from "../../../src/rate-limit.js";
import { channelKey } from "../channel-key.js";
import { type DiscordDeps, NO_MENTIONS, rateLimitKey } from "../deps.js";
import { rememberConversation } from "../memory.js";
import { nonceFor } from "../nonce.js";
import { renderReply, replyButtons } from "../render.js";
import { classifyMessage, stripBotMention } from "./message-trigger.js";

/** Answers `message` when it is for the bot. Throws when Discord refused the reply; the caller reports it. */
export async function handleMessage(message: Message, { core, memory }: DiscordDeps): Promise<void> {
  const botId = message.client.user.id;
  const thread = message.channel.isThread() ? message.channel : undefined;
  const trigger = classifyMessage(
    {
      botId,
      authorIsBot: message.author.bot || message.author.id === botId || message.system,
      isDm: !message.inGuild(),
      mentionsBot: message.mentions.users.has(botId),
      referencedMessageId: message.reference?.messageId,
      repliesToBot: message.mentions.repliedUser?.id === botId,
      threadId: thread?.id,
      threadOwnerId: thread?.ownerId ?? undefined,
    },
    (id) => memory.questions.get(id),
  );
  if (!trigger) return;

  const userId = message.author.id;
  const limitKey = rateLimitKey(userId);
  if (!core.rateLimiter.take(limitKey)) {
    await message.reply({
      content: rateLimitedText(core.rateLimiter.retryAfterSeconds(limitKey)),
      allowedMentions: NO_MENTIONS,
      nonce: nonceFor(`limited:${message.id}`),
      enforceNonce: true,
    });
    return;
  }

  const text = stripBotMention(message.content, botId);
  // The conversation's story: that of the answer replied to, or of the thread's last answer.
  const conversation =
    trigger.kind === "reply"
      ? message.reference?.messageId
      : trigger.kind === "thread"
        ? thread?.id
        : undefined;
  const storyId = conversation ? memory.stories.get(conversation) : undefined;
  const reply = await core.handleText(text, {
    platform: "discord",
    userId,
    channelKey: channelKey(message.guildId, message.channelId),
    previousQuestion: trigger.previousQuestion,
    ...(storyId ? { storyId } : {}),
  });
  const question = reply.type === "answer" ? reply.result.question : text;
  const key = reply.type === "answer" ? memory.putAnswer({ question, askerId: userId, reply }) : undefined;
  const sent = await message.reply({
    ...renderReply(reply),
    components: replyButtons(reply, key, { share: false }),
    allowedMentions: NO_MENTIONS,
    // One answer per question: a retried post with this nonce returns the first instead of posting again.
    nonce: nonceFor(`answer:${message.id}`),
    enforceNonce: true,
  });
  rememberConversation(memory, [sent.id, thread?.id], question, reply, storyId);
}

/**
 * A "which story?" button: asks the remembered question again within the picked story and puts the
 * answer in place of the "which story?" message (an interaction update, so an ephemeral reply stays
 * ephemeral). The answer's message then carries that story, so replies to it stay in the story.
 */
import { type ButtonInteraction, MessageFlags } from "discord.js";
import { ANSWER_EXPIRED_TEXT, ANSWER_UNAVAILABLE_TEXT } from "../../../src/commands/reply.js";
import { rateLimitedText } from "../../../src/rate-limit.js";
import { channelKey, homeChannelId } from "../channel-key.js";
import { type DiscordDeps, NO_MENTIONS, rateLimitKey } from "../deps.js";
import { BUTTON, renderReply, replyButtons } from "../render.js";
import { UNAVAILABLE, unavailable } from "./buttons.js";

/** True for the custom_ids of the story picker's buttons. */
export function isStoryPick(customId: string): boolean {
  return customId.startsWith(BUTTON.story);
}

/** The remembered answer's key and the picked choice's position, from `deal:story:<key>:<n>`. */
export function parseStoryPick(customId: string): { key: string; index: number } | undefined {
  const match = /^deal:story:([A-Za-z0-9_-]{1,40}):(\d{1,2})$/.exec(customId);
  return match ? { key: match[1]!, index: Number(match[2]) } : undefined;
}

/** Handles a click on a story button. Throws when Discord refused the reply; the caller reports it. */
export async function handleStoryPick(interaction: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const { core, memory } = deps;
  const pick = parseStoryPick(interaction.customId);
  const found = pick && (await memory.getAnswer(pick.key).catch(unavailable));
  if (found === UNAVAILABLE) {
    await interaction.reply({
      content: ANSWER_UNAVAILABLE_TEXT,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  const remembered = found;
  const result = remembered?.reply.type === "answer" ? remembered.reply.result : undefined;
  const story = result?.status === "no_answer" ? result.storyChoices?.[pick!.index] : undefined;
  const userId = interaction.user.id;
  const limitKey = rateLimitKey(userId);
  if (!remembered || !story || !(await core.rateLimiter.take(limitKey))) {
    await interaction.reply({
      content:
        remembered && story
          ? rateLimitedText(core.rateLimiter.retryAfterSeconds(limitKey))
          : ANSWER_EXPIRED_TEXT,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  const reply = await core.handleText(remembered.question, {
    platform: "discord",
    userId,
    channelKey: channelKey(interaction.guildId, homeChannelId(interaction.channel, interaction.channelId)),
    storyId: story.id,
  });
  const question = reply.type === "answer" ? reply.result.question : remembered.question;
  const key =
    reply.type === "answer" ? await memory.putAnswer({ question, askerId: userId, reply }) : undefined;
  const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  await interaction.update({
    ...renderReply(reply),
    components: replyButtons(reply, key, { share: ephemeral }),
    allowedMentions: NO_MENTIONS,
  });
  const thread = interaction.channel?.isThread() ? interaction.channel.id : undefined;
  await memory.remember([interaction.message.id, thread], question, reply, story.id);
}

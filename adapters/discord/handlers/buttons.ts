/**
 * The buttons under an answer. Share in channel posts the same answer publicly, attributed to the asker;
 * More sources lists every quote behind it, visible only to whoever clicked.
 */
import { type ButtonInteraction, MessageFlags } from "discord.js";
import { ANSWER_EXPIRED_TEXT, ANSWER_UNAVAILABLE_TEXT } from "../../../src/commands/reply.js";
import { AnswerUnavailableError } from "../../../src/store/button-answer-store.js";
import { type DiscordDeps, NO_MENTIONS } from "../deps.js";
import { escapeText } from "../markdown.js";
import { answerButtons, BUTTON, fitContent, renderMoreSources, renderReply } from "../render.js";

export const EXPIRED_TEXT = ANSWER_EXPIRED_TEXT;

/** What `unavailable` turns a store that cannot be read into. */
export const UNAVAILABLE = "unavailable";

/** A `.catch` for `memory.getAnswer`: the store's failure becomes `UNAVAILABLE`, anything else goes on. */
export function unavailable(err: unknown): typeof UNAVAILABLE {
  if (err instanceof AnswerUnavailableError) return UNAVAILABLE;
  throw err;
}

/** True for the custom_ids this adapter puts on buttons. */
export function isDealButton(customId: string): boolean {
  return customId.startsWith(BUTTON.share) || customId.startsWith(BUTTON.more);
}

/** Handles a Share in channel or More sources click. Throws when Discord refused the reply. */
export async function handleButton(interaction: ButtonInteraction, { memory }: DiscordDeps): Promise<void> {
  const share = interaction.customId.startsWith(BUTTON.share);
  const key = interaction.customId.slice((share ? BUTTON.share : BUTTON.more).length);
  const answer = await memory.getAnswer(key).catch(unavailable);
  if (!answer || answer === UNAVAILABLE) {
    await interaction.reply({
      content: answer === UNAVAILABLE ? ANSWER_UNAVAILABLE_TEXT : EXPIRED_TEXT,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  if (!share) {
    await interaction.reply({
      ...renderMoreSources(answer.reply),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  // `<@id>` shows the asker's name; NO_MENTIONS keeps it from pinging them.
  const response = await interaction.reply({
    content: fitContent(`<@${answer.askerId}> asked: ${escapeText(answer.question)}`),
    ...renderReply(answer.reply),
    components: answerButtons(key, { share: false }),
    allowedMentions: NO_MENTIONS,
    withResponse: true,
  });
  // A reply to the shared answer is a follow-up to its question, within its story.
  const messageId = response.resource?.message?.id;
  if (messageId) await memory.remember([messageId], answer.question, answer.reply);
}

/**
 * The adapter's catch: anything a handler threw is logged with its context (never the token), and the
 * person still gets a short visible apology, never silence.
 */
import { type Interaction, type Message, MessageFlags } from "discord.js";
import type { Logger } from "../../../src/logger.js";
import { ERROR_TEXT, NO_MENTIONS } from "../deps.js";
import { replyToMessage } from "../reply-to-message.js";

/** Interaction tokens let anyone answer as the bot for 15 minutes, so they are cut out of logged URLs. */
export function redactInteractionToken(url: string): string {
  return url.replace(/(\/(?:webhooks|interactions)\/\d+\/)[^/?]+/, "$1[redacted]");
}

function describe(err: unknown): unknown {
  // DiscordAPIError carries the request body (the user's question); the status and code are what matter.
  if (err && typeof err === "object" && "status" in err) {
    const e = err as {
      name?: string;
      message?: string;
      status?: number;
      code?: unknown;
      method?: string;
      url?: string;
    };
    const url = e.url && redactInteractionToken(e.url);
    return { name: e.name, message: e.message, status: e.status, code: e.code, method: e.method, url };
  }
  return err;
}

/** Logs a failed interaction and tells the user in an ephemeral message. */
export async function reportInteractionError(
  interaction: Interaction,
  err: unknown,
  logger: Logger,
): Promise<void> {
  const context = {
    interactionId: interaction.id,
    kind: interaction.isChatInputCommand()
      ? `/deal ${interaction.options.getSubcommand(false) ?? ""}`.trim()
      : interaction.isButton()
        ? interaction.customId
        : interaction.type,
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
  };
  logger.error({ err: describe(err), ...context }, "Discord interaction failed");
  if (!interaction.isRepliable()) return;
  const apology = {
    content: ERROR_TEXT,
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  } as const;
  try {
    // After a deferral the original response is taken; a follow-up is a separate webhook message.
    if (interaction.deferred || interaction.replied) await interaction.followUp(apology);
    else await interaction.reply(apology);
  } catch (apologyErr) {
    logger.warn({ err: describe(apologyErr), ...context }, "Could not tell the user that answering failed");
  }
}

/** Logs a failed message answer and replies with a short apology. */
export async function reportMessageError(message: Message, err: unknown, logger: Logger): Promise<void> {
  const context = {
    messageId: message.id,
    userId: message.author.id,
    guildId: message.guildId,
    channelId: message.channelId,
  };
  logger.error({ err: describe(err), ...context }, "Discord message answer failed");
  try {
    await replyToMessage(message, { content: ERROR_TEXT, allowedMentions: NO_MENTIONS }, logger);
  } catch (apologyErr) {
    logger.warn({ err: describe(apologyErr), ...context }, "Could not tell the user that answering failed");
  }
}

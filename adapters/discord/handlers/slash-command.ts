/**
 * `/deal <subcommand>`: rate-limited, deferred at once (ephemeral), then the answer edited in with Share in
 * channel and More sources buttons.
 */
import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import { findCommand } from "../../../src/commands/table.js";
import { rateLimitedText } from "../../../src/rate-limit.js";
import { channelKey, homeChannelId } from "../channel-key.js";
import { type DiscordDeps, NO_MENTIONS, rateLimitKey } from "../deps.js";
import { renderReply, replyButtons } from "../render.js";

/** Answers one `/deal` invocation. Throws when Discord refused a call; the caller reports it. */
export async function handleSlashCommand(
  interaction: ChatInputCommandInteraction,
  { core, memory }: DiscordDeps,
): Promise<void> {
  const userId = interaction.user.id;
  const limitKey = rateLimitKey(userId);
  if (!(await core.rateLimiter.take(limitKey))) {
    await interaction.reply({
      content: rateLimitedText(core.rateLimiter.retryAfterSeconds(limitKey)),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  // Acknowledge within Discord's 3 seconds whatever the engine takes; the token then lives 15 minutes.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });

  const name = interaction.options.getSubcommand();
  const spec = findCommand(name, core.commands);
  const options = Object.fromEntries(
    (spec?.options ?? []).map((o) => [o.name, interaction.options.getString(o.name) ?? undefined]),
  );
  const reply = await core.runCommand(name, options, {
    platform: "discord",
    userId,
    channelKey: channelKey(interaction.guildId, homeChannelId(interaction.channel, interaction.channelId)),
  });
  const key =
    reply.type === "answer"
      ? await memory.putAnswer({ question: reply.result.question, askerId: userId, reply })
      : undefined;
  await interaction.editReply({
    ...renderReply(reply),
    components: replyButtons(reply, key, { share: true }),
    allowedMentions: NO_MENTIONS,
  });
}

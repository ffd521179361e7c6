/**
 * Routes an interaction: `/deal` to the slash handler, the story picker's buttons to the story-pick
 * handler, the answer buttons to the button handler; anything
 * else belongs to someone else. Failures are reported here.
 */
import type { Interaction } from "discord.js";
import { DEAL_COMMAND } from "../commands.js";
import type { DiscordDeps } from "../deps.js";
import { handleButton, isDealButton } from "./buttons.js";
import { reportInteractionError } from "./report-error.js";
import { handleSlashCommand } from "./slash-command.js";
import { handleStoryPick, isStoryPick } from "./story-pick.js";

/** Handles one INTERACTION_CREATE; never rejects. */
export async function routeInteraction(interaction: Interaction, deps: DiscordDeps): Promise<void> {
  try {
    if (interaction.isChatInputCommand() && interaction.commandName === DEAL_COMMAND) {
      await handleSlashCommand(interaction, deps);
    } else if (interaction.isButton() && isStoryPick(interaction.customId)) {
      await handleStoryPick(interaction, deps);
    } else if (interaction.isButton() && isDealButton(interaction.customId)) {
      await handleButton(interaction, deps);
    }
  } catch (err) {
    await reportInteractionError(interaction, err, deps.logger);
  }
}

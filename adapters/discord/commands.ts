/**
 * The `/deal` slash command, built from the core's command table: one subcommand per command, its options
 * as string options (choices become fixed string choices), usable in servers and in DMs with the bot.
 */
import {
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import type { CommandSpec } from "../../src/commands/command.js";
import { MAX_INPUT_CHARS } from "../../src/commands/dispatch.js";

export const DEAL_COMMAND = "deal";

function addSubcommand(sub: SlashCommandSubcommandBuilder, spec: CommandSpec): SlashCommandSubcommandBuilder {
  sub.setName(spec.name).setDescription(spec.description);
  for (const option of spec.options) {
    sub.addStringOption((o) => {
      o.setName(option.name).setDescription(option.description).setRequired(option.required);
      if (option.choices) o.addChoices(...option.choices.map((c) => ({ name: c, value: c })));
      // A free-text option (a question, a URL) is capped like any other input to the core.
      if (option.rest) o.setMaxLength(MAX_INPUT_CHARS);
      return o;
    });
  }
  return sub;
}

/** The `/deal` command as Discord's API takes it (the body of a bulk overwrite). */
export function buildDealCommand(
  commands: readonly CommandSpec[],
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(DEAL_COMMAND)
    .setDescription("Answers about the story, quoting the sentence it relies on")
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM);
  for (const spec of commands) builder.addSubcommand((sub) => addSubcommand(sub, spec));
  return builder.toJSON();
}

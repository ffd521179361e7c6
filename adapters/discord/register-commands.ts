/**
 * Registers `/deal` with Discord by bulk overwrite: on one guild when a guild ID is given (updates show at
 * once, for development), else globally (for production).
 */
import { REST, Routes } from "discord.js";
import type { CommandSpec } from "../../src/commands/command.js";
import { buildDealCommand } from "./commands.js";

export interface RegisterOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  /** Discord's API base, e.g. https://discord.com/api (DISCORD_API_URL). */
  api: string;
  commands: readonly CommandSpec[];
}

/** What was registered where. */
export interface RegisterResult {
  scope: "guild" | "global";
  route: string;
  count: number;
}

/** PUTs the `/deal` command to the guild or global route and returns where it went. */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST({ api: options.api, retries: 3 }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const body = [buildDealCommand(options.commands)];
  const saved = (await rest.put(route, { body })) as unknown[];
  return { scope: options.guildId ? "guild" : "global", route, count: saved.length };
}

/**
 * `npm run discord:register`: registers `/deal` from the command table, guild-scoped when
 * DISCORD_GUILD_ID is set, else global. Reads the same environment as the bot.
 */

import { COMMANDS } from "../../src/commands/table.js";
import { createLogger } from "../../src/logger.js";
import { readConfigOrExit } from "../read-config.js";
import { inviteUrl } from "./invite.js";
import { registerCommands } from "./register-commands.js";

const config = readConfigOrExit();
const logger = createLogger(config.LOG_LEVEL);
if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
  logger.error("Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register /deal (see .env.example).");
  process.exit(1);
}
try {
  const result = await registerCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    api: config.DISCORD_API_URL,
    commands: COMMANDS,
  });
  logger.info(result, `Registered /deal (${result.scope})`);
  logger.info(`Invite the bot to a server: ${inviteUrl(config.DISCORD_APPLICATION_ID)}`);
} catch (err) {
  logger.error({ err }, "Registering /deal failed");
  process.exitCode = 1;
}

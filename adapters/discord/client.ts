/**
 * The Discord bot on discord.js and the gateway. Handles:
 * - INTERACTION_CREATE: `/deal <subcommand>` (ephemeral answer with Share in channel / More sources
 *   buttons, or one button per story when it must ask which story is meant) and clicks on those buttons;
 * - MESSAGE_CREATE: @mentions in channels, DMs, replies to the bot's answers and messages in threads it
 *   started (follow-ups keep the earlier question). Bots, itself included, are ignored.
 */
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/logger.js";
import { type DiscordDeps, NO_MENTIONS } from "./deps.js";
import { routeInteraction } from "./handlers/interaction.js";
import { handleMessage } from "./handlers/message.js";
import { reportMessageError } from "./handlers/report-error.js";
import { createConversationMemory } from "./memory.js";

/** REST retries for 429 (after retry-after) and 5xx, done by @discordjs/rest before a call fails. */
export const REST_RETRIES = 3;

export interface DiscordClientOptions {
  core: Core;
  config: Pick<Config, "DISCORD_API_URL">;
  logger: Logger;
}

/** Builds the client with its listeners registered; `login` is the caller's. */
export function createDiscordClient({ core, config, logger }: DiscordClientOptions): Client {
  const client = new Client({
    // MessageContent (privileged) is needed for replies and thread messages that do not mention the bot.
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      GatewayIntentBits.MessageContent,
    ],
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: { api: config.DISCORD_API_URL, retries: REST_RETRIES, timeout: 15_000 },
  });
  const deps: DiscordDeps = { core, logger, memory: createConversationMemory() };

  // Each handler's work counts as in flight until the reply is sent, so a graceful stop waits for it.
  client.on(Events.InteractionCreate, (interaction) => {
    void core.inflight.track(routeInteraction(interaction, deps));
  });
  client.on(Events.MessageCreate, (message) => {
    void core.inflight.track(
      handleMessage(message, deps).catch((err) => reportMessageError(message, err, logger)),
    );
  });
  client.rest.on("rateLimited", (info) =>
    logger.warn(
      { route: info.route, method: info.method, retryAfter: info.retryAfter, global: info.global },
      "Discord rate limit",
    ),
  );
  client.on(Events.Warn, (message) => logger.warn({ platform: "discord" }, message));
  client.on(Events.Error, (err) => logger.error({ err, platform: "discord" }, "Discord client error"));
  return client;
}

/**
 * The Discord bot on discord.js and the gateway. Handles:
 * - INTERACTION_CREATE: `/deal <subcommand>` (ephemeral answer with Share in channel / More sources
 *   buttons, or one button per story when it must ask which story is meant) and clicks on those buttons;
 * - MESSAGE_CREATE: @mentions in channels, DMs, replies to the bot's answers and messages in threads it
 *   started (follow-ups keep the earlier question). Bots, itself included, are ignored.
 * Each interaction and message is handled once, by id, even when delivered twice (a gateway resume, two
 * processes on one shard); with a store that holds across replicas, as do follow-ups and buttons.
 */
import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/logger.js";
import { createSeenEvents, createSharedSeenEvents, type SeenEvents } from "../../src/seen-deliveries.js";
import type { Stores } from "../../src/store/open-store.js";
import type { WriteRetries } from "../../src/store/write-retries.js";
import { type DiscordDeps, NO_MENTIONS } from "./deps.js";
import { routeInteraction } from "./handlers/interaction.js";
import { handleMessage } from "./handlers/message.js";
import { reportMessageError } from "./handlers/report-error.js";
import { createConversationMemory, createSharedConversationMemory } from "./memory.js";

/** REST retries for 429 (after retry-after) and 5xx, done by @discordjs/rest before a call fails. */
export const REST_RETRIES = 3;

export interface DiscordClientOptions {
  core: Core;
  config: Pick<Config, "DISCORD_API_URL">;
  logger: Logger;
  /** The shared store: follow-ups, buttons and de-duplication then work across replicas and restarts. */
  stores?: DiscordStores;
}

/** The stores the Discord adapter keeps its memory and handled ids in. */
export type DiscordStores = Pick<Stores, "events" | "buttons" | "conversations" | "reachable"> & {
  /** Retries the ledger records of deliveries handled while the store was unreachable. */
  retries?: WriteRetries;
};

/** Builds the client with its listeners registered; `login` is the caller's. */
export function createDiscordClient({ core, config, logger, stores }: DiscordClientOptions): Client {
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
  const memory = stores
    ? createSharedConversationMemory({ ...stores, logger, reachable: stores.reachable })
    : createConversationMemory();
  const seen: SeenEvents = stores
    ? createSharedSeenEvents(stores.events, () => Date.now(), logger, {
        platform: "discord",
        reachable: stores.reachable,
        retries: stores.retries,
      })
    : createSeenEvents(() => Date.now());
  const deps: DiscordDeps = { core, logger, memory };
  /** Runs `handle` unless the delivery `id` was handled already (here or, with a store, anywhere). */
  const once = async (id: string, handle: () => Promise<void>) => {
    if (await seen.checkAndRecord(id)) {
      logger.debug({ delivery: id }, "dropping a Discord delivery already handled");
      return;
    }
    await handle();
  };

  // Each handler's work counts as in flight until the reply is sent, so a graceful stop waits for it.
  client.on(Events.InteractionCreate, (interaction) => {
    void core.inflight.track(
      once(`interaction:${interaction.id}`, () => routeInteraction(interaction, deps)),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    void core.inflight.track(
      once(`message:${message.id}`, () => handleMessage(message, deps)).catch((err) =>
        reportMessageError(message, err, logger),
      ),
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

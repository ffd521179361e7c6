/**
 * Starts deal-bot on Discord: one gateway connection, or a ShardingManager when DISCORD_SHARDS is set.
 * Returns how to stop it and a poster for the daily digest.
 */
import { Events, REST } from "discord.js";
import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { DigestPoster } from "../../src/digest/poster.js";
import type { Logger } from "../../src/logger.js";
import { createDiscordClient, type DiscordStores, REST_RETRIES } from "./client.js";
import { createDiscordPoster } from "./poster.js";
import { startShards, stopShards } from "./sharding.js";

export interface StartDiscordOptions {
  /** Used by the single-process bot; each shard process builds its own. */
  core: Core;
  config: Config;
  logger: Logger;
  /** Extra environment for shard processes (tests). */
  shardEnv?: Record<string, string>;
  /** The shared store (each shard process opens its own). */
  stores?: DiscordStores;
}

export interface DiscordBot {
  stop(): Promise<void>;
  poster: DigestPoster;
}

/** Logs in (or spawns the shards) and resolves once the bot receives events. */
export async function startDiscord({
  core,
  config,
  logger,
  shardEnv,
  stores,
}: StartDiscordOptions): Promise<DiscordBot> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error("DISCORD_TOKEN is not set: Discord cannot start without the bot token");
  const log = logger.child({ platform: "discord" });

  if (config.DISCORD_SHARDS) {
    const manager = await startShards({ config, logger: log, env: shardEnv });
    const rest = new REST({ api: config.DISCORD_API_URL, retries: REST_RETRIES }).setToken(token);
    log.info({ shards: manager.totalShards }, "Discord shards ready");
    return {
      poster: createDiscordPoster(rest),
      stop: async () => stopShards(manager),
    };
  }

  const client = createDiscordClient({ core, config, logger: log, stores });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, "Discord bot ready");
  return {
    poster: createDiscordPoster(client.rest),
    stop: () => client.destroy(),
  };
}

/**
 * Start through discord.js's ShardingManager (DISCORD_SHARDS=auto|N): one child process per shard, each
 * running `shard.ts` with its own engine and gateway connection. Needed past 2,500 servers, where Discord
 * refuses a single connection. "auto" asks DISCORD_API_URL's `/gateway/bot` for the recommended count,
 * so a proxy or test fake is honoured (discord.js's own "auto" always asks discord.com).
 */
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager } from "discord.js";
import type { Config } from "../../src/config.js";
import type { Logger } from "../../src/logger.js";

export const SHARD_FILE = fileURLToPath(new URL("./shard.ts", import.meta.url));

export interface ShardingOptions {
  config: Pick<Config, "DISCORD_TOKEN" | "DISCORD_API_URL" | "DISCORD_SHARDS" | "PUBLIC_BASE_URL">;
  logger: Logger;
  /** Environment for the shard processes on top of this process's (tests point them at a fake). */
  env?: Record<string, string>;
  /** How long a shard may take to become ready. */
  spawnTimeoutMs?: number;
}

/** The number of shards: N as given, or Discord's recommendation for "auto". */
export async function resolveShardCount(setting: string, rest: REST): Promise<number> {
  if (setting !== "auto") return Number(setting);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards?: number };
  if (!gateway.shards || gateway.shards < 1)
    throw new Error(`/gateway/bot gave no shard count: ${JSON.stringify(gateway)}`);
  return gateway.shards;
}

/** Spawns every shard and resolves once all are ready. */
export async function startShards({
  config,
  logger,
  env,
  spawnTimeoutMs = 60_000,
}: ShardingOptions): Promise<ShardingManager> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error("DISCORD_TOKEN is not set");
  const rest = new REST({ api: config.DISCORD_API_URL, retries: 3 }).setToken(token);
  const totalShards = await resolveShardCount(config.DISCORD_SHARDS ?? "auto", rest);
  const manager = new ShardingManager(SHARD_FILE, {
    token,
    totalShards,
    mode: "process",
    // The shard file is TypeScript, run through tsx like the rest of the bot.
    execArgv: ["--import", "tsx"],
  });
  manager.on("shardCreate", (shard) => {
    // Shard processes inherit this environment; the API base is passed explicitly in case config came
    // from elsewhere than the environment, and so is where this process serves the source pages (known
    // only once its port is bound) for the shards' links.
    Object.assign(shard.env as Record<string, string>, {
      DISCORD_API_URL: config.DISCORD_API_URL,
      ...(config.PUBLIC_BASE_URL ? { PUBLIC_BASE_URL: config.PUBLIC_BASE_URL } : {}),
      ...env,
    });
    logger.info({ shard: shard.id, totalShards }, "Discord shard starting");
    shard.on("death", () => logger.warn({ shard: shard.id }, "Discord shard process exited; respawning"));
  });
  await manager.spawn({ amount: totalShards, timeout: spawnTimeoutMs });
  return manager;
}

/** Stops every shard process (without respawning). */
export function stopShards(manager: ShardingManager): void {
  for (const shard of manager.shards.values()) shard.kill();
}

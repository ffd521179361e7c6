/**
 * One shard's process, forked by the ShardingManager (see sharding.ts). discord.js reads the shard id and
 * count from the environment the manager sets; this file only builds the core and logs in. The daily
 * digest runs in the manager's process (it posts over REST), not here.
 */
import { loadEngine } from "../../src/bootstrap.js";
import { createCore } from "../../src/core.js";
import { createLogger } from "../../src/logger.js";
import { readConfigOrExit } from "../read-config.js";
import { createDiscordClient } from "./client.js";

const config = readConfigOrExit();
const logger = createLogger(config.LOG_LEVEL).child({ shard: process.env.SHARDS });
const loaded = await loadEngine({ seedsDir: config.SEEDS_DIR, publicBaseUrl: config.PUBLIC_BASE_URL });
if (!loaded.ok) {
  logger.fatal({ seedsDir: config.SEEDS_DIR }, loaded.error);
  process.exit(1);
}
const core = createCore({ engine: loaded.engine, rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE });
const client = createDiscordClient({ core, config, logger });
await client.login(config.DISCORD_TOKEN);

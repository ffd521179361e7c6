/**
 * One shard's process, forked by the ShardingManager (see sharding.ts). discord.js reads the shard id and
 * count from the environment the manager sets; this file builds the core and logs in.
 *
 * `/deal digest` and `/deal add` work here too: subscriptions go to the same store (SQLite file or DATABASE_URL) the manager's
 * process schedules and posts from (this process never schedules), and each shard watches `seeds/`, so an
 * article added through any shard reaches every shard's index. Feeds are polled by the manager only.
 */
import { loadEngine } from "../../src/bootstrap.js";
import { createLogger } from "../../src/logger.js";
import { readConfigOrExit } from "../read-config.js";
import { openStoresOrExit, orExit, startCore } from "../start-core.js";
import { createDiscordClient } from "./client.js";

const config = readConfigOrExit();
const logger = createLogger(config.LOG_LEVEL).child({ shard: process.env.SHARDS });
const opened = await openStoresOrExit(config, logger);
const loaded = await loadEngine({ seedsDir: config.SEEDS_DIR, publicBaseUrl: config.PUBLIC_BASE_URL });
if (!loaded.ok) {
  logger.fatal({ seedsDir: config.SEEDS_DIR }, loaded.error);
  process.exit(1);
}
const { core } = await orExit(
  startCore({
    engine: loaded.engine,
    config,
    logger,
    now: () => new Date(),
    posters: [],
    schedule: false,
    opened,
  }),
);
const client = createDiscordClient({ core, config, logger, stores: opened.stores });
await client.login(config.DISCORD_TOKEN);

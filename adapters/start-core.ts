/**
 * The core with its running services — ingestion (seeds watcher, feeds) and the digest — as every
 * long-running entry point builds it: the bot (adapters/main.ts) and each Discord shard.
 */
import type { Engine } from "../src/answer/engine.js";
import type { Config } from "../src/config.js";
import { type Core, createCore } from "../src/core.js";
import type { DigestPoster } from "../src/digest/poster.js";
import { startDigest } from "../src/digest/start-digest.js";
import { startIngest } from "../src/ingest/start-ingest.js";
import type { Logger } from "../src/logger.js";

export interface StartCoreOptions {
  engine: Engine;
  config: Config;
  logger: Logger;
  now: () => Date;
  /** Posters the digest looks up at each tick; platforms may add theirs after start. */
  posters: DigestPoster[];
  /** Whether this process schedules digests and polls feeds (only one process should). */
  schedule: boolean;
}

export interface RunningCore {
  core: Core;
  /** Stops the digest schedule and the ingestion watchers. */
  stop(): Promise<void>;
}

export async function startCore(options: StartCoreOptions): Promise<RunningCore> {
  const { engine, config, logger, now, posters, schedule } = options;
  const ingest = await startIngest({
    engine,
    config: schedule ? config : { ...config, FEEDS: [] },
    logger,
    now,
  });
  const digest = await startDigest({ engine, config, logger, now, posters, schedule });
  const core = createCore({
    engine,
    digest: digest.service,
    ingest: ingest.service,
    now,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
  });
  return {
    core,
    async stop() {
      await digest.stop();
      await ingest.stop();
    },
  };
}

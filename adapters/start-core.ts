/**
 * The core with its running services — ingestion (seeds watcher, feeds) and the digest — as every
 * long-running entry point builds it: the bot (adapters/main.ts) and each Discord shard.
 */
import type { Engine } from "../src/answer/engine.js";
import type { Config } from "../src/config.js";
import { type Core, createCore } from "../src/core.js";
import type { DigestPoster } from "../src/digest/poster.js";
import { type DigestRuntime, digestStorePath, startDigest } from "../src/digest/start-digest.js";
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

/** Whether the store behind the digest opened; questions never depend on it. */
export type StoreHealth = { ok: true } | { ok: false; error: string };

export interface RunningCore {
  core: Core;
  store: StoreHealth;
  /** Stops the digest schedule and the ingestion watchers. */
  stop(): Promise<void>;
}

export async function startCore(options: StartCoreOptions): Promise<RunningCore> {
  const { engine, config, logger, now, schedule } = options;
  const ingest = await startIngest({
    engine,
    config: schedule ? config : { ...config, FEEDS: [] },
    logger,
    now,
  });
  const digest = await startDigestOrDisable(options);
  const core = createCore({
    engine,
    digest: digest.runtime?.service,
    ingest: ingest.service,
    now,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
  });
  return {
    core,
    store: digest.health,
    async stop() {
      await digest.runtime?.stop();
      await ingest.stop();
    },
  };
}

/**
 * Starts the digest, or — when its store cannot be opened (a damaged file, DATA_DIR naming a file) — logs
 * one error naming the file and the fix and goes on without it: answering questions never needs the store.
 */
async function startDigestOrDisable(
  options: StartCoreOptions,
): Promise<{ runtime?: DigestRuntime; health: StoreHealth }> {
  const { engine, config, logger, now, posters, schedule } = options;
  try {
    const runtime = await startDigest({ engine, config, logger, now, posters, schedule });
    return { runtime, health: { ok: true } };
  } catch (err) {
    const file = digestStorePath(config.DATA_DIR);
    const error =
      `cannot use the store ${file}: ${(err as Error).message}. The daily digest is disabled; questions are ` +
      `still answered. To fix it, point DATA_DIR at a writable folder, or move the damaged file aside ` +
      `(a new one is created at the next start).`;
    logger.error({ file, dataDir: config.DATA_DIR }, error);
    return { health: { ok: false, error } };
  }
}

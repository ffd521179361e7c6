/**
 * The core with its running services — ingestion (seeds watcher, feeds) and the digest — as every
 * long-running entry point builds it: the bot (adapters/main.ts) and each Discord shard.
 */
import type { Engine } from "../src/answer/engine.js";
import type { Config } from "../src/config.js";
import { type Core, createCore } from "../src/core.js";
import type { DigestPoster } from "../src/digest/poster.js";
import { startDigest } from "../src/digest/start-digest.js";
import { shareArticles } from "../src/ingest/share-articles.js";
import { startIngest } from "../src/ingest/start-ingest.js";
import type { Logger } from "../src/logger.js";
import { createSharedRateLimiter } from "../src/rate-limit.js";
import { type AnswerPathStores, boundForAnswers } from "../src/store/answer-path-stores.js";
import { openStores, redactUrl, sqliteStorePath } from "../src/store/open-store.js";

/** A start that cannot go on; its message is for the operator (`deal-bot cannot start: …`, exit 1). */
export class CannotStartError extends Error {
  override name = "CannotStartError";
}

/** Runs `start`; a `CannotStartError` prints its message and exits 1, without a stack trace. */
export async function orExit<T>(start: Promise<T>): Promise<T> {
  try {
    return await start;
  } catch (err) {
    if (!(err instanceof CannotStartError)) throw err;
    console.error(`deal-bot cannot start: ${err.message}`);
    process.exit(1);
  }
}

export interface StartCoreOptions {
  engine: Engine;
  config: Config;
  logger: Logger;
  now: () => Date;
  /** Posters the digest looks up at each tick; platforms may add theirs after start. */
  posters: DigestPoster[];
  /** Whether this process schedules digests and polls feeds (only one process should). */
  schedule: boolean;
  /** From `openStoresOrExit`; its stores are closed by `stop`. */
  opened: OpenedStores;
}

/** Whether the store opened; questions are answered without it (from memory), the digest needs it. */
export type StoreHealth = { ok: true } | { ok: false; error: string };

export interface RunningCore {
  core: Core;
  /** Read at each `/readyz`: false while PostgreSQL is unreachable. */
  readonly store: StoreHealth;
  /** Stops the digest schedule and the ingestion watchers. */
  stop(): Promise<void>;
}

/** The store as the start found it: absent (and why) when a SQLite file could not be used. */
export interface OpenedStores {
  /** Bounded for the answer path: no answer waits long on a database that hangs. */
  stores?: AnswerPathStores;
  health: StoreHealth;
}

/**
 * Opens the configured store before anything slow. PostgreSQL (DATABASE_URL) that cannot be reached stops
 * the start at once with a message naming it and exit code 1: a replica without the shared state would
 * answer retried events twice and post digests again. A damaged SQLite file only disables what needs it
 * — one process answering questions never needs the store — with one error naming the file and the fix.
 */
export async function openStoresOrExit(config: Config, logger: Logger): Promise<OpenedStores> {
  const opened = await openStores({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    onPoolError: (err) => logger.warn({ err }, "PostgreSQL connection lost"),
    onMigrationWait: (waitedMs) =>
      logger.warn(
        { waitedSeconds: Math.round(waitedMs / 1000) },
        "waiting for another process's migration (it holds the migration lock); starting once it is done",
      ),
    onReachableChange: (up) =>
      up
        ? logger.info("PostgreSQL is reachable again")
        : logger.error("PostgreSQL is unreachable: answering from memory, writes are retried"),
  });
  if (opened.ok) return { stores: boundForAnswers(opened.stores, { logger }), health: { ok: true } };
  if (config.DATABASE_URL) {
    console.error(`deal-bot cannot start: ${opened.error}`);
    process.exit(1);
  }
  const file = sqliteStorePath(config.DATA_DIR);
  const error =
    `cannot use the store ${file}: ${opened.error}. The daily digest is disabled; questions are ` +
    `still answered. To fix it, point DATA_DIR at a writable folder, or move the damaged file aside ` +
    `(a new one is created at the next start).`;
  logger.error({ file, dataDir: config.DATA_DIR }, error);
  return { health: { ok: false, error } };
}

/**
 * Starts the ingestion, the digest and the core on the opened stores. Rejects with a `CannotStartError`
 * when PostgreSQL stops answering before the shared articles are first read.
 */
export async function startCore(options: StartCoreOptions): Promise<RunningCore> {
  const { config, logger, now, posters, schedule, opened } = options;
  // With PostgreSQL, articles are shared: what ingestion indexes here is stored for the other replicas,
  // and what they store is indexed here. One SQLite process has no one to share with.
  const sharing =
    opened.stores?.backend === "postgres"
      ? await shareArticles({
          engine: options.engine,
          store: opened.stores.articles,
          logger,
          reachable: opened.stores.reachable,
        }).catch((err: unknown) => {
          // The database took the connection and the migrations, then stopped answering (a freeze, a
          // failover): without the other replicas' articles this one would answer from a partial index.
          throw new CannotStartError(
            `cannot reach PostgreSQL at ${redactUrl(config.DATABASE_URL ?? "")} (DATABASE_URL): reading the ` +
              `shared articles failed (${(err as Error).message}). Check that the database answers, then start again.`,
          );
        })
      : undefined;
  const engine = sharing?.engine ?? options.engine;
  const ingest = await startIngest({
    engine,
    config: schedule ? config : { ...config, FEEDS: [] },
    logger,
    now,
    handledFeedItems: opened.stores?.digest,
    // Only shared articles can reach other replicas late.
    ...(sharing ? { storeReachable: opened.stores?.reachable } : {}),
  });
  const digest = opened.stores
    ? await startDigest({ engine, config, logger, now, posters, schedule, store: opened.stores.digest })
    : undefined;
  const core = createCore({
    engine,
    digest: digest?.service,
    follows: opened.stores?.follows,
    ingest: ingest.service,
    now,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    // One budget per user across replicas (and across a restart), counted in the store.
    ...(opened.stores
      ? {
          rateLimiter: createSharedRateLimiter({
            store: opened.stores.rateWindows,
            limit: config.RATE_LIMIT_PER_MINUTE,
            windowMs: 60_000,
            now: () => now().getTime(),
            logger,
            reachable: opened.stores.reachable,
          }),
        }
      : {}),
  });
  return {
    core,
    get store(): StoreHealth {
      if (opened.stores && !opened.stores.reachable()) {
        return {
          ok: false,
          error:
            "PostgreSQL (DATABASE_URL) is unreachable: questions are answered from memory, writes are retried",
        };
      }
      return opened.health;
    },
    async stop() {
      await digest?.stop();
      await ingest.stop();
      await sharing?.stop();
      await opened.stores?.close();
    },
  };
}

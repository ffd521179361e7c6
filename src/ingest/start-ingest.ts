/**
 * Starts everything that adds coverage while the bot runs: the `seeds/` watcher (WATCH_SEEDS), the feed
 * poller (FEEDS on FEED_POLL_CRON) and the service behind `/deal add`. All share one pipeline and one
 * set of fetch rules.
 */
import { Cron } from "croner";
import type { Engine } from "../answer/engine.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { createArticleAdder } from "./add-article.js";
import { createIngestService, type IngestService } from "./ingest-service.js";
import { createFeedPoller, type FeedItemLedger, type PollReport } from "./poll-feeds.js";
import { type FetchKind, safeFetch } from "./safe-fetch.js";
import { type SeedsEvent, watchSeeds } from "./watch-seeds.js";

export type IngestConfig = Pick<
  Config,
  | "SEEDS_DIR"
  | "ADD_ALLOWED_USERS"
  | "ALLOW_PRIVATE_URLS"
  | "FEEDS"
  | "FEED_POLL_CRON"
  | "FETCH_TIMEOUT_MS"
  | "FETCH_MAX_BYTES"
  | "WATCH_SEEDS"
  | "PUBLIC_BASE_URL"
>;

export interface StartIngestOptions {
  engine: Engine;
  config: IngestConfig;
  logger: Logger;
  now: () => Date;
  /** Remembers handled feed items across restarts (the store); without it, only while running. */
  handledFeedItems?: FeedItemLedger;
  /** Called after each seeds file event is applied. */
  onSeedsEvent?: (event: SeedsEvent) => void;
  /** False while the shared store is known to be unreachable (`/deal add` then says so). */
  storeReachable?: () => boolean;
}

export interface RunningIngest {
  service: IngestService;
  /** Polls the feeds now, as the schedule would. */
  pollFeeds(): Promise<PollReport>;
  stop(): Promise<void>;
}

/** Builds the fetch function the config allows, for pages or feeds. */
export function configuredFetch(config: IngestConfig, kind: FetchKind) {
  return (url: string) =>
    safeFetch(url, {
      kind,
      allowPrivate: config.ALLOW_PRIVATE_URLS,
      timeoutMs: config.FETCH_TIMEOUT_MS,
      maxBytes: config.FETCH_MAX_BYTES,
    });
}

/** Starts the watcher and the poller; throws (naming the variable) when FEED_POLL_CRON is not a schedule. */
export async function startIngest(options: StartIngestOptions): Promise<RunningIngest> {
  const { engine, config, logger } = options;
  const adder = createArticleAdder({
    corpus: engine,
    seedsDir: config.SEEDS_DIR,
    fetchPage: configuredFetch(config, "page"),
    now: options.now,
    logger,
  });
  const poller = createFeedPoller({
    feeds: config.FEEDS,
    fetchFeed: configuredFetch(config, "feed"),
    adder,
    logger,
    handled: options.handledFeedItems,
    now: options.now,
  });

  let cron: Cron | undefined;
  if (config.FEEDS.length > 0) {
    try {
      // protect: a slow poll is never overlapped by the next one.
      cron = new Cron(config.FEED_POLL_CRON, { protect: true, catch: true }, async () => {
        await poller.poll().catch((error: unknown) => logger.error({ err: error }, "feed poll failed"));
      });
    } catch (error) {
      throw new Error(
        `FEED_POLL_CRON (got ${JSON.stringify(config.FEED_POLL_CRON)}): not a cron schedule (${(error as Error).message}); e.g. "*/15 * * * *"`,
      );
    }
    logger.info({ feeds: config.FEEDS.length, schedule: config.FEED_POLL_CRON }, "feed polling scheduled");
    // Poll once now too: coverage published while the bot was down should not wait for the schedule.
    void poller.poll().catch((error: unknown) => logger.error({ err: error }, "feed poll failed"));
  }

  const watcher = config.WATCH_SEEDS
    ? watchSeeds({ dir: config.SEEDS_DIR, engine, logger, onEvent: options.onSeedsEvent })
    : undefined;
  await watcher?.ready;

  return {
    service: createIngestService({
      engine,
      adder,
      allowedUsers: config.ADD_ALLOWED_USERS,
      publicBaseUrl: config.PUBLIC_BASE_URL,
      logger,
      storeReachable: options.storeReachable,
    }),
    pollFeeds: () => poller.poll(),
    async stop() {
      cron?.stop();
      await watcher?.close();
    },
  };
}

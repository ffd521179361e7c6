/**
 * Starts the daily digest: opens the store at `${DATA_DIR}/deal-bot.sqlite` (created and migrated on
 * first start), and runs a croner job every minute whose tick posts whatever is due. Ticks never overlap
 * within a process; across processes the ledger's claims keep each day's post single.
 */
import { mkdir } from "node:fs/promises";
import { Cron } from "croner";
import type { Engine } from "../answer/engine.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { DigestStore } from "../store/digest-store.js";
import { sqliteStorePath } from "../store/open-store.js";
import { openSqliteDigestStore } from "../store/sqlite-digest-store.js";
import { createDigestService, type DigestService } from "./digest-service.js";
import type { DigestPoster } from "./poster.js";
import { runDueDigests, type TickOutcome } from "./run-due-digests.js";

export interface StartDigestDeps {
  engine: Engine;
  config: Pick<Config, "DATA_DIR" | "DIGEST_DEFAULT_TIME" | "DIGEST_DEFAULT_TIMEZONE" | "PUBLIC_BASE_URL"> &
    Partial<Pick<Config, "DIGEST_TICK_CRON" | "DIGEST_LEASE_MS">>;
  logger: Logger;
  now: () => Date;
  /** One per platform; a channel key's prefix ("slack:", "discord:", "shell:") picks one. */
  posters: DigestPoster[];
  /** Run the every-minute job (default true). Tests turn it off and call `tick()` with a moved clock. */
  schedule?: boolean;
  /** Another backend; by default the SQLite file in DATA_DIR. */
  store?: DigestStore;
}

export interface DigestRuntime {
  service: DigestService;
  /** Posts what is due now; resolves when done. Concurrent calls share one run. */
  tick(): Promise<TickOutcome[]>;
  /** Stops the job, waits for a running tick, closes the store. */
  stop(): Promise<void>;
}

/** The file the SQLite store lives in. */
export const digestStorePath = sqliteStorePath;

/** Opens the store and starts the scheduler; rejects with a message naming the file when it cannot. */
export async function startDigest(deps: StartDigestDeps): Promise<DigestRuntime> {
  const { config, logger } = deps;
  let store = deps.store;
  if (!store) {
    await mkdir(config.DATA_DIR, { recursive: true });
    const opened = openSqliteDigestStore(digestStorePath(config.DATA_DIR));
    if (!opened.ok) throw new Error(`${opened.error} (check DATA_DIR=${config.DATA_DIR})`);
    store = opened.store;
  }
  const digestStore = store;
  const service = createDigestService({
    store: digestStore,
    engine: deps.engine,
    now: deps.now,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    defaults: { time: config.DIGEST_DEFAULT_TIME, timezone: config.DIGEST_DEFAULT_TIMEZONE },
  });

  let running: Promise<TickOutcome[]> | undefined;
  const tick = (): Promise<TickOutcome[]> => {
    running ??= runDueDigests({
      store: digestStore,
      engine: deps.engine,
      posters: deps.posters,
      now: deps.now,
      logger,
      publicBaseUrl: config.PUBLIC_BASE_URL,
      leaseMs: config.DIGEST_LEASE_MS,
    }).finally(() => {
      running = undefined;
    });
    return running;
  };

  const pattern = config.DIGEST_TICK_CRON ?? "* * * * *";
  let job: Cron | undefined;
  if (deps.schedule !== false) {
    try {
      job = new Cron(pattern, { name: "deal-bot-digest", protect: true }, async () => {
        try {
          await tick();
        } catch (error) {
          logger.error({ err: error }, "digest tick failed");
        }
      });
    } catch (error) {
      await digestStore.close();
      throw new Error(
        `DIGEST_TICK_CRON (got ${JSON.stringify(pattern)}): not a cron schedule (${(error as Error).message}); e.g. "* * * * *"`,
      );
    }
  }

  return {
    service,
    tick,
    async stop() {
      job?.stop();
      await running?.catch(() => undefined);
      await digestStore.close();
    },
  };
}

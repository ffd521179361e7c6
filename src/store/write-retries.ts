/**
 * Store writes that must not hold up an answer and must not be lost to a short outage: each is tried once
 * within a short wait; one that fails or does not finish in time is retried in the background with
 * growing waits. The log gets the first write of a backlog, a summary every 30 s while writes wait (how
 * many, the oldest's age) and one line when none is left; a write given up is logged on its own. Writes
 * are keyed: a later write under the same key replaces a deferred one (every write here is an upsert, so
 * the last value is the one to store, and a first attempt that landed late is simply written again).
 */
import type { Logger } from "../logger.js";

/** A store call that did not settle within its time limit. */
export class StoreTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what}: the store did not answer within ${ms} ms`);
    this.name = "StoreTimeoutError";
  }
}

/**
 * Settles as `call` does, or rejects with a `StoreTimeoutError` naming `what` after `ms`. The call itself
 * goes on (the pool's query timeout ends it); only the caller stops waiting.
 */
export function withDeadline<T>(call: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(what, ms)), ms);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

/** How long `stop` tries the deferred writes once more while the store is reachable: 3 s. */
export const STOP_FLUSH_MS = 3000;

/** Keys named in a log line about many writes; the count says how many there are. */
const MAX_KEYS_LOGGED = 20;

export interface WriteRetriesOptions {
  logger: Logger;
  /** False while the store is known to be down: deferred writes wait without trying. */
  reachable?: () => boolean;
  /** How long the caller waits for the first attempt, in ms (default 2000). */
  waitMs?: number;
  /** Waits between background attempts, in ms; the last repeats (default 1 s, 2 s, 5 s, 10 s, 30 s). */
  delaysMs?: readonly number[];
  /** How long a write is retried before it is given up, in ms (default one hour). */
  giveUpAfterMs?: number;
  /** Deferred writes held at most (default 10,000); beyond it new ones are dropped and logged. */
  maxPending?: number;
  /** How often a backlog is summarised in the log, in ms (default 30 s). */
  summaryEveryMs?: number;
  now?: () => number;
}

export interface WriteRetries {
  /**
   * Runs `write` and resolves true once it landed, or false (never rejects) when it failed or took longer
   * than the wait — it is then retried in the background under `key`.
   */
  run(key: string, what: string, write: () => Promise<unknown>): Promise<boolean>;
  /** Writes deferred and not landed yet. */
  pending(): number;
  /**
   * Stops retrying, as the store is closing. While the store is reachable the deferred writes are tried
   * once more, for at most `flushMs` (default 3000); whatever is still not stored then is dropped and
   * logged at error, with how many and their keys. Resolves to how many were dropped.
   */
  stop(flushMs?: number): Promise<number>;
}

interface Deferred {
  what: string;
  write: () => Promise<unknown>;
  since: number;
  attempt: number;
  timer?: NodeJS.Timeout;
}

export function createWriteRetries(options: WriteRetriesOptions): WriteRetries {
  const { logger } = options;
  const waitMs = options.waitMs ?? 2000;
  const delays = options.delaysMs ?? [1000, 2000, 5000, 10_000, 30_000];
  const giveUpAfterMs = options.giveUpAfterMs ?? 60 * 60 * 1000;
  const maxPending = options.maxPending ?? 10_000;
  const now = options.now ?? Date.now;
  const reachable = options.reachable ?? (() => true);
  const summaryEveryMs = options.summaryEveryMs ?? 30_000;
  const deferred = new Map<string, Deferred>();
  let stopped = false;

  // An outage defers a write or more per delivery (tens a second): the log gets the backlog's first write,
  // a summary every `summaryEveryMs` and one line when it drains, not a line per write.
  let backlog: { since: number; stored: number; dropped: number; timer: NodeJS.Timeout } | undefined;
  const summarise = () => {
    if (!backlog) return;
    const oldest = deferred.values().next().value?.since ?? now();
    logger.warn(
      {
        waiting: deferred.size,
        oldestSeconds: Math.round((now() - oldest) / 1000),
        storedSoFar: backlog.stored,
        dropped: backlog.dropped,
        storeReachable: reachable(),
      },
      "store writes waiting to be retried",
    );
  };
  const startBacklog = () => {
    if (backlog) return;
    backlog = { since: now(), stored: 0, dropped: 0, timer: setInterval(summarise, summaryEveryMs) };
    backlog.timer.unref();
  };
  /** Counts a write out of the backlog; logs once when none is left. */
  const settled = (stored: boolean) => {
    if (!backlog) return;
    if (stored) backlog.stored++;
    if (deferred.size > 0) return;
    clearInterval(backlog.timer);
    logger.info(
      {
        stored: backlog.stored,
        dropped: backlog.dropped,
        afterSeconds: Math.round((now() - backlog.since) / 1000),
      },
      "deferred store writes stored; none waiting",
    );
    backlog = undefined;
  };

  const schedule = (
    key: string,
    entry: Deferred,
    delay = delays[Math.min(entry.attempt, delays.length - 1)]!,
  ) => {
    if (stopped) return;
    entry.timer = setTimeout(() => void attempt(key, entry), delay);
    entry.timer.unref();
  };

  const attempt = async (key: string, entry: Deferred) => {
    if (deferred.get(key) !== entry || stopped) return;
    if (now() - entry.since > giveUpAfterMs) {
      deferred.delete(key);
      logger.error(
        { what: entry.what, key, attempts: entry.attempt },
        "giving up a store write after retrying",
      );
      if (backlog) backlog.dropped++;
      settled(false);
      return;
    }
    // While the heartbeat says the store is down, an attempt would only wait out its timeout: look again
    // after the shortest wait, so the write lands soon after the store is back.
    if (!reachable()) return schedule(key, entry, delays[0]);
    entry.attempt++;
    try {
      await entry.write();
    } catch (err) {
      if (deferred.get(key) !== entry) return;
      logger.debug({ err, what: entry.what, key, attempt: entry.attempt }, "store write failed again");
      return schedule(key, entry);
    }
    if (deferred.get(key) !== entry) return;
    deferred.delete(key);
    logger.debug({ what: entry.what, key, attempts: entry.attempt + 1 }, "stored a write after retrying");
    settled(true);
  };

  const defer = (key: string, what: string, write: () => Promise<unknown>, err: unknown) => {
    const earlier = deferred.get(key);
    if (earlier) clearTimeout(earlier.timer);
    else if (deferred.size >= maxPending) {
      if (backlog && backlog.dropped++ === 0) {
        logger.error(
          { what, key, pending: deferred.size },
          "too many store writes waiting; new ones are dropped (counted in the summaries)",
        );
      }
      return;
    }
    const entry: Deferred = { what, write, since: earlier?.since ?? now(), attempt: 0 };
    deferred.set(key, entry);
    if (!backlog) {
      startBacklog();
      // The message alone: the cause is known (a timeout, the heartbeat) and a stack says nothing more.
      logger.warn(
        { error: (err as Error)?.message ?? String(err), what, key },
        "store write failed; retrying with backoff (later ones are summarised)",
      );
    } else if (!earlier) {
      logger.debug({ what, key }, "store write deferred");
    }
    schedule(key, entry);
  };

  return {
    async run(key, what, write) {
      if (!reachable()) {
        defer(key, what, write, new Error("the store is unreachable"));
        return false;
      }
      try {
        await withDeadline(write(), waitMs, what);
      } catch (err) {
        defer(key, what, write, err);
        return false;
      }
      // This value supersedes any deferred one under the key.
      const earlier = deferred.get(key);
      if (earlier) {
        clearTimeout(earlier.timer);
        deferred.delete(key);
        settled(true);
      }
      return true;
    },
    pending: () => deferred.size,
    async stop(flushMs = STOP_FLUSH_MS) {
      if (stopped) return 0;
      stopped = true;
      if (backlog) clearInterval(backlog.timer);
      backlog = undefined;
      const waiting = [...deferred];
      for (const [, entry] of waiting) clearTimeout(entry.timer);
      if (waiting.length > 0 && reachable() && flushMs > 0) {
        const flush = waiting.map(async ([key, entry]) => {
          await entry.write();
          if (deferred.get(key) === entry) deferred.delete(key);
        });
        await withDeadline(Promise.allSettled(flush), flushMs, "storing deferred writes").catch(
          () => undefined,
        );
      }
      const lost = [...deferred.keys()];
      deferred.clear();
      if (lost.length > 0) {
        logger.error(
          { dropped: lost.length, keys: lost.slice(0, MAX_KEYS_LOGGED), storeReachable: reachable() },
          "stopping with store writes never stored; they are lost",
        );
      } else if (waiting.length > 0) {
        logger.info({ stored: waiting.length }, "stored the deferred writes before stopping");
      }
      return lost.length;
    },
  };
}

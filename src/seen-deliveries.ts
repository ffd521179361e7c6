/**
 * Which platform deliveries (Slack events and interactions, Discord interactions and messages) this bot
 * already handled, so a retry or replay is answered once: in this process's memory, and with a store in
 * its event ledger, shared by every replica and kept across a restart.
 */
import { randomUUID } from "node:crypto";
import type { Logger } from "./logger.js";
import type { EventLedger } from "./store/event-ledger.js";
import type { WriteRetries } from "./store/write-retries.js";

/**
 * How long an id is remembered: Slack's retries arrive within minutes, and a replayed signature is
 * refused by Bolt after 5 minutes, so an hour covers both with room for clock skew.
 */
export const SEEN_EVENT_TTL_MS = 60 * 60 * 1000;

export interface SeenEvents {
  /** True when `id` was seen within the TTL; otherwise records it and returns false. */
  checkAndRecord(id: string): boolean | Promise<boolean>;
}

/** An event-id store that forgets ids after `ttlMs` and holds at most `max` of them. */
export function createSeenEvents(now: () => number, ttlMs = SEEN_EVENT_TTL_MS, max = 200_000): SeenEvents {
  const seen = new Map<string, number>();
  const prune = (t: number) => {
    for (const [id, at] of seen) {
      if (at > t - ttlMs && seen.size <= max) break;
      seen.delete(id);
    }
  };
  return {
    checkAndRecord(id) {
      const t = now();
      prune(t);
      if (seen.has(id)) return true;
      seen.set(id, t);
      return false;
    },
  };
}

export interface SharedSeenEventsOptions {
  /** The ledger key's prefix, so platforms' ids never collide (default "slack"). */
  platform?: string;
  /** This process's own record, asked first and used alone while the store is known to be down. */
  local?: SeenEvents;
  /** False while the store is known to be unreachable: the local record decides without trying it. */
  reachable?: () => boolean;
  /**
   * How long a claim the store does not answer (a starved pool, a slow server) is retried before the
   * delivery is dropped, in ms (waits summed, not counting the attempts; default 20,000: Bolt acknowledges
   * an event, and the Slack adapter a command or click, before this runs, so the wait delays only the
   * answer; the adapter's limit on pending deliveries bounds how many wait).
   */
  claimWaitMs?: number;
  /** Waits between attempts (default `setTimeout`); tests pass a fake clock's. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Where a delivery decided from memory (the store down) is recorded in the ledger later, so its retries
   * reaching another replica once the store is back are dropped there too.
   */
  retries?: Pick<WriteRetries, "run">;
}

/** Waits between claim attempts: doubling from 100 ms, at most 2 s. */
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 2000;

/** A claim retrying this long (a locked table, a starved pool) holds its answer: logged once, at warn. */
export const SLOW_CLAIM_WARN_MS = 5000;

/**
 * Ids recorded in the shared store, so a retry or replay that reaches another replica (or this one after
 * a restart) is dropped too. While the store is reachable only the store decides: a claim that fails (a
 * starved pool, a timeout) is retried with backoff for `claimWaitMs`, and one still undecided is dropped
 * and logged — answered at most once rather than twice. Each attempt carries the same owner token, so an
 * attempt that timed out but did commit does not make the retry drop the delivery as another's. Only while
 * the store is known to be down (`reachable()` false, from the heartbeat) does the process's own memory
 * decide: an answer given twice is then better than none; the claim is then written with `retries` once
 * the store is back.
 */
export function createSharedSeenEvents(
  ledger: EventLedger,
  now: () => number,
  logger: Logger,
  options: SharedSeenEventsOptions = {},
): SeenEvents {
  const local = options.local ?? createSeenEvents(now);
  const platform = options.platform ?? "slack";
  const waitMs = options.claimWaitMs ?? 20_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const down = () => options.reachable !== undefined && !options.reachable();
  // Said once per outage, not once per delivery (tens a second); said again after a claim got through.
  let saidDown = false;
  return {
    async checkAndRecord(id) {
      // Seen by this process already: surely a repeat, and the store need not be asked (the fast path).
      if (await local.checkAndRecord(id)) return true;
      const key = id.slice(0, 80);
      const ledgerKey = `${platform}:${id}`;
      const owner = randomUUID();
      let lastError: unknown;
      let waited = 0;
      const started = now();
      let saidSlow = false;
      for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, MAX_RETRY_MS)) {
        if (down()) {
          if (saidDown) logger.debug({ key }, "store unreachable; de-duplicating in memory");
          else logger.warn({ key }, "store unreachable; de-duplicating in memory until it is back");
          saidDown = true;
          const at = new Date(now());
          void options.retries?.run(`claim:${ledgerKey}`, "recording a delivery answered from memory", () =>
            ledger.claim(ledgerKey, at, SEEN_EVENT_TTL_MS, owner),
          );
          return false;
        }
        try {
          const claimed = await ledger.claim(ledgerKey, new Date(now()), SEEN_EVENT_TTL_MS, owner);
          saidDown = false;
          return !claimed;
        } catch (err) {
          lastError = err;
        }
        if (waited + delay > waitMs) break;
        await sleep(delay);
        waited += delay;
        const retryingMs = Math.max(waited, now() - started);
        if (!saidSlow && retryingMs >= SLOW_CLAIM_WARN_MS) {
          saidSlow = true;
          logger.warn(
            { key, retryingMs, error: (lastError as Error)?.message ?? String(lastError) },
            "event ledger claim still retrying; the answer waits for it",
          );
        }
      }
      // Another replica may have handled it while this one could not ask: do not risk a second answer.
      logger.error(
        { err: lastError, key, waitedMs: waited },
        "event ledger did not answer; dropping the delivery rather than risk answering it twice",
      );
      return true;
    },
  };
}

/**
 * A per-user rate limit, with an injected clock so tests move time instead of waiting: a sliding window in
 * this process's memory, and (with a store) fixed windows counted in the store so every replica shares one
 * budget per user.
 */
import { createBoundedMap } from "./bounded-map.js";
import type { Logger } from "./logger.js";
import type { RateWindowStore } from "./store/rate-window-store.js";

export interface RateLimiter {
  /** Records an attempt by `key`; false when the key is over its limit (the attempt is not counted). */
  take(key: string): boolean | Promise<boolean>;
  /** Seconds until `key` may ask again (0 when it may now). */
  retryAfterSeconds(key: string): number;
  /** How many keys it holds attempts for (users who asked within the window). */
  readonly size: number;
}

/** The in-memory limiter answers at once. */
export type LocalRateLimiter = RateLimiter & { take(key: string): boolean };

export function createRateLimiter(limit: number, windowMs: number, now: () => number): LocalRateLimiter {
  const hits = new Map<string, number[]>();
  let lastSweep = now();
  /** Forgets users whose attempts have all left the window, so a long-running bot does not grow. */
  const sweep = () => {
    if (now() - lastSweep < windowMs) return;
    lastSweep = now();
    const cutoff = lastSweep - windowMs;
    for (const [key, list] of hits) if (list[list.length - 1]! <= cutoff) hits.delete(key);
  };
  const recent = (key: string): number[] => {
    const cutoff = now() - windowMs;
    const list = (hits.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) hits.set(key, list);
    else hits.delete(key);
    return list;
  };
  return {
    take(key) {
      sweep();
      const list = recent(key);
      if (list.length >= limit) return false;
      list.push(now());
      hits.set(key, list);
      return true;
    },
    retryAfterSeconds(key) {
      const list = recent(key);
      if (list.length < limit) return 0;
      return Math.max(1, Math.ceil((list[0]! + windowMs - now()) / 1000));
    },
    get size() {
      return hits.size;
    },
  };
}

export interface SharedRateLimiterOptions {
  store: RateWindowStore;
  limit: number;
  windowMs: number;
  now: () => number;
  logger: Logger;
  /** False while the store is known to be unreachable: the local window decides without trying it. */
  reachable?: () => boolean;
}

/**
 * One budget per user across replicas, counted in the store's fixed windows. This process's own sliding
 * window is asked first: when it alone already holds `limit` attempts the user is surely over, and the
 * store is not asked (the fast path). While the store fails, the local window decides, so each replica
 * then allows up to `limit` (logged). Resolves false when refused.
 */
export function createSharedRateLimiter(options: SharedRateLimiterOptions): RateLimiter {
  const { store, limit, windowMs, now, logger } = options;
  const local = createRateLimiter(limit, windowMs, now);
  /** Window end of the store's last refusal per key, for the retry-after it implies. */
  const refusedUntil = createBoundedMap<string, number>(10_000);
  return {
    async take(key) {
      if (!local.take(key)) return false;
      if (options.reachable && !options.reachable()) return true;
      const t = now();
      const start = t - (t % windowMs);
      try {
        // Kept one window past its end, so a clock a little behind on another replica still finds it.
        const allowed = await store.hit(key, new Date(start), limit, new Date(start + 2 * windowMs));
        if (!allowed) refusedUntil.set(key, start + windowMs);
        return allowed;
      } catch (err) {
        logger.warn({ err, key }, "rate-limit store unreachable; limiting in this process's memory");
        return true;
      }
    },
    retryAfterSeconds(key) {
      const here = local.retryAfterSeconds(key);
      const until = refusedUntil.get(key) ?? 0;
      return Math.max(here, until > now() ? Math.ceil((until - now()) / 1000) : 0);
    },
    get size() {
      return local.size;
    },
  };
}

/** The polite reply when someone asks too fast. */
export function rateLimitedText(retryAfterSeconds: number): string {
  return `You're asking faster than I can keep up. Please try again in ${retryAfterSeconds} s.`;
}

/**
 * A per-user sliding-window rate limit, with an injected clock so tests move time instead of waiting.
 */

export interface RateLimiter {
  /** Records an attempt by `key`; false when the key is over its limit (the attempt is not counted). */
  take(key: string): boolean;
  /** Seconds until `key` may ask again (0 when it may now). */
  retryAfterSeconds(key: string): number;
  /** How many keys it holds attempts for (users who asked within the window). */
  readonly size: number;
}

export function createRateLimiter(limit: number, windowMs: number, now: () => number): RateLimiter {
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

/** The polite reply when someone asks too fast. */
export function rateLimitedText(retryAfterSeconds: number): string {
  return `You're asking faster than I can keep up. Please try again in ${retryAfterSeconds} s.`;
}

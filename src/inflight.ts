/**
 * Work the bot has accepted and not yet finished (a reply being built and posted, an article being
 * added), so a graceful stop can wait for it: stop accepting, `drain`, then close what the work needs.
 */

export interface Inflight {
  /** Counts `work` as in flight until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** How many pieces of work are in flight now. */
  readonly size: number;
  /**
   * Resolves once nothing is in flight, or after `timeoutMs` (ms) with what was left: `{ left: 0 }` when
   * everything finished. Never rejects.
   */
  drain(timeoutMs: number): Promise<{ left: number }>;
}

export function createInflight(): Inflight {
  const pending = new Set<Promise<unknown>>();
  let idle: (() => void)[] = [];
  const settle = (entry: Promise<unknown>) => {
    pending.delete(entry);
    if (pending.size > 0) return;
    const waiting = idle;
    idle = [];
    for (const wake of waiting) wake();
  };
  return {
    track(work) {
      const entry = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(entry);
      void entry.then(() => settle(entry));
      return work;
    },
    get size() {
      return pending.size;
    },
    drain(timeoutMs) {
      if (pending.size === 0) return Promise.resolve({ left: 0 });
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ left: pending.size }), timeoutMs);
        idle.push(() => {
          clearTimeout(timer);
          resolve({ left: 0 });
        });
      });
    },
  };
}

/**
 * Rate-limit windows shared by every replica: a fixed window per key (a user), counted in the store, so N
 * replicas together allow a user `limit` questions a window rather than N times that. A fixed window (one
 * counter per key and window start, one atomic upsert a question) is the usual shared-counter design
 * (Redis `INCR` + `EXPIRE`); a burst straddling two windows can reach twice the limit.
 */
export interface RateWindowStore {
  /**
   * Counts one hit for `key` in the window starting at `windowStart`, unless that window already holds
   * `limit` hits. True when counted (allowed). Rows expire at `expiresAt`. Atomic across processes.
   */
  hit(key: string, windowStart: Date, limit: number, expiresAt: Date): Promise<boolean>;
}

/**
 * Which platform deliveries were already handled — Slack's `event_id`, Discord's interaction id — so a
 * retried delivery, or the same delivery reaching two replicas, is answered once. Entries expire.
 */
export interface EventLedger {
  /**
   * Records `key` as handled until `now + ttlMs`. True when this caller is the first (or the earlier record
   * expired); false for a repeat. Atomic across processes sharing the store.
   */
  claim(key: string, now: Date, ttlMs: number): Promise<boolean>;
}

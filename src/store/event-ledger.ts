/**
 * Which platform deliveries were already handled — Slack's `event_id`, Discord's interaction id — so a
 * retried delivery, or the same delivery reaching two replicas, is answered once. Entries expire.
 */
export interface EventLedger {
  /**
   * Records `key` as handled until `now + ttlMs`. True when this caller is the first (or the earlier record
   * expired); false for a repeat. Atomic across processes sharing the store. With `owner` (a token unique to
   * one delivery's handling), a second claim by the same owner is true again: a claim retried after a
   * timeout whose first attempt did commit is not mistaken for another replica's.
   */
  claim(key: string, now: Date, ttlMs: number, owner?: string): Promise<boolean>;
}

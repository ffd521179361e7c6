/**
 * The answers behind buttons ("Share in channel", "More sources"), kept in the store under the id the
 * button carries, so a click works on any replica and after a restart until the answer expires.
 */
export interface ButtonAnswerStore {
  /** Stores `answer` (plain JSON) under `key` until `expiresAt`; a second put replaces it. */
  put(key: string, answer: unknown, expiresAt: Date): Promise<void>;
  /** The answer under `key`, or undefined when there is none or it expired before `now`. */
  get(key: string, now: Date): Promise<unknown>;
}

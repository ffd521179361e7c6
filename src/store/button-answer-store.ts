/**
 * Plain-JSON values under string keys, each kept until its expiry, shared by every process on the store.
 * Two tables use it: the answers behind buttons ("Share in channel", "More sources"), kept under the id the
 * button carries, and conversation memory (a thread's previous question and story), so a click or a
 * follow-up works on any replica and after a restart until it expires.
 */
export interface ExpiringStore {
  /** Stores `value` (plain JSON) under `key` until `expiresAt`; a second put replaces it. */
  put(key: string, value: unknown, expiresAt: Date): Promise<void>;
  /** The value under `key`, or undefined when there is none or it expired before `now`. */
  get(key: string, now: Date): Promise<unknown>;
}

/**
 * A button's answer could not be looked up: this process holds no copy and the store did not answer (it
 * is down or slow), so the answer may well exist — the click is to be tried again, not called expired.
 */
export class AnswerUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`a button's answer could not be read from the store: ${(cause as Error)?.message ?? cause}`);
    this.name = "AnswerUnavailableError";
  }
}

/** The answers behind buttons. */
export type ButtonAnswerStore = ExpiringStore;

/** Conversation memory: per thread (Slack) or per message and thread (Discord). */
export type ConversationStore = ExpiringStore;

/** Each table an `ExpiringStore` lives in, with its value column (named for what it held first). */
export const EXPIRING_TABLES = {
  buttons: { table: "button_answers", column: "answer" },
  conversations: { table: "conversations", column: "state" },
} as const;

export type ExpiringTable = (typeof EXPIRING_TABLES)[keyof typeof EXPIRING_TABLES];

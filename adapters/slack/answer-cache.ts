/**
 * Recent answers, keyed by a random id that the buttons carry. A bounded cache keeps "Share in channel"
 * sharing exactly the answer the person saw; on a miss (restart, eviction) the answer has expired — it is
 * never re-asked, since a new answer is not the one the person saw and chose to share.
 */
import { randomUUID } from "node:crypto";
import { createBoundedMap } from "../../src/bounded-map.js";
import type { Reply } from "../../src/commands/reply.js";
import type { Logger } from "../../src/logger.js";
import { AnswerUnavailableError, type ButtonAnswerStore } from "../../src/store/button-answer-store.js";
import { type ButtonValue, decodeButtonValue, encodeButtonValue } from "./button-value.js";

export type AnswerReply = Extract<Reply, { type: "answer" }>;

export interface CachedAnswer {
  reply: AnswerReply;
  /** What the person typed (after `/deal` or the mention). */
  text: string;
  previousQuestion?: string;
}

export interface AnswerCache {
  /**
   * Stores an answer and returns the button value that refers to it; with a store, once the answer is
   * written there, so its buttons work on every replica as soon as they are shown.
   */
  put(entry: CachedAnswer): string | Promise<string>;
  /**
   * The answer a button refers to; undefined once it has expired. Rejects with `AnswerUnavailableError`
   * when only the store could hold it and the store cannot be read.
   */
  resolve(value: ButtonValue): CachedAnswer | undefined | Promise<CachedAnswer | undefined>;
}

/** The in-memory cache answers at once. */
export type LocalAnswerCache = {
  put(entry: CachedAnswer): string;
  resolve(value: ButtonValue): CachedAnswer | undefined;
};

export function createAnswerCache(max = 1000, newId: () => string = () => randomUUID()): LocalAnswerCache {
  const entries = createBoundedMap<string, CachedAnswer>(max);
  return {
    put(entry) {
      const k = newId();
      entries.set(k, entry);
      return encodeButtonValue({ k, q: entry.text, p: entry.previousQuestion });
    },
    resolve: (value) => entries.get(value.k),
  };
}

/** How long a button's answer is kept in the store: a week, as old messages are still clicked. */
export const SHARED_ANSWER_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The cache written through to the store, so a button works on a replica that did not render it and after
 * a restart. The write is awaited before the answer is shown: a click reaching another replica a moment
 * later (under load, before a write left in the background landed) found no answer. A failed write is
 * logged and only costs that button its answer on other replicas; a failed read is not an expiry (the
 * answer may be there once the store answers), so it rejects with `AnswerUnavailableError`.
 */
export function createSharedAnswerCache(
  store: ButtonAnswerStore,
  logger: Logger,
  now: () => Date = () => new Date(),
  local: LocalAnswerCache = createAnswerCache(),
): AnswerCache {
  return {
    async put(entry) {
      const value = local.put(entry);
      const k = decodeButtonValue(value)?.k;
      if (k) {
        const expiresAt = new Date(now().getTime() + SHARED_ANSWER_TTL_MS);
        await store
          .put(k, entry, expiresAt)
          .catch((err: unknown) =>
            logger.warn({ err }, "storing a button's answer failed; it works here only"),
          );
      }
      return value;
    },
    async resolve(value) {
      const here = await local.resolve(value);
      if (here) return here;
      try {
        const stored = (await store.get(value.k, now())) as CachedAnswer | undefined;
        return stored && stored.reply?.type === "answer" ? stored : undefined;
      } catch (err) {
        logger.warn({ err }, "reading a button's answer from the store failed");
        throw new AnswerUnavailableError(err);
      }
    },
  };
}

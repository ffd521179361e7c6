/**
 * Recent answers, keyed by a random id that the buttons carry. A bounded cache keeps "Share in channel"
 * sharing exactly the answer the person saw; on a miss (restart, eviction) the answer has expired — it is
 * never re-asked, since a new answer is not the one the person saw and chose to share.
 */
import { randomUUID } from "node:crypto";
import { createBoundedMap } from "../../src/bounded-map.js";
import type { Reply } from "../../src/commands/reply.js";
import { type ButtonValue, encodeButtonValue } from "./button-value.js";

export type AnswerReply = Extract<Reply, { type: "answer" }>;

export interface CachedAnswer {
  reply: AnswerReply;
  /** What the person typed (after `/deal` or the mention). */
  text: string;
  previousQuestion?: string;
}

export interface AnswerCache {
  /** Stores an answer and returns the button value that refers to it. */
  put(entry: CachedAnswer): string;
  /** The answer a button refers to; undefined once it has expired. */
  resolve(value: ButtonValue): CachedAnswer | undefined;
}

export function createAnswerCache(max = 1000, newId: () => string = () => randomUUID()): AnswerCache {
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

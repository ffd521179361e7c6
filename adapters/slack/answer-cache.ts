/**
 * Recent answers, keyed by a short id that the buttons carry. A bounded cache keeps "Share in channel"
 * sharing exactly the answer the person saw; on a miss (restart, eviction) the button's question is re-asked.
 */
import { randomUUID } from "node:crypto";
import { createBoundedMap } from "../../src/bounded-map.js";
import type { Envelope } from "../../src/commands/command.js";
import type { Reply } from "../../src/commands/reply.js";
import type { Core } from "../../src/core.js";
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
  /** The answer a button refers to: from the cache, else asked again. Undefined when it is no answer now. */
  resolve(value: ButtonValue, core: Core, envelope: Envelope): Promise<CachedAnswer | undefined>;
}

export function createAnswerCache(max = 1000, newId: () => string = () => randomUUID()): AnswerCache {
  const entries = createBoundedMap<string, CachedAnswer>(max);
  return {
    put(entry) {
      const k = newId();
      entries.set(k, entry);
      return encodeButtonValue({ k, q: entry.text, p: entry.previousQuestion });
    },
    async resolve(value, core, envelope) {
      const cached = entries.get(value.k);
      if (cached) return cached;
      if (!value.q) return undefined;
      const reply = await core.handleText(value.q, { ...envelope, previousQuestion: value.p });
      if (reply.type !== "answer") return undefined;
      const entry = { reply, text: value.q, previousQuestion: value.p };
      entries.set(value.k, entry);
      return entry;
    },
  };
}

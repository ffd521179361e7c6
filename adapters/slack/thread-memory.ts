/**
 * Per-thread memory of the question deal-bot answered, so a follow-up in that thread needs no mention and
 * short follow-ups ("and when?") are read with the earlier question as context, within the story of the
 * thread's previous answer. In this process's memory (bounded), and with a store written through to the
 * store, so a follow-up reaching another replica, or this one after a restart, keeps its context.
 */

import { createBoundedMap } from "../../src/bounded-map.js";
import type { Reply } from "../../src/commands/reply.js";
import type { Logger } from "../../src/logger.js";
import type { ConversationStore } from "../../src/store/button-answer-store.js";

/** What a thread remembers; an empty state still means deal-bot answered there (help, a notice…). */
export interface ThreadState {
  /** The question to read a follow-up in this thread against. */
  question?: string;
  /** The story of the thread's previous answer, so follow-ups stay in it. */
  storyId?: string;
}

export interface ThreadMemory {
  /** The thread's state, or undefined when deal-bot has not answered in it. */
  recall(key: string): Promise<ThreadState | undefined>;
  /** Records that deal-bot replied in the thread with `reply`; `before` is what `recall` returned. */
  remember(key: string, reply: Reply, before: ThreadState | undefined): Promise<void>;
}

/** The key of a conversation: a thread, or a DM channel's top level. */
export function threadKey(team: string, channel: string, threadTs: string | undefined): string {
  return `${team}:${channel}:${threadTs ?? "top"}`;
}

/** Follow-ups this short borrow their subject, so the question before them stays the thread's context. */
const FOLLOW_UP_MAX_WORDS = 4;

/** The thread's state after deal-bot replied `reply` to it. Pure. */
export function nextThreadState(before: ThreadState | undefined, reply: Reply): ThreadState {
  const earlier = before?.question;
  if (reply.type !== "answer") return { question: earlier, storyId: before?.storyId };
  const question = reply.result.question;
  const isFollowUp = question.trim().split(/\s+/).length <= FOLLOW_UP_MAX_WORDS;
  return {
    question: earlier && isFollowUp ? earlier : question,
    // A "which story?" reply names no story: the thread keeps the one it had.
    storyId: reply.result.story?.id ?? before?.storyId,
  };
}

/** Thread memory in this process only (the default, and the store's fallback). */
export function createThreadMemory(max = 5000): ThreadMemory {
  const threads = createBoundedMap<string, ThreadState>(max);
  return {
    recall: async (key) => threads.get(key),
    async remember(key, reply, before) {
      threads.set(key, nextThreadState(before, reply));
    },
  };
}

/** How long a thread's context is kept in the store: a week, as old threads get replies too. */
export const THREAD_MEMORY_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface SharedThreadMemoryOptions {
  store: ConversationStore;
  logger: Logger;
  now?: () => Date;
  /**
   * False while the store is known to be unreachable: this process's memory answers reads alone. Writes
   * still go to `store`, which on the answer path hands them to the write retries (stored once the
   * database is back, so a follow-up reaching another replica after the outage keeps its context).
   */
  reachable?: () => boolean;
  local?: ThreadMemory;
}

/**
 * Thread memory in the store, written through from this process's memory. The store is read first, as
 * another replica may have answered in the thread since; while it fails, this process's memory stands in
 * (a follow-up then loses only what other replicas added). Writes are awaited before the answer is posted,
 * so a follow-up sent after seeing the answer finds its context on any replica.
 */
export function createSharedThreadMemory(options: SharedThreadMemoryOptions): ThreadMemory {
  const { store, logger } = options;
  const now = options.now ?? (() => new Date());
  const local = options.local ?? createThreadMemory();
  const up = () => options.reachable?.() ?? true;
  const storeKey = (key: string) => `slack:${key}`;
  return {
    async recall(key) {
      if (!up()) return local.recall(key);
      try {
        const stored = (await store.get(storeKey(key), now())) as ThreadState | undefined;
        return stored ?? (await local.recall(key));
      } catch (err) {
        logger.warn({ err }, "reading thread memory from the store failed; using this process's memory");
        return local.recall(key);
      }
    },
    async remember(key, reply, before) {
      await local.remember(key, reply, before);
      try {
        const expiresAt = new Date(now().getTime() + THREAD_MEMORY_TTL_MS);
        await store.put(storeKey(key), nextThreadState(before, reply), expiresAt);
      } catch (err) {
        logger.warn({ err }, "storing thread memory failed; this thread's context stays on this replica");
      }
    },
  };
}

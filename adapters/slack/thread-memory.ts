/**
 * Per-thread memory of the question deal-bot answered, so a follow-up in that thread needs no mention and
 * short follow-ups ("and when?") are read with the earlier question as context, within the story of the
 * thread's previous answer. In memory and bounded:
 * after a restart a thread simply needs a fresh mention.
 */

import { createBoundedMap } from "../../src/bounded-map.js";
import type { Reply } from "../../src/commands/reply.js";

export interface ThreadMemory {
  /** True when deal-bot has answered in this thread. */
  knows(key: string): boolean;
  /** The question to read a follow-up in this thread against. */
  previousQuestion(key: string): string | undefined;
  /** The story of the thread's previous answer, so follow-ups stay in it. */
  storyId(key: string): string | undefined;
  /** Records that deal-bot replied in the thread, and with what. */
  remember(key: string, reply: Reply): void;
}

/** The key of a conversation: a thread, or a DM channel's top level. */
export function threadKey(team: string, channel: string, threadTs: string | undefined): string {
  return `${team}:${channel}:${threadTs ?? "top"}`;
}

/** Follow-ups this short borrow their subject, so the question before them stays the thread's context. */
const FOLLOW_UP_MAX_WORDS = 4;

export function createThreadMemory(max = 5000): ThreadMemory {
  const threads = createBoundedMap<string, { question?: string; storyId?: string }>(max);
  return {
    knows: (key) => threads.has(key),
    previousQuestion: (key) => threads.get(key)?.question,
    storyId: (key) => threads.get(key)?.storyId,
    remember(key, reply) {
      const before = threads.get(key);
      const earlier = before?.question;
      if (reply.type !== "answer") {
        threads.set(key, { question: earlier, storyId: before?.storyId });
        return;
      }
      const question = reply.result.question;
      const isFollowUp = question.trim().split(/\s+/).length <= FOLLOW_UP_MAX_WORDS;
      threads.set(key, {
        question: earlier && isFollowUp ? earlier : question,
        // A "which story?" reply names no story: the thread keeps the one it had.
        storyId: reply.result.story?.id ?? before?.storyId,
      });
    },
  };
}

/**
 * What the Discord adapter remembers between events: the question and story behind each of its answers
 * (so a reply or a thread message is a follow-up), and the answers behind Share / More sources / story
 * buttons (a button's custom_id holds at most 100 characters, so it carries a short id, not the answer).
 * In this process's memory (bounded), and with a store written through to it, so a reply or a click
 * reaching another shard or replica, or this one after a restart, finds them.
 */

import { randomBytes } from "node:crypto";
import { createBoundedMap } from "../../src/bounded-map.js";
import type { Reply } from "../../src/commands/reply.js";
import type { Logger } from "../../src/logger.js";
import {
  AnswerUnavailableError,
  type ButtonAnswerStore,
  type ConversationStore,
} from "../../src/store/button-answer-store.js";

/** An answer a button can still act on. */
export interface RememberedAnswer {
  question: string;
  /** Who asked; a shared answer is attributed to them. */
  askerId: string;
  reply: Reply;
}

/** The question answered by a bot message or last answered in a thread, and its story. */
export interface Conversation {
  question: string;
  storyId?: string;
}

export interface ConversationMemory {
  /** The conversation of a bot message or a thread, by message or thread id. */
  recall(id: string): Promise<Conversation | undefined>;
  /**
   * Records the question and story of a bot message under its id (and its thread's), so a reply to it
   * follows up on that question within that story. A "which story?" answer names no story: the earlier
   * one (`earlierStoryId`) is kept.
   */
  remember(
    ids: readonly (string | undefined)[],
    question: string,
    reply: Reply,
    earlierStoryId?: string,
  ): Promise<void>;
  /** Stores an answer for its buttons and resolves to the short id the buttons carry. */
  putAnswer(answer: RememberedAnswer): Promise<string>;
  /**
   * The answer behind a button, or undefined once it has expired. Rejects with `AnswerUnavailableError`
   * when only the store could hold it and the store cannot be read (down or failing).
   */
  getAnswer(id: string): Promise<RememberedAnswer | undefined>;
}

/** The conversation a reply leaves behind. Pure. */
function conversationAfter(question: string, reply: Reply, earlierStoryId?: string): Conversation {
  const storyId = (reply.type === "answer" ? reply.result.story?.id : undefined) ?? earlierStoryId;
  return storyId ? { question, storyId } : { question };
}

/** Creates the memory in this process; sizes bound it to a few megabytes even with long answers. */
export function createConversationMemory(maxQuestions = 5000, maxAnswers = 1000): ConversationMemory {
  const conversations = createBoundedMap<string, Conversation>(maxQuestions);
  const answers = createBoundedMap<string, RememberedAnswer>(maxAnswers);
  return {
    recall: async (id) => conversations.get(id),
    async remember(ids, question, reply, earlierStoryId) {
      const conversation = conversationAfter(question, reply, earlierStoryId);
      for (const id of ids) if (id) conversations.set(id, conversation);
    },
    async putAnswer(answer) {
      // Random, never a counter: a counter restarts at 1 with the process, and a button from before a
      // restart would then reach someone else's answer (and Share would post their private question).
      const id = randomBytes(12).toString("base64url");
      answers.set(id, answer);
      return id;
    },
    getAnswer: async (id) => answers.get(id),
  };
}

/** How long conversations and button answers are kept in the store: a week, as old messages get clicks. */
export const DISCORD_MEMORY_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface SharedConversationMemoryOptions {
  buttons: ButtonAnswerStore;
  conversations: ConversationStore;
  logger: Logger;
  now?: () => Date;
  /**
   * False while the store is known to be unreachable: this process's memory answers reads alone. Writes
   * still go to the stores, which on the answer path hand them to the write retries (stored once the
   * database is back, so replies and clicks reaching other shards after the outage find them).
   */
  reachable?: () => boolean;
  local?: ConversationMemory;
}

/**
 * The memory written through to the store. A button's answer never changes once stored, so this
 * process's copy is asked first (the fast path); a conversation may have moved on elsewhere (a thread
 * answered on another replica), so the store is asked first for it. While the store fails, this process's
 * memory stands in and the failure is logged. Writes are awaited before the reply is sent, so a reply or
 * click that follows finds them on any replica.
 */
export function createSharedConversationMemory(options: SharedConversationMemoryOptions): ConversationMemory {
  const { buttons, conversations, logger } = options;
  const now = options.now ?? (() => new Date());
  const local = options.local ?? createConversationMemory();
  const up = () => options.reachable?.() ?? true;
  const key = (id: string) => `discord:${id}`;
  const expiry = () => new Date(now().getTime() + DISCORD_MEMORY_TTL_MS);
  /** Runs a store call; on failure logs `what` and resolves to undefined. */
  const tryStore = async <T>(what: string, call: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call();
    } catch (err) {
      logger.warn({ err }, `${what} failed; using this process's memory`);
      return undefined;
    }
  };
  return {
    async recall(id) {
      const stored = up()
        ? await tryStore("reading a conversation from the store", () => conversations.get(key(id), now()))
        : undefined;
      return (stored as Conversation | undefined) ?? local.recall(id);
    },
    async remember(ids, question, reply, earlierStoryId) {
      await local.remember(ids, question, reply, earlierStoryId);
      const conversation = conversationAfter(question, reply, earlierStoryId);
      const at = expiry();
      await tryStore("storing a conversation", () =>
        Promise.all(ids.flatMap((id) => (id ? [conversations.put(key(id), conversation, at)] : []))),
      );
    },
    async putAnswer(answer) {
      const id = await local.putAnswer(answer);
      await tryStore("storing a button's answer", () => buttons.put(key(id), answer, expiry()));
      return id;
    },
    async getAnswer(id) {
      const here = await local.getAnswer(id);
      if (here) return here;
      // Not an expiry: the answer may well be in the store, which cannot say just now.
      if (!up()) throw new AnswerUnavailableError(new Error("the store is unreachable"));
      try {
        return (await buttons.get(key(id), now())) as RememberedAnswer | undefined;
      } catch (err) {
        logger.warn({ err }, "reading a button's answer from the store failed");
        throw new AnswerUnavailableError(err);
      }
    },
  };
}

/**
 * What the Discord adapter remembers between events: the question behind each of its answers (so a reply
 * or a thread message is a follow-up), and the answers behind Share / More sources buttons (a button's
 * custom_id holds at most 100 characters, so it carries a short id, not the answer).
 */

import { randomBytes } from "node:crypto";
import { type BoundedMap, createBoundedMap } from "../../src/bounded-map.js";
import type { Reply } from "../../src/commands/reply.js";

/** An answer a button can still act on. */
export interface RememberedAnswer {
  question: string;
  /** Who asked; a shared answer is attributed to them. */
  askerId: string;
  reply: Reply;
}

export interface ConversationMemory {
  /** The question answered by a bot message, or last answered in a thread, keyed by message or thread id. */
  questions: BoundedMap<string, string>;
  /** The story of a bot message's answer, or of a thread's last answer, keyed like `questions`. */
  stories: BoundedMap<string, string>;
  /** Stores an answer for its buttons and returns the short id the buttons carry. */
  putAnswer(answer: RememberedAnswer): string;
  getAnswer(id: string): RememberedAnswer | undefined;
}

/** Creates the memory; sizes bound it to a few megabytes even with long answers. */
export function createConversationMemory(maxQuestions = 5000, maxAnswers = 1000): ConversationMemory {
  const questions = createBoundedMap<string, string>(maxQuestions);
  const stories = createBoundedMap<string, string>(maxQuestions);
  const answers = createBoundedMap<string, RememberedAnswer>(maxAnswers);
  return {
    questions,
    stories,
    putAnswer(answer) {
      // Random, never a counter: a counter restarts at 1 with the process, and a button from before a
      // restart would then reach someone else's answer (and Share would post their private question).
      const id = randomBytes(12).toString("base64url");
      answers.set(id, answer);
      return id;
    },
    getAnswer: (id) => answers.get(id),
  };
}

/**
 * Records a bot message's question and story under its id (and its thread's), so a reply to it follows up
 * on that question within that story. A "which story?" answer names no story: the earlier one is kept.
 */
export function rememberConversation(
  memory: ConversationMemory,
  ids: readonly (string | undefined)[],
  question: string,
  reply: Reply,
  earlierStoryId?: string,
): void {
  const storyId = (reply.type === "answer" ? reply.result.story?.id : undefined) ?? earlierStoryId;
  for (const id of ids) {
    if (!id) continue;
    memory.questions.set(id, question);
    if (storyId) memory.stories.set(id, storyId);
  }
}

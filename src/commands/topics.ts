/**
 * Topic shorthands: `/deal <topic>` asks the question it stands for. Add a topic to `topic-questions.ts` and
 * every platform (Slack, Discord, terminal, help text, manifest test) picks it up.
 */
import type { CommandSpec } from "./command.js";
import { TOPICS } from "./topic-questions.js";

/** The topic commands, each answering its question. */
export const topicCommands: readonly CommandSpec[] = TOPICS.map((topic) => ({
  name: topic.name,
  description: topic.description,
  kind: "topic",
  question: topic.question,
  options: [],
  // A shorthand is a whole question: it never leans on the conversation before it.
  run: (_options, ctx) => ({ type: "answer", result: ctx.engine.answer(topic.question) }),
}));

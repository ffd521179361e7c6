/**
 * Topic shorthands: `/deal <topic>` asks the question it stands for. Add a topic to `topic-questions.ts` and
 * every platform (Slack, Discord, terminal, help text, manifest test) picks it up.
 */
import type { CommandSpec } from "./command.js";
import { answerOptionsFor } from "./stories.js";
import { answerTopic, TOPICS } from "./topic-questions.js";

/** The topic commands, each answering its question. */
export const topicCommands: readonly CommandSpec[] = TOPICS.map((topic) => ({
  name: topic.name,
  description: topic.description,
  kind: "topic",
  question: topic.question,
  options: [],
  // A shorthand is a whole question: it never leans on the question before it, only on the story.
  run: async (_options, ctx) => {
    const options = await answerOptionsFor(ctx, { previousQuestion: false });
    const result = answerTopic(ctx.engine, topic.name, options);
    // A topic the story has nothing on says so in one line (a choice of stories still goes to the person).
    if (result.status === "no_answer" && !result.storyChoices) {
      const where = result.story ? ` of “${result.story.title}”` : "";
      return {
        type: "notice",
        tone: "info",
        text: `${topic.description}: ${result.agreement.of === 1 ? `the only article${where} doesn't` : `the ${result.agreement.of} articles${where} don't`} say.`,
      };
    }
    return { type: "answer", result };
  },
}));

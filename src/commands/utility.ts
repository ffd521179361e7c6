/**
 * Utility commands: a free question and help.
 */
import type { CommandSpec } from "./command.js";
import type { Reply } from "./reply.js";
import { answerOptionsFor } from "./stories.js";

/** The help reply, generated from the command table. */
export function helpReply(commands: readonly CommandSpec[]): Reply {
  return {
    type: "help",
    intro:
      "Ask me anything about the story, e.g. `/deal how many GPUs?`, or use a shorthand. " +
      "Every answer quotes the sentence it relies on and links to it.",
    commands: commands.map((c) => ({
      name: c.name,
      description: c.description,
      usage: c.options.length
        ? c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(" ")
        : undefined,
    })),
  };
}

export const askCommand: CommandSpec = {
  name: "ask",
  description: "Ask a question in your own words",
  kind: "utility",
  options: [{ name: "question", description: "Your question", required: true, rest: true }],
  run: async (options, ctx) => {
    const question = options.question?.trim() ?? "";
    if (!question) return helpReply(ctx.commands);
    return { type: "answer", result: ctx.engine.answer(question, await answerOptionsFor(ctx)) };
  },
};

export const helpCommand: CommandSpec = {
  name: "help",
  description: "Show what I can do",
  kind: "utility",
  options: [],
  run: (_options, ctx) => helpReply(ctx.commands),
};

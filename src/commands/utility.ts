/**
 * Utility commands: a free question and help.
 */
import type { CommandSpec } from "./command.js";
import { inSentence } from "./notice-text.js";
import type { Reply } from "./reply.js";
import { answerOptionsFor } from "./stories.js";
import { suggestCommands } from "./suggest-commands.js";

/** A command's options as help writes them: "<story>" required, "[time]" optional. */
const optionsUsage = (spec: CommandSpec) =>
  spec.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(" ");

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
      usage: c.options.length ? optionsUsage(c) : undefined,
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

/** One command's help: how it is typed, what it does and what each of its options takes. */
function commandHelp(spec: CommandSpec): Reply {
  const usage = `/deal ${spec.name} ${optionsUsage(spec)}`.trim();
  const asks = spec.question ? ` It asks “${spec.question}”.` : "";
  const options = spec.options.map((o) => {
    // Choices a description already names are not listed again.
    const unnamed = o.choices?.filter((c) => !o.description.includes(c)) ?? [];
    const choices = unnamed.length ? ` (${o.choices!.map((c) => `\`${c}\``).join(", ")})` : "";
    const said = inSentence(o.description);
    return ` \`${o.name}\`${o.required ? "" : " (optional)"}: ${said}${choices}.`;
  });
  return {
    type: "notice",
    tone: "info",
    text: `\`${usage}\` — ${spec.description}.${asks}${options.join("")}`,
  };
}

export const helpCommand: CommandSpec = {
  name: "help",
  description: "Show what I can do, or how one command is used",
  kind: "utility",
  options: [{ name: "command", description: "A command to explain, e.g. follow", required: false }],
  run: (options, ctx) => {
    const wanted = options.command?.replace(/^\/(?:deal\s+)?/i, "").trim();
    if (!wanted) return helpReply(ctx.commands);
    const spec = ctx.commands.find((c) => c.name === wanted.toLowerCase());
    if (spec) return commandHelp(spec);
    const suggestions = suggestCommands(wanted, ctx.commands);
    return suggestions.length
      ? { type: "did_you_mean", input: wanted, suggestions }
      : helpReply(ctx.commands);
  },
};

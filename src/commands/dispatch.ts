/**
 * Turns what a person typed after `/deal` (or after mentioning the bot) into a reply: a command from the
 * table, a "did you mean", help, or a free question.
 */

import { sharedWordNet } from "../search/related-words.js";
import { STOP_WORDS } from "../search/terms.js";
import type { CommandContext, CommandSpec } from "./command.js";
import { codeSpan, inSentence } from "./notice-text.js";
import type { Reply } from "./reply.js";
import { answerOptionsFor } from "./stories.js";
import { suggestCommands } from "./suggest-commands.js";
import { findCommand } from "./table.js";
import { helpReply } from "./utility.js";

export { suggestCommands };

/** Questions longer than this are cut before analysis; nobody asks 10,000 characters. */
export const MAX_INPUT_CHARS = 1000;

/** The slash command's name typed before its text ("/deal value" typed into a chat box), once or more. */
const COMMAND_PREFIX = /^\s*(?:\/deal\b\s*)+/i;

/** Removes control characters and the `/deal` prefix, folds white space and caps the length. */
export function normalizeInput(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(COMMAND_PREFIX, "")
      .slice(0, MAX_INPUT_CHARS)
      // Cutting between the halves of an emoji leaves a lone surrogate that renders as garbage.
      .replace(/[\uD800-\uDBFF]$/, "")
      .trim()
  );
}

/** Fills a command's options from free text, in declaration order; a `rest` option takes what is left. */
export function parseOptions(spec: CommandSpec, text: string): Record<string, string | undefined> {
  const words = text.split(" ").filter(Boolean);
  const options: Record<string, string | undefined> = {};
  for (const option of spec.options) {
    if (option.rest) {
      options[option.name] = words.splice(0).join(" ") || undefined;
    } else {
      options[option.name] = words.shift();
    }
  }
  return options;
}

/** Runs a command with structured options (Discord's slash options, or parsed text), validating them. */
export async function runCommand(
  spec: CommandSpec,
  options: Record<string, string | undefined>,
  ctx: CommandContext,
): Promise<Reply> {
  for (const option of spec.options) {
    const value = options[option.name];
    if (option.required && !value) {
      return {
        type: "notice",
        tone: "warning",
        // "needs a story: the story's id, …", not "needs story: The story's id, …".
        text: `\`/deal ${spec.name}\` needs ${/^[aeiou]/i.test(option.name) ? "an" : "a"} ${option.name}: ${inSentence(option.description)}.`,
      };
    }
    if (value && option.choices && !option.choices.includes(value.toLowerCase())) {
      return {
        type: "notice",
        tone: "warning",
        text: `${codeSpan(value)} is not one of ${option.choices.map((c) => `\`${c}\``).join(", ")}.`,
      };
    }
    if (value && option.choices) options[option.name] = value.toLowerCase();
  }
  return spec.run(options, ctx);
}

/** Mentions a chat client puts before what a person typed ("<@U123>", "<!channel>", "@everyone"). */
const LEADING_MENTIONS = /^(?:(?:<[@#!][^>]*>|@[\w.-]+)\s*)+/;
/** Emphasis or code marks around one word ("**people**", "`parties`", "_timeline_"). */
const WRAPPED_WORD = /^([*_~`]+)([^\s*_~`]+)\1$/;

/**
 * What a person typed with the chat markup that would hide a command dropped: mentions before it and
 * emphasis or code marks around a word ("<@U123> **people**" → "people"). Words are kept as typed, so a
 * command's argument echoed back still shows its markup as text.
 */
export function withoutChatMarkup(input: string): string {
  return input
    .replace(LEADING_MENTIONS, "")
    .replace(/(^|\s)([*_~`]+)([^\s*_~`][^*_~`]*?)\2(?=[\s?!.,]|$)/g, "$1$3")
    .trim();
}

/** Handles one line of input: `value`, `/deal chips`, `digest on 08:00`, `chipz`, or a free question. */
export async function handleText(text: string, ctx: CommandContext): Promise<Reply> {
  // Far past any question (a pasted page, a stuck key): say so rather than answer its first 1,000 characters.
  const length = text.replace(/\s+/g, " ").trim().length;
  if (length > MAX_INPUT_CHARS) {
    return {
      type: "notice",
      tone: "warning",
      text: `That is ${length.toLocaleString("en-US")} characters; I read questions of up to ${MAX_INPUT_CHARS.toLocaleString("en-US")}. Ask in a sentence or two — or, for an article, \`/deal add <url>\`.`,
    };
  }
  const input = normalizeInput(text);
  // Markup is dropped to read a command; a question goes to the engine as typed (it strips markup
  // itself, and the reply echoes the question with its markup shown as text).
  const unmarked = withoutChatMarkup(input);
  if (!unmarked) return helpReply(ctx.commands);
  const [typed = "", ...rest] = unmarked.split(" ");
  const first = WRAPPED_WORD.exec(typed)?.[2] ?? typed;
  const spec = findCommand(first, ctx.commands);
  // "value of Northwind's stock" is a question of its own, not the `value` shorthand; a topic takes no words.
  if (spec && !(spec.kind === "topic" && rest.length > 0)) {
    return runCommand(spec, parseOptions(spec, rest.join(" ")), ctx);
  }
  // One mistyped word is a command meant; so is a mistyped lower-case non-word before others ("folow
  // openai", "digets on"), where a question opens with an English word ("time to close?", "and when?")
  // or a name.
  const commandTyped =
    rest.length === 0 ||
    (/^[a-z]{4,}$/.test(first) && !STOP_WORDS.has(first) && !sharedWordNet().partsOfSpeech(first).length);
  if (commandTyped && /^[a-z]+$/i.test(first)) {
    const suggestions = suggestCommands(first, ctx.commands);
    if (suggestions.length) return { type: "did_you_mean", input: first, suggestions };
  }
  return { type: "answer", result: ctx.engine.answer(input, await answerOptionsFor(ctx)) };
}

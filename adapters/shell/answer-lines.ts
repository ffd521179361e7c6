/**
 * What `ask` does once the engine is built: each question becomes exactly one `AnswerResult` (the eval
 * contract), so one non-blank line in is always one JSON object out, in order, whatever the line holds.
 */
import { createInterface } from "node:readline";
import { normalizeInput } from "../../src/commands/dispatch.js";
import { findCommand } from "../../src/commands/table.js";
import type { Core } from "../../src/core.js";
import type { AnswerResult } from "../../src/types.js";

/**
 * Answers one question. A topic shorthand (`value`, `/deal chips`) stands for its question; anything else
 * is asked as written. Other commands (help, sources) are for the chat: here they are questions too, so
 * the output never changes shape.
 */
export function answerLine(core: Core, line: string, onError?: (error: unknown) => void): AnswerResult {
  const question = normalizeInput(line);
  const topic = findCommand(question, core.commands);
  const asked = topic?.kind === "topic" && topic.question ? topic.question : question;
  try {
    return core.engine.answer(asked);
  } catch (error) {
    // The engine promises never to throw; if it does, this line still gets its one object.
    onError?.(error);
    return {
      question: asked,
      status: "no_answer",
      answerType: "none",
      answer: "",
      quotes: [],
      agreement: { sources: 0, of: core.engine.articles().length },
      conflicts: [],
      reason: "Something went wrong answering this question.",
      suggestions: [],
    };
  }
}

/**
 * The question a line holds: the line itself, or — so a question set can be piped in as it is — the `q`
 * (or `question`) of a JSON object line such as `{"id":"d01","q":"what chips?"}`.
 */
export function questionOf(line: string): string {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{")) return line;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (parsed && typeof parsed === "object") {
      const { q, question } = parsed as { q?: unknown; question?: unknown };
      if (typeof q === "string") return q;
      if (typeof question === "string") return question;
    }
  } catch {
    // Not JSON: a question that happens to start with a brace.
  }
  return line;
}

/**
 * Reads questions a line at a time and writes one JSON object a line, in the same order. Blank lines are
 * skipped, as a question file's reader skips them, so the n-th answer stays the n-th question's.
 */
export async function answerJsonLines(
  core: Core,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  onError?: (error: unknown) => void,
): Promise<number> {
  const rl = createInterface({ input, terminal: false });
  let count = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    output.write(`${JSON.stringify(answerLine(core, questionOf(line), onError))}\n`);
    count += 1;
  }
  return count;
}

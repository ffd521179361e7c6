/**
 * The first stage of answering: the question as typed becomes plain text the later stages can trust.
 * Chat markup and control characters go, and overlong questions are cut.
 */

/** Questions are cut to this before analysis; the result still echoes what was asked (also cut). */
export const MAX_QUESTION_CHARS = 1000;

/** Strips chat markup (`<@U123>`, `<!channel>`, `<#C1|name>`, `<url|label>`) and control characters. */
export function stripMarkup(text: string): string {
  return (
    text
      .replace(/<[@#!][^>]*>/g, " ")
      .replace(/<(https?:[^|>]+)\|([^>]+)>/g, "$2")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** The question as echoed back in a result: cut at MAX_QUESTION_CHARS, with an ellipsis when cut. */
export function clipQuestion(text: string): string {
  return text.length > MAX_QUESTION_CHARS ? `${text.slice(0, MAX_QUESTION_CHARS)}…` : text;
}

/** The question as the engine reads it: any value made a string, cut, markup stripped. */
export function normalizeQuestion(question: string): string {
  return stripMarkup(String(question).slice(0, MAX_QUESTION_CHARS));
}

/**
 * The first stage of answering: the question as typed becomes plain text the later stages can trust.
 * Unicode is folded (NFKC: full-width letters, ligatures), invisible characters that split words
 * (zero-width spaces and joiners, soft hyphens) are removed, chat markup and mentions ("<@U123>",
 * "@everyone"), emoji and control characters become spaces, and overlong questions are cut.
 */

/** Questions are cut to this before analysis; the result still echoes what was asked (also cut). */
export const MAX_QUESTION_CHARS = 1000;

/** Characters that are invisible but split a word when left in: soft hyphen, zero-width space/joiners, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Emoji and pictographs, with their modifiers and joiners. */
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1f1e6}-\u{1f1ff}\ufe0f\u20e3]/gu;

/** Strips chat markup (`<@U123>`, `<!channel>`, `<#C1|name>`, `<url|label>`) and control characters. */
export function stripMarkup(text: string): string {
  return (
    text
      .replace(/<[@#!][^>]*>/g, " ")
      .replace(/<(https?:[^|>]+)\|([^>]+)>/g, "$2")
      // Plain-text mentions as Discord and the terminal show them: "@everyone", "@here", "@name".
      .replace(/(^|\s)@[\w.-]+/g, "$1 ")
      // Emoji shortcodes as chat clients type them (":rocket:").
      .replace(/(^|\s):[a-z0-9_+-]+:(?=\s|$)/g, "$1 ")
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

/** Unicode folded to the forms articles use: NFKC, no invisible word-splitters, no emoji. */
export function foldUnicode(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(EMOJI, " ");
}

/** The question as the engine reads it: any value made a string, cut, folded, markup stripped. */
export function normalizeQuestion(question: string): string {
  return withApostrophes(stripMarkup(foldUnicode(String(question).slice(0, MAX_QUESTION_CHARS))));
}

/** Question words and pronouns whose "'s" chat leaves out ("whats the premium"); never "its", a possessive. */
const IS_DROPPED = /\b(what|who|where|when|how|why|that|there)s\b/gi;
/** Auxiliaries whose "n't" loses its apostrophe ("doesnt", "isnt", "cant", "wont"). */
const NOT_DROPPED = /\b(do|does|did|is|are|was|were|has|have|had|could|would|should|ca|wo)nt\b/gi;

/**
 * A question's contractions as English writes them: "whats" → "what's", "doesnt" → "doesn't", and the
 * "'s" of "how long's the window?" read as "is". Chat drops apostrophes; the question's reading (its answer
 * type, its function words) rests on them.
 */
export function withApostrophes(question: string): string {
  return question
    .replace(IS_DROPPED, "$1's")
    .replace(NOT_DROPPED, "$1n't")
    .replace(/^(how\s+\p{L}+)['’]s\b/iu, "$1 is");
}

/**
 * A question typed in capitals or with every word capitalised ("WHO IS THE DEAL BETWEEN", "Who Is The
 * Deal Between?") in the case the articles write its words: a word the articles write in lower case is
 * lower case, any other (a name) keeps a capital. Capitals mark names for the engine, so a shouted
 * question would otherwise be all names. Other questions are returned as they are.
 */
export function unshout(question: string, isCommonWord: (lowerCaseWord: string) => boolean): string {
  const words = question.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return question;
  const shouted = !/\p{Ll}/u.test(question) || words.every((w) => /^\p{Lu}/u.test(w));
  if (!shouted) return question;
  return question.replace(/\p{L}[\p{L}'’-]*/gu, (w) => {
    const lower = w.toLowerCase();
    return isCommonWord(lower) ? lower : /\p{Ll}/u.test(w) ? w : w[0] + lower.slice(1);
  });
}

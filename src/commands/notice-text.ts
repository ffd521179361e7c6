/**
 * Outside text (what a user typed, what a page said) inside a notice. A notice is plain text whose only
 * markup is the core's own code spans (`` `/deal add <url>` ``): each adapter keeps those and escapes all the
 * rest for its platform. A backtick in outside text would open or end a span and let the text through as
 * the core's markup, so both helpers replace it with a look-alike.
 */

/** Outside text shown as it is, never as markup. */
export function literal(text: string): string {
  return text.replace(/`/g, "ˋ");
}

/** Outside text shown as inline code (a value the user typed, echoed back). */
export function codeSpan(text: string): string {
  return `\`${literal(text).replace(/\s+/g, " ")}\``;
}

/**
 * A description (written to stand alone, capitalised) continuing a sentence: "The story's id" → "the
 * story's id"; an acronym keeps its capitals ("IANA timezone").
 */
export function inSentence(description: string): string {
  return /^\p{Lu}\p{Ll}/u.test(description)
    ? `${description.charAt(0).toLowerCase()}${description.slice(1)}`
    : description;
}

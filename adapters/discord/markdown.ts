/**
 * Safe Discord markdown from text the bot did not write (questions, article sentences, titles, notices
 * echoing a user): one rule, applied to every piece of outside text. Every character Discord's markdown
 * gives a meaning is backslash-escaped, so no outside text becomes formatting, a heading, a list,
 * a masked link, a bare link (`https\://` is not linked), a mention (`\<\@id\>`, `\@everyone`), an emoji
 * or a timestamp. Discord reads a backslash before any punctuation as "this character, literally".
 * One pass of one regular expression: linear in the text's length, unlike discord.js's escapeMarkdown,
 * which re-scans the text once per construct and took 25 s on a 100 KB title.
 */

/** The longest outside text escaped at once; longer text is cut first, so escaping stays bounded. */
export const MAX_ESCAPED_INPUT = 4096;

/** Formatting, block quotes, masked links, mentions (`<@id>`, `@everyone`), emoji and timestamps (`<t:…>`). */
const SPECIAL = /[\\`*_~|<>[\]@]|:(?=\/\/)/g;
/** Headings, subtext and list markers mean something only at a line's start. */
const LINE_START = /^([ \t]*)([#+-]|\d+\.)/gm;

/** Cuts `text` to `max` characters, ending in "…", never splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}…`;
}

/** Escapes `text` so it renders exactly as typed (cut to `max` characters first). */
export function escapeText(text: string, max = MAX_ESCAPED_INPUT): string {
  return cut(text, max)
    .replace(SPECIAL, "\\$&")
    .replace(LINE_START, (_all, indent: string, mark: string) =>
      mark.endsWith(".") ? `${indent}${mark.slice(0, -1)}\\.` : `${indent}\\${mark}`,
    );
}

/**
 * A notice written by the core: its code spans (`` `/deal add …` ``) are the core's formatting and stay;
 * everything between them is outside text as far as Discord is concerned and is escaped. Inside a code span
 * Discord shows text literally — no links, no mentions — so an echoed value there is safe as it is.
 */
export function escapeNotice(text: string): string {
  return cut(text, MAX_ESCAPED_INPUT)
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeText(part)))
    .join("");
}

/** `url` if it is an http(s) address Discord will accept in a link, else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
    // A ")" or space would end the markdown link early.
    return parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
  } catch {
    return undefined;
  }
}

/** A masked link `[label](url)`, or the escaped label alone when the address is unusable. */
export function link(label: string, url: string | undefined): string {
  const href = safeUrl(url);
  const text = escapeText(label, 256);
  return href ? `[${text}](${href})` : text;
}

/** A block quote: every line of the escaped text prefixed with "> ". */
export function blockQuote(text: string): string {
  return escapeText(text)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

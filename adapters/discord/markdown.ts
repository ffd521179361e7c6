/**
 * Safe Discord markdown from text the bot did not write (questions, article sentences, titles): escaped
 * so it renders literally, links only to http(s) addresses.
 */
import { escapeMarkdown } from "discord.js";

/** Escapes markdown so `text` renders as typed. Mentions stay text; `allowed_mentions` stops pings. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true, numberedList: true });
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
  // Brackets would end the label early, so they are escaped here rather than by escapeMarkdown.
  const text = escapeMarkdown(label, { heading: true, bulletedList: true, numberedList: true }).replace(
    /[[\]]/g,
    (c) => `\\${c}`,
  );
  return href ? `[${text}](${href})` : text;
}

/** A block quote: every line of the escaped text prefixed with "> ". */
export function blockQuote(text: string): string {
  return escapeText(text)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

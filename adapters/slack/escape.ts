/**
 * Slack mrkdwn escaping. Slack reads `<…>` as links and mentions (`<!channel>`, `<@U123>`), so outside text
 * that must go into mrkdwn — only the `text` notification fallback — has its `&`, `<` and `>` escaped;
 * mrkdwn has no escape for `*`, `_`, `~` or `` ` ``, so in blocks outside text is rich text instead
 * (`rich-text.ts`). Incoming message text is turned back into plain text before the core sees it.
 */

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => ENTITY[c] ?? c);
}

/** Reverses `escapeMrkdwn` (Slack sends typed `&`, `<`, `>` escaped like this, too). */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Escapes `text` and cuts it so the escaped result is at most `max` characters, ending in "…" when cut.
 * Cutting before escaping means an entity (`&amp;`) or a surrogate pair is never split in half.
 */
export function escapeClip(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let out = "";
  for (const char of text) {
    const piece = ENTITY[char] ?? char;
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

/**
 * Slack formats a message's notification `text` (what notifications and clients without blocks show) as
 * mrkdwn, and mrkdwn has no escape for `*`, `_`, `~` and `` ` ``: in outside text they are swapped for
 * look-alikes that format nothing (∗ ＿ ∼ ˋ), then escaped and cut like `escapeClip`.
 */
export function fallbackClip(text: string, max: number): string {
  return escapeClip(noMarkup(text), max);
}

/** Outside text with mrkdwn's markers swapped for look-alikes (see `fallbackClip`), for a fallback's parts. */
export function noMarkup(text: string): string {
  return text.replace(/[*_~`]/g, (c) => LOOK_ALIKE[c] ?? c);
}

const LOOK_ALIKE: Record<string, string> = { "*": "∗", _: "＿", "~": "∼", "`": "ˋ" };

/** Cuts plain text (for `plain_text` objects and button values) to `max` characters, ending in "…". */
export function clip(text: string, max: number): string {
  if (max <= 0) return "";
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * Turns the text of a Slack message into what the person typed: the bot's own mention removed, links to
 * their address (a linked word as "word (address)"), other mentions kept as typed, and Slack's
 * `&amp;`/`&lt;`/`&gt;` decoded.
 */
export function slackTextToPlain(text: string, botUserId?: string): string {
  const withoutTokens = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = "", label] = inner.split("|", 2);
    if (botUserId && (target === `@${botUserId}` || target.startsWith(`@${botUserId}|`))) return " ";
    if (label) {
      if (!/^https?:\/\//i.test(target)) return label;
      // An address typed without its scheme comes back as <http://host/x|host/x>: the address is meant.
      if (/^[^\s]*[./][^\s]*$/.test(label)) return target;
      // A linked word keeps its address beside it, so a command that takes a URL still finds it.
      return `${label} (${target})`;
    }
    // A mention or a special like `!channel` stays as typed; the renderer escapes it on the way out.
    if (/^[@#!]/.test(target)) return `<${target}>`;
    return target;
  });
  return unescapeMrkdwn(withoutTokens).replace(/\s+/g, " ").trim();
}

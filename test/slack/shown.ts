/**
 * A Block Kit block read back as one string, for assertions: mrkdwn as sent, and rich text spelled the way
 * mrkdwn would show it (`*bold*`, `_italic_`, `` `code` ``, `<url|label>`, `:emoji:`, `<@U1>`, `>` quotes),
 * so a test can say what a reader sees. Rich text `text` is copied as written: it is never parsed by Slack.
 */
interface Node {
  type?: string;
  text?: string | Node;
  elements?: Node[];
  style?: { bold?: boolean; italic?: boolean; code?: boolean; strike?: boolean };
  url?: string;
  name?: string;
  user_id?: string;
}

function inline(e: Node): string {
  switch (e.type) {
    case "text": {
      let s = typeof e.text === "string" ? e.text : "";
      if (e.style?.code) s = `\`${s}\``;
      if (e.style?.bold) s = `*${s}*`;
      if (e.style?.italic) s = `_${s}_`;
      if (e.style?.strike) s = `~${s}~`;
      return s;
    }
    case "link":
      return `<${e.url}|${typeof e.text === "string" ? e.text : ""}>`;
    case "emoji":
      return `:${e.name}:`;
    case "user":
      return `<@${e.user_id}>`;
    default:
      return `[${e.type}]`;
  }
}

/** What a block shows, as a string. */
export function shown(sent: unknown): string {
  const block = sent as Node | undefined;
  if (!block) return "";
  if (block.type === "rich_text") {
    return (block.elements ?? [])
      .map((part) => {
        const s = (part.elements ?? []).map(inline).join("");
        return part.type === "rich_text_quote"
          ? s
              .split("\n")
              .map((l) => `>${l}`)
              .join("\n")
          : s;
      })
      .join("\n");
  }
  if (typeof block.text === "object") return block.text.text as string;
  if (block.type === "context") return (block.elements ?? []).map((e) => (e.text as string) ?? "").join("\n");
  return "";
}

/** What every block of a message shows, one string a block. */
export function shownTexts(blocks: readonly unknown[]): string[] {
  return blocks.map(shown);
}

/**
 * A message with the outside text taken out: what Slack shows as written — rich text `text` elements and
 * link labels, `plain_text` objects — and button values, which are never shown, become "…". Every other
 * field (mrkdwn, the `text` fallback, styles, link URLs, mentions, emoji) is kept: that is what Slack parses.
 */
export function markupOnly(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(markupOnly);
  if (!node || typeof node !== "object") return node;
  const o = node as Record<string, unknown>;
  const literal = o.type === "text" || o.type === "link" || o.type === "plain_text";
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) => [
      k,
      (literal && k === "text") || (o.type === "button" && k === "value") ? "…" : markupOnly(v),
    ]),
  );
}

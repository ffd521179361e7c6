/**
 * Block Kit `rich_text` for every piece of outside text (article sentences, titles, publishers, questions,
 * notices that echo a person). Slack's mrkdwn has no escape for `*`, `_`, `~`, `` ` `` or a leading `>`,
 * so outside text in a mrkdwn field could still turn bold, struck or quoted; a rich text `text` element is
 * shown as written, and its style, links and mentions exist only as explicit elements the bot builds here.
 * Shapes: Slack's rich text block reference (docs.slack.dev/reference/block-kit/blocks/rich-text-block).
 */
import type { types } from "@slack/bolt";
import type { Block } from "./blocks.js";
import { clip } from "./escape.js";

/** An inline rich text element: text, link, emoji or user mention. */
export type Inline = types.RichTextElement;
/** A line (`rich_text_section`) or a quote (`rich_text_quote`) inside a rich text block. */
export type Part = types.RichTextSection | types.RichTextQuote;
type Style = NonNullable<types.RichTextText["style"]>;

/**
 * What one rich text block may hold, counted as shown text plus link URLs. Slack documents no limit for
 * rich text; this keeps the 3,000 characters of a section's text, so no block is larger than before.
 */
export const MAX_RICH_TEXT_CHARS = 3000;

/** Literal text; `style` is the bot's own (bold labels, code for commands), never read from the text. */
export function text(value: string, style?: Style): Inline {
  return style ? { type: "text", text: value, style } : { type: "text", text: value };
}

export const bold = (value: string): Inline => text(value, { bold: true });
export const italic = (value: string): Inline => text(value, { italic: true });
export const code = (value: string): Inline => text(value, { code: true });

/** An emoji by its short name (`warning`, not `:warning:`). */
export function emoji(name: string): Inline {
  return { type: "emoji", name };
}

/** A user mention; only for a well-formed ID taken from Slack's own payload. */
export function user(userId: string): Inline {
  return { type: "user", user_id: userId };
}

/**
 * A link to `url` labelled `label` (cut to `maxLabel` characters). Only an http(s) URL becomes a link;
 * anything else leaves the label alone as text.
 */
export function link(url: string | undefined, label: string, maxLabel = 200): Inline {
  const shown = clip(label, maxLabel);
  if (!url) return text(shown);
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return text(shown);
    return { type: "link", url: parsed.href, text: shown };
  } catch {
    return text(shown);
  }
}

/** One line of inline elements. */
export function line(...elements: Inline[]): Part {
  return { type: "rich_text_section", elements };
}

/** A block quote of `value`, cut to `max` characters. */
export function quote(value: string, max: number): Part {
  return { type: "rich_text_quote", elements: [text(clip(value, max))] };
}

/** Characters an element counts for: its shown text, plus the URL of a link. */
export function inlineLength(element: Inline): number {
  switch (element.type) {
    case "text":
      return element.text.length;
    case "link":
      return element.url.length + (element.text?.length ?? 0);
    case "emoji":
      return element.name.length + 2;
    case "user":
      return element.user_id.length + 3;
    default:
      return 20;
  }
}

function partLength(part: Part): number {
  return part.elements.reduce((sum, e) => sum + inlineLength(e), 0);
}

/** Cuts elements to `max` characters: a text is clipped, a link that does not fit keeps only its label. */
function fitInline(elements: readonly Inline[], max: number): Inline[] {
  const out: Inline[] = [];
  let left = max;
  for (const element of elements) {
    const size = inlineLength(element);
    if (size <= left) {
      out.push(element);
      left -= size;
      continue;
    }
    const label = element.type === "text" ? element.text : element.type === "link" ? element.text : undefined;
    if (label && left > 1) {
      const style = "style" in element ? element.style : undefined;
      out.push(text(clip(label, left), style));
    }
    break;
  }
  return out;
}

/** A rich text block of lines and quotes, cut to the block's limit. */
export function richText(...parts: Part[]): Block {
  const elements: Part[] = [];
  let left = MAX_RICH_TEXT_CHARS;
  for (const part of parts) {
    if (left <= 1) break;
    const fitted = { ...part, elements: fitInline(part.elements, left) } as Part;
    if (!fitted.elements.length) break;
    elements.push(fitted);
    left -= partLength(fitted) + 1;
  }
  return { type: "rich_text", elements };
}

/**
 * Packs parts (each within the limit) into as few rich text blocks as fit the limit, so a long list never
 * breaks a line in the middle; neighbouring lines share one `rich_text_section`, separated by newlines.
 */
export function richBlocks(parts: readonly Part[]): Block[] {
  const blocks: Block[] = [];
  let current: Part[] = [];
  let size = 0;
  const flush = () => {
    if (current.length) blocks.push(richText(...current));
    current = [];
    size = 0;
  };
  for (const part of parts) {
    const length = partLength(part) + 1;
    if (size + length > MAX_RICH_TEXT_CHARS) flush();
    const last = current.at(-1);
    if (last?.type === "rich_text_section" && part.type === "rich_text_section") {
      current[current.length - 1] = line(...last.elements, text("\n"), ...part.elements);
    } else {
      current.push(part);
    }
    size += length;
  }
  flush();
  return blocks;
}

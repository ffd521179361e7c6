/**
 * Block Kit building blocks that respect Slack's limits: a section's text at most 3,000 characters, a
 * context at most 10 elements, a message at most 50 blocks. mrkdwn here holds only the bot's own words;
 * outside text goes in rich text (`rich-text.ts`), since mrkdwn cannot escape `*`, `_`, `~` or `` ` ``.
 */
import type { types } from "@slack/bolt";

export type Block = types.KnownBlock;

/** Slack's limits (Block Kit reference). */
export const MAX_SECTION_CHARS = 3000;
export const MAX_BLOCKS = 50;
export const MAX_CONTEXT_ELEMENTS = 10;
/** The notification fallback; Slack allows more, but nobody reads more in a notification. */
export const MAX_FALLBACK_CHARS = 3000;

/** A mrkdwn section. `verbatim` stops Slack from turning channel names and URLs into links on its own. */
export function section(mrkdwn: string): Block {
  return {
    type: "section",
    text: { type: "mrkdwn", text: mrkdwn.slice(0, MAX_SECTION_CHARS), verbatim: true },
  };
}

/** A context block of mrkdwn elements. */
export function context(...elements: string[]): Block {
  return {
    type: "context",
    elements: elements
      .slice(0, MAX_CONTEXT_ELEMENTS)
      .map((text) => ({ type: "mrkdwn" as const, text: text.slice(0, MAX_SECTION_CHARS), verbatim: true })),
  };
}

/**
 * Packs lines (each already within the limit) into as few sections as fit 3,000 characters each, so a long
 * list never breaks a line in the middle of a link.
 */
export function sectionsFromLines(lines: readonly string[]): Block[] {
  const sections: Block[] = [];
  let current = "";
  for (const line of lines) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length > MAX_SECTION_CHARS && current) {
      sections.push(section(current));
      current = line;
    } else {
      current = candidate;
    }
  }
  if (current) sections.push(section(current));
  return sections;
}

/** Keeps a message within 50 blocks; what is cut is announced in a last context line, not dropped silently. */
export function fitBlocks(blocks: readonly Block[], note = "more not shown"): Block[] {
  if (blocks.length <= MAX_BLOCKS) return [...blocks];
  // Actions stay last so the buttons survive truncation.
  const actions = blocks.filter((b) => b.type === "actions");
  const rest = blocks.filter((b) => b.type !== "actions");
  const keep = MAX_BLOCKS - 1 - actions.length;
  return [...rest.slice(0, keep), context(`…${rest.length - keep} ${note}`), ...actions];
}

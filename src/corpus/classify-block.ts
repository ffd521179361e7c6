/**
 * What a block (one line of the cleaned article) is: a list item, a heading, or a paragraph of prose.
 * Headings are kept as passages of kind "heading" so that answers know their section, but never quoted.
 */

/** A list marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ". */
const LIST_MARKER = /^(?:[-*•–]|\d{1,3}[.)])\s+/;

/** Ends like a sentence: final punctuation, possibly inside closing quotes or brackets. */
const SENTENCE_END = /[.!;:,…]["”’)\]]*$/;

/** Longest line (in words) still read as a heading. */
const MAX_HEADING_WORDS = 16;

/** What kind of block a line is. */
export type BlockKind = "heading" | "list-item" | "paragraph";

/** Classifies one block: list items by their marker, headings as short lines that do not end a sentence. */
export function classifyBlock(block: string): BlockKind {
  const text = block.trim();
  if (LIST_MARKER.test(text)) return "list-item";
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > MAX_HEADING_WORDS || text.length > 140) return "paragraph";
  if (SENTENCE_END.test(text)) return "paragraph";
  // A short question on its own line ("What are the future prospects?") introduces a section.
  if (/\?["”’)]*$/.test(text)) return words <= 10 ? "heading" : "paragraph";
  return "heading";
}

/** Where a list item's own text starts (after its marker). */
export function listItemBodyStart(block: string): number {
  return LIST_MARKER.exec(block)?.[0].length ?? 0;
}

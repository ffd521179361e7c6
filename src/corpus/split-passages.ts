/**
 * Passages of a cleaned article: headings, and the sentences of paragraphs and list items, each with its
 * position, block and section heading. Passage texts are exact substrings of `blocks.join("\n")`.
 */
import type { Passage, PassageKind } from "../types.js";
import { classifyBlock, listItemBodyStart } from "./classify-block.js";
import { splitSentences } from "./split-sentences.js";

/** A passage needs something to say: at least one letter or digit. */
const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** Splits cleaned blocks into passages for `articleId`. */
export function splitPassages(articleId: string, blocks: string[]): Passage[] {
  const passages: Passage[] = [];
  let heading: string | undefined;
  const add = (kind: PassageKind, text: string, paragraph: number, under: string | undefined): void => {
    if (!HAS_CONTENT.test(text)) return;
    const index = passages.length;
    passages.push({
      id: `${articleId}:${index}`,
      articleId,
      index,
      kind,
      text,
      ...(under !== undefined ? { heading: under } : {}),
      paragraph,
    });
  };
  blocks.forEach((raw, paragraph) => {
    const block = raw.trim();
    const kind = classifyBlock(block);
    if (kind === "heading") {
      add("heading", block, paragraph, undefined);
      heading = block;
      return;
    }
    const body = kind === "list-item" ? block.slice(listItemBodyStart(block)) : block;
    for (const span of splitSentences(body)) {
      add(
        kind === "list-item" ? "list-item" : "sentence",
        body.slice(span.start, span.end),
        paragraph,
        heading,
      );
    }
  });
  return passages;
}

/**
 * A publisher's note that the text was (partly) written by AI. It is not part of the story, so it leaves
 * the text, but it matters when sources disagree, so it becomes the article's `aiGenerated` flag.
 */

/** Says that the text was generated, written or produced with AI. */
const AI_MADE =
  /\b(?:generated|written|created|produced|composed|drafted)\b[^.!?]{0,60}\b(?:artificial\s+intelligence|AI|an?\s+AI\s+(?:tool|model|system)|large\s+language\s+models?|LLMs?)\b/i;

/** How a disclaimer block opens: a label, or a sentence about this very text. */
const DISCLAIMER_OPENING =
  /^(?:[-*•]\s*)?(?:(?:disclaimer|note|editor['’]?s\s+note|transparency\s+note|ai\s+disclosure)\s*[:\-–—]|this\s+(?:article|story|content|post|text|piece|report)\s+(?:was|has\s+been|is|may\s+have\s+been))/i;

/** Disclaimers stand at either end of an article; the middle is the story itself. */
const EDGE_BLOCKS = 3;

/** True when `block` is a publisher's statement that the article was AI-generated. */
export function isAiDisclaimer(block: string): boolean {
  if (!DISCLAIMER_OPENING.test(block)) return false;
  const firstSentence = block.split(/(?<=[.!?])\s/)[0] ?? block;
  return AI_MADE.test(firstSentence);
}

/** Removes AI-generation disclaimers from the ends of an article and reports whether there was one. */
export function extractAiDisclaimer(blocks: string[]): { blocks: string[]; aiGenerated: boolean } {
  const kept = blocks.filter(
    (block, i) => !((i < EDGE_BLOCKS || i >= blocks.length - EDGE_BLOCKS) && isAiDisclaimer(block)),
  );
  return { blocks: kept, aiGenerated: kept.length !== blocks.length };
}

/**
 * A chat assistant's leftover offer at the end of a text someone pasted from it ("If you'd like, I can also
 * prepare an analysis … in Hindi"). Everything from the offer to the end of the article is removed.
 */

/** Openings of an assistant's follow-up offer: a person offering to do more work for the reader. */
const OFFER =
  /(?:^|(?<=[.!?]["”’)]?\s+))(?:if\s+you(?:['’]d|\s+would)?\s+(?:like|want|prefer)\s*,?\s*i\s+(?:can|could)|would\s+you\s+like\s+me\s+to|do\s+you\s+want\s+me\s+to|shall\s+i|let\s+me\s+know\s+if\s+you(?:['’]d|\s+would)?\s+(?:like|want)|i\s+can\s+also\s+(?:prepare|write|create|provide|translate|draft|make|summari[sz]e|expand|turn))\b/i;

/** How many blocks from the end an offer may start in (it may be followed by a short list of options). */
const TAIL_BLOCKS = 4;

/** Cuts a chat assistant's closing offer, and anything after it, from the end of an article. */
export function removeAssistantResidue(blocks: string[]): string[] {
  const first = Math.max(0, blocks.length - TAIL_BLOCKS);
  for (let i = first; i < blocks.length; i++) {
    const match = OFFER.exec(blocks[i] ?? "");
    if (!match) continue;
    const kept = (blocks[i] ?? "").slice(0, match.index).trimEnd();
    return [...blocks.slice(0, i), ...(kept ? [kept] : [])];
  }
  return blocks;
}

/**
 * A chat assistant's leftovers in a text someone pasted from it: the closing offer ("If you'd like, I can
 * also prepare an analysis … in Hindi"), cut with everything after it, and an opening line presenting the
 * text ("Sure! Here's a news article about the deal:").
 */

/** Openings of an assistant's follow-up offer: a person offering to do more work for the reader. */
const OFFER =
  /(?:^|(?<=[.!?]["”’)]?\s+))(?:if\s+you(?:['’]d|\s+would)?\s+(?:like|want|prefer)\s*,?\s*i\s+(?:can|could)|would\s+you\s+like\s+me\s+to|do\s+you\s+want\s+me\s+to|shall\s+i\s+(?:also\s+)?(?:prepare|write|create|draft|make|translate|expand|turn)|let\s+me\s+know\s+if\s+you(?:['’]d|\s+would)?\s+(?:like|want)|i\s+can\s+also\s+(?:prepare|write|create|provide|translate|draft|make|summari[sz]e|expand|turn))\b/i;

/** How many blocks from the end an offer may start in (it may be followed by a short list of options). */
const TAIL_BLOCKS = 4;

/** An assistant presenting what follows: "Sure! Here's …", "Certainly, below is …". */
const PREAMBLE =
  /^(?:sure|certainly|of\s+course|absolutely|okay|ok)\b[^.!?\n]{0,20}[,!.]\s*(?:here(?:['’]s|\s+is|\s+are)|below\s+is)\b[^.!?]*[:.!]?$/i;

/** Cuts a chat assistant's opening line and closing offer (and anything after it) from an article. */
export function removeAssistantResidue(blocks: string[]): string[] {
  const body = PREAMBLE.test(blocks[0] ?? "") ? blocks.slice(1) : blocks;
  return removeClosingOffer(body);
}

/** Cuts the closing offer and everything after it. */
function removeClosingOffer(blocks: string[]): string[] {
  const first = Math.max(0, blocks.length - TAIL_BLOCKS);
  for (let i = first; i < blocks.length; i++) {
    const match = OFFER.exec(blocks[i] ?? "");
    if (!match) continue;
    const kept = (blocks[i] ?? "").slice(0, match.index).trimEnd();
    return [...blocks.slice(0, i), ...(kept ? [kept] : [])];
  }
  return blocks;
}

/**
 * A site keyword glued to the end of blocks by a page template or SEO plugin: "… multi-cloud
 * infrastructure. DeepVolt" and headings like "Ending Exclusive Cloud Reliance DeepVolt". The evidence is a
 * block whose last sentence is complete and then followed by one stray word; that word, where it also
 * ends other blocks (at least twice in all), is removed from their ends.
 */

/** A complete sentence followed by one stray word at the end of a block. */
const AFTER_SENTENCE = /[.!?]["”’)]?\s+([\p{L}\p{N}][\p{L}\p{N}&'’-]{0,24})$/u;

/** Words that cannot end a heading, so a keyword after them belongs to the heading ("Deal with DeepVolt"). */
const JOINING_WORDS = new Set(
  "a an the of for to with and or but by from in on at as into via vs versus about over under between against"
    .split(" ")
    .map((w) => w.toLowerCase()),
);

/** Removes a keyword that a site glued to the end of several blocks. */
export function removeGluedKeyword(blocks: string[]): string[] {
  const candidates = new Set<string>();
  for (const block of blocks) {
    const word = AFTER_SENTENCE.exec(block)?.[1];
    if (word) candidates.add(word);
  }
  let result = blocks;
  for (const word of candidates) {
    const ending = new RegExp(`(\\S)\\s+${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "u");
    const glued = (block: string): boolean => {
      const m = ending.exec(block);
      if (!m) return false;
      const before =
        block
          .slice(0, m.index + 1)
          .split(/\s+/)
          .pop() ?? "";
      return !JOINING_WORDS.has(before.toLowerCase());
    };
    if (result.filter(glued).length < 2) continue;
    result = result.map((block) => (glued(block) ? block.replace(ending, "$1") : block));
  }
  return result;
}

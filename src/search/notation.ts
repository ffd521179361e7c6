/**
 * Notation: a multi-word name of one thing rewritten to its usual short form before tokenising, in
 * articles and questions alike ("chief financial officer" → cfo, "initial public offering" → ipo, "data
 * centre" → datacenter). These are spellings of one term, not synonyms: words that merely mean something
 * similar are found through WordNet and the corpus at question time (`related-words.ts`).
 */

/** What a phrase is rewritten to: one word, or the word made from the match ("chief financial officer" → "cfo"). */
export type PhraseWord = string | ((match: string, ...groups: string[]) => string);

/** The C-level acronym of a title: "c", the department's initial, "o" ("financial" → "cfo"). */
const cLevel = (_match: string, department: string) => `c${department[0]!.toLowerCase()}o`;

/** Multi-word expressions rewritten to one word before tokenising (both in articles and questions). */
export const PHRASES: ReadonlyArray<readonly [RegExp, PhraseWord]> = [
  [/\binitial public offerings?\b/gi, "ipo"],
  [/\b(?:go|goes|going|went) public\b/gi, "ipo"],
  [/\bpublic listing\b/gi, "ipo"],
  [/\bchief executive(?: officer)?\b/gi, "ceo"],
  // Every other chief officer is its own role, written as its acronym is ("CFO", "chief financial
  // officer"): folded whole, "who is the CEO?" never matches a finance chief through the word "chief".
  [/\bchief ([a-z]+) officer\b/gi, cLevel],
  // "finance chief", "technology chief": the department before the word. Only department nouns: "the
  // company chief" or "Northwind chief" is the chief executive.
  [
    /\b(financ(?:e|ial)|tech(?:nology)?|operat(?:ing|ions)|marketing|information|legal|people|product|investment|strategy|commercial|security|data|medical|science|digital|revenue|risk) chief\b/gi,
    cLevel,
  ],
  [/\bgraphics processing units?\b/gi, "gpu"],
  // Read as the words of two of the domain groups in `synonyms.ts`: Porter2 gives "accelerator" and
  // "accelerate" one stem, so the noun is folded whole.
  [/\baccelerators?\b/gi, "chip"],
  [/\bprice tag\b/gi, "value"],
  [/\bdata cent(?:er|re)s?\b/gi, "datacenter"],
  [/\bmarket cap(?:italisation|italization)?\b/gi, "marketvalue"],
  [/\bmarket value\b/gi, "marketvalue"],
  [/\bmarket shares?\b/gi, "marketshare"],
  [/\bshares? of the (?:[a-z-]+ )?market\b/gi, "marketshare"],
];

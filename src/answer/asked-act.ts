/**
 * The act a "who …?" question asks the doer of, and where a sentence does it. "who got
 * the contract?" is answered by "Brask Yards has won the contract": a sentence seldom repeats the asked
 * verb, and the question's verb may be one search ignores ("got", "had"). A word does the asked act where
 * it is the asked verb, or, failing that, a verb WordNet relates to it — one sense of either is the other's
 * or lies at most two hypernyms above it (`sameAct`: "win" is a way to "get", "acquire" one to "buy").
 */
import type { RelatedWords } from "../search/related-words.js";
import type { TermPosition } from "./indexed-passage.js";
import { sameAct, verbBase } from "./purpose-and-means.js";

/** A word after which the next is a noun, whatever WordNet also files it as ("the shares", "its win"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)$/;

/**
 * The positions in a passage where its asked act is done: its canonical term's (`term`), else a word
 * used as a verb that does the same act as `verb` (the asked verb as written). Empty when neither is there.
 */
export function actPositions(
  text: string,
  positions: readonly TermPosition[],
  term: string | undefined,
  verb: string | undefined,
  wordNet: Pick<RelatedWords, "senses" | "synset">,
): TermPosition[] {
  const exact = term === undefined ? [] : positions.filter((p) => p.term === term);
  if (exact.length || !verb) return exact;
  const base = verbBase(verb.toLowerCase(), wordNet);
  if (!base) return [];
  // A verb search ignores ("got") has no position of its own: its forms are found in the text.
  if (term === undefined) {
    const own = [...text.matchAll(/\p{Ll}+/gu)].filter((m) => verbBase(m[0], wordNet) === base);
    if (own.length) return own.map((m) => ({ term: m[0], at: m.index }));
  }
  return positions.filter((p) => {
    const word = /^[\p{Ll}'’-]+/u.exec(text.slice(p.at))?.[0];
    if (!word) return false;
    const before = /(\p{L}+)\s*$/u.exec(text.slice(0, p.at))?.[1]?.toLowerCase();
    if (before && DETERMINER.test(before)) return false;
    const own = verbBase(word, wordNet);
    return own !== undefined && sameAct(own, base, wordNet);
  });
}

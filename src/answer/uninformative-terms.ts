/**
 * Which of a question's words say nothing about whether a sentence answers it. A word no article uses
 * (and for which none uses a related word) cannot be found in any sentence; where WordNet knows it only
 * as a modifier or an act ("biggest", "worried") it only colours what the question asks, so it should not
 * keep every sentence below the coverage an answer needs. A noun no article uses is different: it names a
 * thing ("the underwriters' fee", "pharma partners") the articles may simply not cover, and its absence is
 * the evidence for declining — so nouns, and words WordNet does not know at all (names, jargon), keep
 * their weight.
 */
import type { RelatedWords } from "../search/related-words.js";
import { processTerm, tokenize } from "../search/terms.js";

/**
 * The subject terms of `text` (among `terms`) that no passage holds (`df` 0), that have no related corpus
 * word in `related`, and that WordNet lists as adjective, adverb or verb but never as a noun.
 */
export function uninformativeTerms(
  text: string,
  terms: readonly string[],
  related: ReadonlyMap<string, readonly string[]>,
  df: (term: string) => number,
  words: Pick<RelatedWords, "partsOfSpeech">,
): Set<string> {
  const asked = new Set(terms);
  const out = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (!term || !asked.has(term) || df(term) > 0 || related.get(term)?.length) continue;
    const pos = words.partsOfSpeech(token);
    if (pos.length && !pos.includes("noun")) out.add(term);
  }
  return out;
}

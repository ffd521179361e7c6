/**
 * Retrieval: the passages worth ranking for a question, looked up in the passage index by the question's
 * rarer terms.
 */
import type { PassageHit, PassageIndex } from "../search/passage-index.js";
import type { QuestionAnalysis } from "./analyze-question.js";
import { CUE_WEIGHT, MIN_COVERAGE } from "./rank-candidates.js";

/** How many passages the index hands over for ranking: enough for every source to speak, bounded. */
export const CANDIDATES = 120;

/**
 * A term's weight: an inverse document frequency (BM25's, log(1 + N / (df + 0.5))), so rarer terms weigh
 * more and unknown ones the most — but for the terms in `uninformative`, which weigh as little as a term
 * every passage holds (see `uninformativeTerms`), and those in `saidOtherwise`: a word no passage holds
 * that its related words stand for ("left" for "remaining") is as rare as they are together, not unknown.
 */
export function termWeight(
  index: PassageIndex,
  uninformative?: ReadonlySet<string>,
  /** Terms no passage holds that the articles say in other words: term → the passages those words are in. */
  saidOtherwise?: ReadonlyMap<string, number>,
): (term: string) => number {
  const size = Math.max(1, index.size);
  return (term) =>
    Math.log(
      1 +
        size /
          ((uninformative?.has(term) ? size : (saidOtherwise?.get(term) ?? index.documentFrequency(term))) +
            0.5),
    );
}

/**
 * The terms to look passages up by. A passage holding none of the rarer terms cannot reach the coverage
 * a passage needs, so the commonest terms ("Northwind" in a story about Northwind) are left out of the lookup —
 * they still count in ranking — as long as what they weigh together stays under what a passage may miss.
 * Looking up a term costs in proportion to the passages holding it, so this keeps answers fast as the
 * corpus grows.
 */
export function searchTerms(
  analysis: QuestionAnalysis,
  index: PassageIndex,
  weight: (t: string) => number,
): string[] {
  const weighted = [
    ...analysis.terms.map((t) => ({ t, w: weight(t), df: index.documentFrequency(t) })),
    ...analysis.cueTerms.map((t) => ({ t, w: weight(t) * CUE_WEIGHT, df: index.documentFrequency(t) })),
  ]
    // A term naming the asked quantity is covered by a value of it ("shares jumped 21%" for "how did the
    // stock react?"), so it is the first left out: the lookup goes by what else the question asks.
    .map((x) => ({ ...x, measure: analysis.measureTerms?.includes(x.t) ? 1 : 0 }))
    .sort((a, b) => b.measure - a.measure || b.df - a.df);
  const total = weighted.reduce((sum, x) => sum + x.w, 0);
  let dropped = 0;
  let first = 0;
  while (first < weighted.length - 1 && dropped + weighted[first]!.w < (1 - MIN_COVERAGE) * total) {
    dropped += weighted[first]!.w;
    first++;
  }
  const kept = weighted.slice(first).map((x) => x.t);
  // Passages using a related word instead ("stockholders" for "shareholders") are found too.
  return [...new Set([...kept, ...kept.flatMap((t) => analysis.related?.get(t) ?? [])])];
}

/** The passages to rank for a question, best search score first (at most CANDIDATES). */
export function retrievePassages(
  analysis: QuestionAnalysis,
  index: PassageIndex,
  weight: (t: string) => number,
): PassageHit[] {
  return index.search(searchTerms(analysis, index, weight), CANDIDATES);
}

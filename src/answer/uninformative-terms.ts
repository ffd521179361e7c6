/**
 * Which of a question's words say nothing about whether a sentence answers it. A word no article uses
 * (and for which none uses a related word) cannot be found in any sentence; where it only colours what
 * the question asks — a modifier or an act ("biggest", "worried", "the whole contract", "who is behind the
 * loan", "when do the sales kick off") — it should not keep every sentence below the coverage an answer
 * needs. A noun no article uses is different: it names a thing ("the underwriters' fee", "pharma partners",
 * "the rest of the mine") the articles may simply not cover, and its absence is the evidence for declining
 * — so nouns, and words WordNet does not know at all (names, jargon), keep their weight. A modifier the
 * articles do use, but never beside another word of the question ("real cash" where they only write "the
 * real question"), is theirs in another sense and only colours the question too.
 */
import type { RelatedWords } from "../search/related-words.js";
import { processTerm, tokenize } from "../search/terms.js";

/** Words after which a word WordNet knows as a noun is one ("the rest", "any piece"), unless a noun follows. */
const DETERMINERS = new Set(
  "a an the any some no each every this that these those its their his her our your my whose".split(" "),
);

/**
 * The subject terms of `text` (among `terms`) that no passage holds (`df` 0), that have no related corpus
 * word in `related`, and that the question uses as no noun: WordNet lists the word as adjective, adverb or
 * verb only; or it starts a phrasal verb WordNet lists ("kick off", "sign off"); or its everyday use (the
 * senses WordNet's sense-tagged corpus counts) is mostly as an adjective or adverb and no determiner makes
 * it a noun here ("the whole of", but "the whole contract", where a subject word follows).
 */
export function uninformativeTerms(
  text: string,
  terms: readonly string[],
  related: ReadonlyMap<string, readonly string[]>,
  df: (term: string) => number,
  words: Pick<RelatedWords, "partsOfSpeech" | "isPhrase" | "senses" | "taggedSenses">,
  /** Whether some passage holds the term and one of the others; without it, only words no passage holds are judged. */
  together?: (term: string, others: readonly string[]) => boolean,
): Set<string> {
  const asked = new Set(terms);
  const out = new Set<string>();
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    const term = processTerm(token);
    if (!term || !asked.has(term)) return;
    if (df(term) > 0) {
      // "real cash": a modifier the articles use, but never beside any other word of the question, is
      // theirs in another sense ("the real question"); here it only colours the noun after it.
      const next = tokens[i + 1] === undefined ? null : processTerm(tokens[i + 1]!);
      const others = terms.filter((t) => t !== term);
      // A superlative picks some of what it modifies ("the two biggest customers"): it stays a subject.
      const superlative = /..est$/i.test(token);
      if (
        together &&
        next &&
        asked.has(next) &&
        !superlative &&
        modifies(token, words) &&
        !together(term, others)
      )
        out.add(term);
      return;
    }
    if (related.get(term)?.length) return;
    const pos = words.partsOfSpeech(token);
    if (!pos.length) return;
    if (!pos.includes("noun") || usedAsNoNoun(tokens, i, asked, words)) out.add(term);
  });
  return out;
}

/** Whether WordNet's sense-tagged corpus uses a word mostly as an adjective or adverb. */
function modifies(word: string, words: Pick<RelatedWords, "taggedSenses">): boolean {
  const w = word.toLowerCase();
  return (words.taggedSenses(w, "adj") + words.taggedSenses(w, "adv")) * 2 > words.taggedSenses(w);
}

/** Whether a word WordNet also knows as a noun is a verb or a modifier where the question uses it. */
function usedAsNoNoun(
  tokens: readonly string[],
  i: number,
  asked: ReadonlySet<string>,
  words: Pick<RelatedWords, "isPhrase" | "senses" | "taggedSenses">,
): boolean {
  const word = tokens[i]!.toLowerCase();
  const next = tokens[i + 1]?.toLowerCase();
  // "kick off", "sign off", "walk away": the particle makes a verb of it.
  if (next && processTerm(next) === null && words.isPhrase(`${word} ${next}`)) {
    if (words.senses(`${word}_${next}`, "verb").length) return true;
  }
  // Only a modifier: a verb of everyday use ("get", "pick") stays what its object is asked by.
  if (!modifies(word, words)) return false;
  const before = tokens[i - 1]?.toLowerCase();
  if (!before || !DETERMINERS.has(before)) return true;
  // After a determiner it is a noun ("the rest"), unless it modifies the subject noun after it ("the whole contract").
  const following = next === undefined ? null : processTerm(next);
  return following !== null && asked.has(following);
}

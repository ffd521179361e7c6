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
import type { PassageIndex } from "../search/passage-index.js";
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
      const superlative = isSuperlative(token, words);
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

/**
 * Whether a word is the superlative of an adjective WordNet lists ("biggest" → big, "latest" → late,
 * "happiest" → happy), by morphy(7WN)'s detachment of "-est" (a doubled final consonant undone, "-iest" to
 * "-y"), and is no noun or verb in its own right: "modest", "honest", "forest", "interest", "invest" end in
 * "-est" without being one. Irregular forms ("best", "worst") need WordNet's exception lists, which the
 * packaged database does not ship; they count as no superlative.
 */
export function isSuperlative(word: string, words: Pick<RelatedWords, "taggedSenses">): boolean {
  const w = word.toLowerCase();
  const stem = w.slice(0, -3);
  if (!w.endsWith("est") || stem.length < 2) return false;
  // Used mostly as a noun or verb of its own ("interest", "invest"), it is that, whatever its ending.
  const adjective = words.taggedSenses(w, "adj");
  if (words.taggedSenses(w, "noun") > adjective || words.taggedSenses(w, "verb") > adjective) return false;
  const bases = [stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  if (stem.endsWith("i")) bases.push(`${stem.slice(0, -1)}y`);
  // The base must be an adjective in everyday use: "mod" is one in WordNet, but no tagged text uses it.
  return bases.some((base) => words.taggedSenses(base, "adj") > 0);
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

/**
 * The `together` test of `uninformativeTerms` over an index: whether some passage holding `term` also holds
 * one of `others` (`termsOf` gives a passage's canonical terms). Every passage holding the term is looked at —
 * the search accepts a passage only when it holds another word, so one hit answers — not only the best
 * few by score, which in a large corpus may all use a common modifier away from the question's words.
 * Costs the term's postings.
 */
export function holdTogether(
  index: Pick<PassageIndex, "search">,
  termsOf: (passageId: string) => ReadonlySet<string> | undefined,
): (term: string, others: readonly string[]) => boolean {
  return (term, others) =>
    index.search([term], 1, (passageId) => {
      const terms = termsOf(passageId);
      return terms !== undefined && others.some((t) => terms.has(t));
    }).length > 0;
}

/**
 * The act a "who …?" or "which <kind> …?" question asks the doer of, and where a sentence does it. "who got
 * the contract?" is answered by "Brask Yards has won the contract": a sentence seldom repeats the asked
 * verb, and the question's verb may be one search ignores ("got", "had"). A word does the asked act where
 * it is the asked verb, or, failing that, a verb WordNet relates to it — one sense of either is the other's
 * or is a way of doing it ("win" is a way to "get"), or the act right above it ("acquire" for "buy").
 */
import { irregularBase } from "../search/lemmatize.js";
import type { RelatedWords } from "../search/related-words.js";
import type { TermPosition } from "./indexed-passage.js";
import { verbBase } from "./purpose-and-means.js";

/** A word after which the next is a noun, whatever WordNet also files it as ("the shares", "its win"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)$/;

const AUXILIARY =
  /^(?:will|would|can|could|may|might|must|shall|should|did|does|do|is|are|was|were|has|have|had)$/;
/** Forms of "be" that, before a participle, make the kind the act's receiver ("which banks were hired"). */
const PASSIVE = /^(?:is|are|was|were)$/;
/** How many words a kind may take ("which law firms", "which banks and law firms"). */
const KIND_WORDS = 4;

/**
 * The asked verb as written in "which <kind> VERB …?" ("which banks advised Tarrow?", "which lenders will
 * fund the bid?"): the word after an auxiliary that ends the kind, or a past form right after the kind
 * ("which bank funds" may be a noun phrase going on). Undefined when there is no such verb.
 */
export function kindVerbOf(q: string, wordNet: Pick<RelatedWords, "senses">): string | undefined {
  const words = /^(?:and\s+)?which\s+(.*)$/.exec(q.toLowerCase())?.[1]?.match(/[a-z'-]+/g) ?? [];
  for (let i = 1; i <= KIND_WORDS && i < words.length; i++) {
    const word = words[i]!;
    if (AUXILIARY.test(word)) {
      const next = words[i + 1];
      // "which banks were hired …?": the kind receives the act; its doers are not the answer.
      if (PASSIVE.test(word) && next && /ed$|en$/.test(next)) return undefined;
      return next && !AUXILIARY.test(next) && verbBase(next, wordNet) ? next : undefined;
    }
    if ((/ed$/.test(word) || irregularBase(word) !== word) && verbBase(word, wordNet)) return word;
  }
  return undefined;
}

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
    return own !== undefined && doesAct(own, base, wordNet);
  });
}

/** Only a verb's commonest senses count: rarer ones relate it to unrelated acts. */
const SENSES = 3;

/**
 * Whether verb `word` does the act `asked` names: a sense of it is one of the asked verb's, a way of doing
 * one right below it ("win" is a way to "get"), or the act right above one ("acquire" for "buy"). Two
 * steps is too far either way: "say" is two above "advise", "push" (for more) two below it.
 */
function doesAct(word: string, asked: string, wordNet: Pick<RelatedWords, "senses" | "synset">): boolean {
  const own = (verb: string) =>
    wordNet
      .senses(verb, "verb")
      .slice(0, SENSES)
      .map((s) => s.id);
  const up = (ids: readonly number[]) => ids.flatMap((id) => wordNet.synset(id, "verb")?.hypernyms ?? []);
  const mine = own(word);
  const theirs = new Set(own(asked));
  return (
    [...mine, ...up(mine)].some((id) => theirs.has(id)) || up([...theirs]).some((id) => mine.includes(id))
  );
}

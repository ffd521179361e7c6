/**
 * One compound spelt three ways: "up front", "upfront" and "up-front"; "over-allotment" and
 * "overallotment". A question's spelling and a sentence's often differ, and the terms then share nothing:
 * "up front" is the term "front", "upfront" another. The question's two adjacent words joined, or its one
 * word parted where the articles write it with a hyphen, relate its terms to the articles' spelling, the
 * way WordNet's relatives do (`related-words.ts`): found by the articles' own words, not a list.
 */
import { processTerm, tokenize } from "../search/terms.js";

/** A word this long or longer may be two written as one ("overallotment"); shorter ones are words. */
const MIN_JOINED = 7;
/** Each part of a parted word is at least this long ("over", "shop"). */
const MIN_PART = 2;

/**
 * For the question's terms, the articles' terms of the same compound spelt otherwise: two adjacent words
 * whose joining the articles use ("up front" → upfront), or one unknown word the articles write parted
 * by a hyphen or after a function word ("overallotment" → allotment, as "over-allotment" is read;
 * "upfront" → front, as "up front" is). Returns term → related terms,
 * merged into `related`. `df` is a term's document frequency; `writesHyphenated` whether the articles
 * write a lower-case word such as "over-allotment".
 */
export function compoundRelatives(
  text: string,
  terms: readonly string[],
  df: (term: string) => number,
  writesHyphenated: (word: string) => boolean,
  related: Map<string, string[]>,
): Map<string, string[]> {
  const asked = new Set(terms);
  const add = (term: string, relatives: readonly string[]) => {
    const fresh = relatives.filter((r) => r !== term && !asked.has(r));
    if (fresh.length) related.set(term, [...new Set([...(related.get(term) ?? []), ...fresh])]);
  };
  const tokens = tokenize(text).map((t) => t.toLowerCase());
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (next && /^\p{Ll}+$/u.test(token) && /^\p{Ll}+$/u.test(next)) {
      const joined = processTerm(token + next);
      if (joined && df(joined) > 0) {
        for (const part of [token, next]) {
          const t = processTerm(part);
          if (t && asked.has(t)) add(t, [joined]);
        }
      }
    }
    const term = processTerm(token);
    if (!term || !asked.has(term) || df(term) > 0 || token.length < MIN_JOINED || !/^\p{Ll}+$/u.test(token))
      return;
    for (let at = MIN_PART; at <= token.length - MIN_PART; at++) {
      const [head, tail] = [token.slice(0, at), token.slice(at)];
      // Parted by a hyphen ("over-allotment"), or by a space after a function word ("up front").
      const stop = processTerm(head) === null || processTerm(tail) === null;
      if (!writesHyphenated(`${head}-${tail}`) && !stop) continue;
      const parts = [head, tail].flatMap((p) => processTerm(p) ?? []).filter((t) => df(t) > 0);
      if (!parts.length) continue;
      add(term, parts);
      break;
    }
  });
  return related;
}

/**
 * "who is the team's president these days?", "who runs the fund now?": a time adverbial closing a question
 * says when, not what is asked, and stands where a role question's noun phrase would end. Whether a word
 * says a time is WordNet's call: an adverb and nothing else ("now", "currently") or a noun whose commonest
 * sense is filed under noun.time ("days", "moment"); function words ("these", "at the") may stand with them.
 */
import type { RelatedWords } from "../search/related-words.js";
import { processTerm } from "../search/terms.js";

/** WordNet's lexicographer file of time nouns (lexnames(5WN)). */
const NOUN_TIME = 28;
/** The longest time adverbial read at a question's end, in words ("at this point in time" is longer: kept). */
const MAX_WORDS = 3;

/**
 * Whether a lower-case word says a time: an adverb with no other part of speech ("currently"), or a word
 * whose commonest noun sense is a time and which is no verb or adjective ("days", "now", "moment").
 */
function saysTime(word: string, wordNet: Pick<RelatedWords, "partsOfSpeech" | "senses" | "taggedSenses">) {
  const pos = wordNet.partsOfSpeech(word);
  if (!pos.length) return wordNet.taggedSenses(word, "adv") > 0;
  return pos.every((p) => p === "noun") && wordNet.senses(word, "noun")[0]?.lexFile === NOUN_TIME;
}

/**
 * The question without a time adverbial of up to MAX_WORDS words at its end (its "?" kept), or the question
 * unchanged when its last words do not all say a time or are only function words. Lower-case input.
 */
export function withoutTrailingTime(
  q: string,
  wordNet: Pick<RelatedWords, "partsOfSpeech" | "senses" | "taggedSenses">,
): string {
  const m = /^(.*?\S)((?:\s+[\p{Ll}'’]+){1,3})\s*(\?*)\s*$/u.exec(q);
  if (!m) return q;
  const tail = m[2]!.trim().split(/\s+/);
  // The tail is read from its end: the longest run of time words and function words, with a time word in it.
  let cut = tail.length;
  let timed = false;
  for (let i = tail.length - 1; i >= 0 && tail.length - i <= MAX_WORDS; i--) {
    const w = tail[i]!;
    if (saysTime(w, wordNet)) {
      timed = true;
      cut = i;
    } else if (processTerm(w) === null) {
      // "at the moment": function words before a time word belong to the adverbial.
      if (timed) cut = i;
    } else break;
  }
  if (!timed) return q;
  const kept = tail.slice(0, cut);
  // "last year", "next month": a noun of time opening the adverbial without a function word is modified by
  // the word before it, which says which time; only one used as an adverb too ("now", "today") stands alone.
  const opening = tail[cut]!;
  if (
    processTerm(opening) !== null &&
    wordNet.partsOfSpeech(opening).length &&
    !wordNet.taggedSenses(opening, "adv")
  )
    return q;
  return `${m[1]}${kept.length ? ` ${kept.join(" ")}` : ""}${m[3] ?? ""}`;
}

/**
 * Spelling: a question's word that is neither English nor the articles' is replaced, before the question is
 * read, by the word one typing slip away that the articles use most, or else by such an English word
 * ("deel" → deal, "wher" → where); and a question's term the articles never use is replaced by a close term
 * they do use ("aquisition" → "acquisition"). Names are not corrected: a capitalised name the articles
 * never use decides the answer.
 */
import type { PassageIndex } from "../search/passage-index.js";
import { STOP_WORDS, termsOf } from "../search/terms.js";
import type { QuestionAnalysis } from "./analyze-question.js";

/** What `correctTypos` knows of words. */
export interface Vocabulary {
  /** How many passages use the (lower-case) word's term; 0 when the articles never do. */
  corpusCount(word: string): number;
  /** Whether the lower-case word is an everyday English word (a general lexicon's: "worried", "stake"). */
  isCommon(word: string): boolean;
  /** Whether the lower-case word, or a base form of it, is an English word at all (WordNet's: "wroth"). */
  isEnglish(word: string): boolean;
  /** Whether the lower-case word is a chat interjection ("yes", "yeah", "wat"): no slip of an article's word. */
  isInterjection?(word: string): boolean;
  /**
   * Whether the lower-case word is in everyday use though no lexicon at hand lists it as common (WordNet's
   * sense-tagged corpus uses it: "stock"): meant as written, not a slip of an articles' word.
   */
  isFamiliar?(word: string): boolean;
  /** The articles' word a chat shorthand shortens ("ppl" → people), if any (`shorthand.ts`). */
  expandShorthand?(word: string): string | undefined;
}

/** Shorter words have too many neighbours one slip away ("tat": tat, tar, that, eat) to guess. */
const MIN_TYPO_LENGTH = 3;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** At most this many unknown words of a text are corrected. */
const MAX_TYPOS = 6;

/**
 * Every string one edit from `word`, with how likely that slip is: 0 a letter left out (the commonest
 * slip: "wher", "offr"), 1 two neighbours swapped, 2 a letter mistyped, 3 a letter doubled or added
 * (the edits of P. Norvig, "How to Write a Spelling Corrector", 2007).
 */
export function oneEditAway(word: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (candidate: string, slip: number) => {
    if (candidate !== word && !(out.get(candidate)! <= slip)) out.set(candidate, slip);
  };
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    for (const c of LETTERS) add(head + c + tail, 0);
    if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2), 1);
    if (tail) for (const c of LETTERS) add(head + c + tail.slice(1), 2);
    if (tail) add(head + tail.slice(1), 3);
  }
  return out;
}

/** The edits of words corrected lately: the same unknown word recurs over questions and stories. */
const recentEdits = new Map<string, Map<string, number>>();
const RECENT_EDITS = 256;

function editsOf(word: string): Map<string, number> {
  let edits = recentEdits.get(word);
  if (!edits) {
    edits = oneEditAway(word);
    if (recentEdits.size >= RECENT_EDITS) recentEdits.delete(recentEdits.keys().next().value!);
    recentEdits.set(word, edits);
  }
  return edits;
}

/** How likely each slip of `oneEditAway` is, relatively: a letter left out or swapped most. */
const SLIP_ODDS = [1, 1, 0.5, 0.3];

/**
 * How likely a candidate correction is meant, relatively: a function word (the commonest words of all,
 * but only for a letter left out or swapped: "wat", "teh" — "offr" is not "off"), else a word the articles
 * use, the more the likelier, else an everyday English word (not for a rare word: see `correctTypos`); 0 for none.
 */
function sourceOdds(
  candidate: string,
  slip: number,
  rare: boolean,
  vocabulary: Vocabulary,
  english: boolean,
): number {
  // Only the everyday lexicon, a hash lookup: a WordNet lookup for each of some 300 strings costs
  // milliseconds a word, and a word one slip from none of them is seldom a slip.
  if (english) return !rare && vocabulary.isCommon(candidate) ? 1 : 0;
  if (STOP_WORDS.has(candidate)) return slip <= 1 ? 1000 : 0;
  const count = vocabulary.corpusCount(candidate);
  return count > 0 ? 10 + count : 0;
}

/**
 * The question with each lower-case word that is no English word and no word of the articles replaced by
 * the likeliest of the strings one edit away that are: a function word ("wil" → will), a word the articles
 * use ("shaer" → share) or an everyday English word, weighed with how likely the slip is (`SLIP_ODDS`, `sourceOdds`). A rare English word is
 * replaced only by a word of the articles or a function word. A word with no such neighbour, a capitalised word (a name) and
 * a word with digits are left as written.
 */
export function correctTypos(text: string, vocabulary: Vocabulary): string {
  let tries = 0;
  return text.replace(/(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}])/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    // A capitalised word is a name, but for the question's first word.
    if (lower !== word && (at > 0 || word.slice(1) !== lower.slice(1))) return word;
    if (!/^[a-z]+$/.test(lower) || STOP_WORDS.has(lower)) return word;
    if (vocabulary.corpusCount(lower) > 0 || vocabulary.isCommon(lower)) return word;
    // Chat shorthand ("ppl", "govt") is no slip of another word: it keeps its word's consonants.
    const long = vocabulary.isEnglish(lower) ? undefined : vocabulary.expandShorthand?.(lower);
    if (long) return lower === word ? long : long.charAt(0).toUpperCase() + long.slice(1);
    if (lower.length < MIN_TYPO_LENGTH) return word;
    // A rare English word one slip from a word of the articles or a function word ("wroth", "wat") is
    // more likely that word mistyped than meant: the question is about the articles.
    // A text of many unknown words is no question with a slip in it (a pasted page, another language).
    if (++tries > MAX_TYPOS) return word;
    const rare = vocabulary.isEnglish(lower);
    // An interjection the articles never use is chat, like an emoji, not a slip of their words ("yeah" is
    // not "year", "yes" not "yet"), unless one letter left out or swapped makes a function word of it
    // ("wat" → what): it is read as nothing.
    if (vocabulary.isInterjection?.(lower)) return functionWordOf(lower) ?? "";
    if (vocabulary.isFamiliar?.(lower)) return word;
    // The articles' words and function words first; everyday English words only when neither is
    // one slip away.
    const edits = editsOf(lower);
    let best: string | undefined;
    let bestRank = 0;
    for (const english of [false, true]) {
      for (const [candidate, slip] of edits) {
        const rank = SLIP_ODDS[slip]! * sourceOdds(candidate, slip, rare, vocabulary, english);
        if (rank > bestRank) {
          best = candidate;
          bestRank = rank;
        }
      }
      if (best || rare) break;
    }
    if (!best) return word;
    return lower === word ? best : best.charAt(0).toUpperCase() + best.slice(1);
  });
}

/** The function word one letter left out or two letters swapped away from `word`, if any. */
function functionWordOf(word: string): string | undefined {
  for (const [candidate, slip] of editsOf(word)) if (slip <= 1 && STOP_WORDS.has(candidate)) return candidate;
  return undefined;
}

/** The run of capitalised words around `word` in the question ("Tim Cook" for "Tim"). */
function fullName(text: string, word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const run = new RegExp(
    `(?:\\p{Lu}[\\p{L}\\p{N}_'’-]*\\s+)*${escaped}(?:\\s+\\p{Lu}[\\p{L}\\p{N}_'’-]*)*`,
    "u",
  ).exec(text);
  return run ? run[0].replace(/['’]s$/, "") : word;
}

/** Replaces unknown terms by a close known spelling; reports a capitalised name the articles never use. */
export function correctSpelling(
  analysis: QuestionAnalysis,
  index: PassageIndex,
  /** Whether a capitalised word is a common noun's abbreviation the articles write out ("HQ"): no name. */
  isAbbreviation: (word: string) => boolean = () => false,
): { analysis: QuestionAnalysis; unknownName?: string } {
  const terms: string[] = [];
  for (const term of analysis.terms) {
    if (index.documentFrequency(term) > 0) {
      terms.push(term);
      continue;
    }
    // A name the articles never use is decisive: no sentence can be about it. Names are not spell-corrected.
    const name = analysis.names.find((n) => termsOf(n).includes(term) && !isAbbreviation(n));
    if (name) return { analysis, unknownName: fullName(analysis.text, name) };
    const close = index.closestTerm(term);
    if (close) {
      terms.push(close);
      continue;
    }
    terms.push(term);
  }
  return { analysis: { ...analysis, terms } };
}

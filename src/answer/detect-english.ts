/**
 * Whether a question is written in English: the bot reads only English, and a question in another language
 * deserves "I can only answer questions in English", not a false "the articles don't mention Vertrag".
 *
 * A question is English when at least half of its words are English function words ("what", "is"),
 * words of compromise's English lexicon, or words the articles use ("Northwind"): one English-looking
 * word ("was" in German "Was ist der Wert?") is not enough. A question written mostly in a non-Latin
 * script is not English.
 */
import nlp from "compromise";
import { STOP_WORDS } from "../search/terms.js";

interface CompromiseWorld {
  model: { one: { lexicon: Record<string, unknown> } };
}

const lexicon = (nlp as unknown as { world(): CompromiseWorld }).world().model.one.lexicon;

/**
 * Lexicon entries that do not make a word English: compromise lists foreign determiners ("des", "le")
 * and place or person names ("Ist") too.
 */
const NOT_ENGLISH_EVIDENCE = /^(?:Determiner|Place|ProperNoun|Abbreviation|City|Country|Region|\w*Name)$/;

/**
 * Whether compromise's English lexicon lists the (lower-case) word as an English word; with `words` only
 * as a word of a sentence, not as a chat interjection alone ("wat", "ok").
 */
export function inLexicon(word: string, words = false): boolean {
  const tags = lexicon[word];
  if (tags === undefined) return false;
  return [tags].flat().some((t) => !NOT_ENGLISH_EVIDENCE.test(String(t)) && !(words && t === "Expression"));
}

/** The tags compromise's English lexicon gives the (lower-case) word ("Expression", "Adverb"), or none. */
export function lexiconTags(word: string): string[] {
  return [lexicon[word] ?? []].flat().map(String);
}

/** Whether compromise's lexicon lists the (lower-case) word as a chat interjection ("yes", "yeah", "wat"). */
export function isInterjection(word: string): boolean {
  return lexiconTags(word).includes("Expression");
}

/** A question this short ("zzkrr blorf") is too short to tell a language from. */
const MIN_WORDS = 3;

/**
 * True unless the question is clearly in another language. `knownWord` says whether the articles use a
 * (lower-cased) word.
 */
export function isEnglish(text: string, knownWord: (word: string) => boolean): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return true;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < 0.5) return false;
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  // `knownWord` may cost a spelling correction a word (some 400 lookups), so it is asked only of the words
  // the lexicons do not know, and only until the share is decided either way.
  const needed = Math.ceil(words.length / 2);
  const unknown = words.filter((w) => !STOP_WORDS.has(w) && !inLexicon(w));
  let known = words.length - unknown.length;
  for (let i = 0; i < unknown.length && known < needed && known + unknown.length - i >= needed; i++) {
    if (knownWord(unknown[i]!)) known++;
  }
  return known >= needed;
}

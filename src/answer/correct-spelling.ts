/**
 * Spelling: a question's term the articles never use is replaced by a close term they do use ("aquisition"
 * → "acquisition"). Names are not corrected: a capitalised name the articles never use decides the answer.
 */
import type { PassageIndex } from "../search/passage-index.js";
import { STOP_WORDS, termsOf } from "../search/terms.js";
import type { QuestionAnalysis } from "./analyze-question.js";

/** The run of capitalised words around `word` in the question ("Tim Cook" for "Tim"). */
function fullName(text: string, word: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const run = new RegExp(`(?:[A-Z][\\w'’-]*\\s+)*${escaped}(?:\\s+[A-Z][\\w'’-]*)*`).exec(text);
  return run ? run[0].replace(/['’]s$/, "") : word;
}

/** Replaces unknown terms by a close known spelling; reports a capitalised name the articles never use. */
export function correctSpelling(
  analysis: QuestionAnalysis,
  index: PassageIndex,
): { analysis: QuestionAnalysis; unknownName?: string } {
  const terms: string[] = [];
  for (const term of analysis.terms) {
    if (index.documentFrequency(term) > 0) {
      terms.push(term);
      continue;
    }
    // A name the articles never use is decisive: no sentence can be about it. Names are not spell-corrected.
    const name = analysis.names.find((n) => termsOf(n).includes(term));
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

/**
 * Joins two words the articles write as one ("north wind" → "northwind", "pay pal" → "paypal"): when the joined
 * word is a term the articles use and neither half is a function word.
 */
export function joinSplitWords(text: string, isKnownTerm: (joined: string) => boolean): string {
  const words = text.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1];
    const joinable = (w: string) => /^\p{L}[\p{L}\p{N}]*$/u.test(w) && !STOP_WORDS.has(w.toLowerCase());
    // The second word may end the sentence ("… north wind?"): its punctuation stays.
    const bare = b?.replace(/[^\p{L}\p{N}]+$/u, "");
    if (b !== undefined && bare && joinable(a) && joinable(bare) && isKnownTerm(a + bare)) {
      out.push(a + b);
      i++;
    } else {
      out.push(a);
    }
  }
  return out.join(" ");
}

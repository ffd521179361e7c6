/**
 * Spelling: a question's term the articles never use is replaced by a close term they do use ("aquisition"
 * → "acquisition"). Names are not corrected: a capitalised name the articles never use decides the answer.
 */
import type { PassageIndex } from "../search/passage-index.js";
import { termsOf } from "../search/terms.js";
import type { QuestionAnalysis } from "./analyze-question.js";

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
